/**
 * Full factorial grid: every combination of each parameter's levels, the levels evenly
 * spaced over [min, max] including both ends (one level: the midpoint). Points come in
 * lexicographic order, the first parameter varying slowest (Montgomery, Design and
 * Analysis of Experiments, ch. 5: the general factorial design).
 *
 * Points: the product of the levels, L_1 × … × L_k, where L_i is the range's `levels`,
 * else `options.levels`, else 3. With no ranges the grid is one point with no values
 * (the scenario as it is). Integer parameters are rounded after spacing, so a grid with
 * more levels than integers in the range repeats values. Roles are empty.
 *
 * @example
 * gridPoints([{ path: 'a', min: 0, max: 1, levels: 2 }, { path: 'b', min: 0, max: 10 }], { samples: 1, seed: 1 })
 *   .map((p) => p.values);
 * // [{ a: 0, b: 0 }, { a: 0, b: 5 }, { a: 0, b: 10 }, { a: 1, b: 0 }, { a: 1, b: 5 }, { a: 1, b: 10 }]
 */
import { midpoint, scaleUnit } from './scale.js';
import type { DesignOptions, DesignPoint, ParameterRange } from './types.js';
import { checkCount, checkRanges } from './validate.js';

/** Default number of grid levels when neither the range nor the options give one. */
export const DEFAULT_GRID_LEVELS = 3;

/** The levels of one range in a grid. */
export function gridLevels(range: ParameterRange, options: Pick<DesignOptions, 'levels'>): number {
  return range.levels ?? options.levels ?? DEFAULT_GRID_LEVELS;
}

function checkGrid(ranges: readonly ParameterRange[], options: DesignOptions): void {
  if (options.levels !== undefined) checkCount('grid', 'levels', options.levels, 1);
  for (const range of ranges) {
    if (range.levels !== undefined) checkCount('grid', `levels of "${range.path}"`, range.levels, 1);
  }
  checkRanges('grid', ranges, { allowEmpty: true, allowPoint: (range) => gridLevels(range, options) === 1 });
}

/** The number of points of a grid: the product of the levels. */
export function gridPointCount(ranges: readonly ParameterRange[], options: DesignOptions): number {
  checkGrid(ranges, options);
  return ranges.reduce((count, range) => count * gridLevels(range, options), 1);
}

/** The values of one range on its grid, lowest first. */
export function gridValues(range: ParameterRange, levels: number): number[] {
  if (levels === 1) return [midpoint(range)];
  return Array.from({ length: levels }, (_, i) => scaleUnit(i / (levels - 1), range));
}

/** The full factorial design, first parameter varying slowest. */
export function gridPoints(ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[] {
  const count = gridPointCount(ranges, options);
  const axes = ranges.map((range) => gridValues(range, gridLevels(range, options)));
  const points: DesignPoint[] = [];
  for (let index = 0; index < count; index++) {
    const values: Record<string, number> = {};
    // Mixed-radix digits of the index, the last range being the fastest digit.
    let rest = index;
    const digits = new Array<number>(ranges.length);
    for (let i = ranges.length - 1; i >= 0; i--) {
      digits[i] = rest % axes[i].length;
      rest = Math.floor(rest / axes[i].length);
    }
    ranges.forEach((range, i) => {
      values[range.path] = axes[i][digits[i]];
    });
    points.push({ index, values, role: {} });
  }
  return points;
}
