/**
 * Morris elementary-effects trajectories (Morris 1991, "Factorial sampling plans for
 * preliminary computational experiments", Technometrics 33: 161–174; the optimised
 * trajectory selection of Campolongo, Cariboni and Saltelli 2007 is not used).
 *
 * The unit cube is a p-level grid {0, 1/(p−1), …, 1} with p = `options.levels` (4 if
 * absent), which must be even, and the step is Δ = p / (2(p − 1)), i.e. p/2 grid
 * intervals. Each of the r = `samples` trajectories draws a base point x* whose
 * coordinates lie in {0, …, 1 − Δ}, a direction (+Δ or −Δ) per parameter and a random
 * order of the parameters; it starts at x* (or x* + Δ where the direction is −Δ, so that
 * every step stays inside [0, 1]) and then changes one parameter at a time, in that
 * order, by its signed Δ. Every parameter changes exactly once per trajectory, and the
 * start coordinates are uniform over all p levels.
 *
 * Points: r(k + 1), ordered by trajectory then step, with roles `{ trajectory, step,
 * changed, delta }`: `changed` is the path changed to reach the point ('' for step 0)
 * and `delta` the signed step in unit-cube terms (0 for step 0). Values are scaled to
 * [min, max]; integer parameters are rounded after scaling, so their steps are only
 * approximately Δ(max − min). Randomness: one stream per trajectory,
 * `design/morris/<t>` of the seed, so a design with more trajectories extends one with
 * fewer.
 *
 * @example
 * const points = morrisPoints([{ path: 'a', min: 0, max: 3 }, { path: 'b', min: 0, max: 3 }], { samples: 1, seed: 1 });
 * points.map((p) => p.role.changed); // e.g. ['', 'b', 'a']; each step moves one value by ±2
 */
import { createStream } from '../../engine/random.js';
import { roundSignificant, scaleUnit } from './scale.js';
import { permutation } from './shuffle.js';
import type { DesignOptions, DesignPoint, ParameterRange } from './types.js';
import { checkCount, checkRanges, checkSampling } from './validate.js';

/** Default number of grid levels p of a Morris design. */
export const DEFAULT_MORRIS_LEVELS = 4;

/** The levels p a Morris design uses for these options. */
export function morrisLevels(options: Pick<DesignOptions, 'levels'>): number {
  return options.levels ?? DEFAULT_MORRIS_LEVELS;
}

/** Morris's step in unit-cube terms, Δ = p / (2(p − 1)). */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** The number of points of a Morris design: r(k + 1). */
export function morrisPointCount(ranges: readonly ParameterRange[], options: DesignOptions): number {
  checkRanges('morris', ranges, { allowEmpty: false });
  checkSampling('morris', options);
  const levels = morrisLevels(options);
  checkCount('morris', 'levels', levels, 2);
  if (levels % 2 !== 0) {
    throw new Error(`morris design: levels must be even so that Δ = p/(2(p−1)) falls on the grid, got ${levels}`);
  }
  return options.samples * (ranges.length + 1);
}

/** r Morris trajectories of k + 1 points each. */
export function morrisPoints(ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[] {
  morrisPointCount(ranges, options);
  const levels = morrisLevels(options);
  const half = levels / 2; // Δ in grid intervals
  const delta = roundSignificant(morrisDelta(levels));
  const k = ranges.length;
  const points: DesignPoint[] = [];
  const point = (grid: readonly number[], role: DesignPoint['role']): void => {
    const values: Record<string, number> = {};
    ranges.forEach((range, i) => {
      values[range.path] = scaleUnit(grid[i] / (levels - 1), range);
    });
    points.push({ index: points.length, values, role });
  };
  for (let trajectory = 0; trajectory < options.samples; trajectory++) {
    const stream = createStream(options.seed, `design/morris/${trajectory}`);
    const grid = new Array<number>(k);
    const direction = new Array<number>(k);
    for (let i = 0; i < k; i++) {
      const base = Math.floor(stream.next() * half); // x*_i in {0, …, 1 − Δ}, in grid intervals
      direction[i] = stream.next() < 0.5 ? 1 : -1;
      grid[i] = direction[i] > 0 ? base : base + half;
    }
    const order = permutation(k, stream);
    point(grid, { trajectory, step: 0, changed: '', delta: 0 });
    order.forEach((i, s) => {
      grid[i] += direction[i] * half;
      point(grid, { trajectory, step: s + 1, changed: ranges[i].path, delta: direction[i] * delta });
    });
  }
  return points;
}
