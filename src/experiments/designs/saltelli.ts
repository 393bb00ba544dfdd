/**
 * Saltelli's sampling scheme for first-order and total Sobol indices (Saltelli et al.
 * 2010, "Variance based sensitivity analysis of model output. Design and estimator for
 * the total sensitivity index", Computer Physics Communications 181: 259–270), whose
 * matrices feed the Jansen estimators (analysis/, not here).
 *
 * A Sobol low-discrepancy sequence of dimension 2k (Joe–Kuo direction numbers, npm
 * package `sobol`), its first point (the origin) skipped, gives N = `samples` base rows:
 * A_j is the first k coordinates of row j, B_j the last k, and AB_j^i is A_j with column
 * i taken from B_j. Points: N(k + 2), ordered per base row j as A_j, B_j, AB_j^0 … AB_j^(k−1),
 * with roles `{ matrix: 'A', base: j }`, `{ matrix: 'B', base: j }` and
 * `{ matrix: 'AB', base: j, column: i }` (j and i 0-based; i indexes the ranges).
 *
 * The sequence is not scrambled, so the design does not depend on the seed, and a design
 * with more base rows extends one with fewer. Unit values lie on a 2^-20 grid in [0, 1)
 * and are scaled to [min, max); the package is exact for at most 2^20 − 1 base rows.
 * Integer parameters are rounded after scaling and lose the sequence's exact
 * stratification (AB_i still equals A except in column i).
 *
 * @example
 * const points = saltelliPoints([{ path: 'a', min: 0, max: 1 }], { samples: 2, seed: 0 });
 * points.map((p) => p.role.matrix); // ['A', 'B', 'AB', 'A', 'B', 'AB']
 * // outputs[i] = model(points[i].values), then:
 * // regroupSaltelliOutputs(outputs, 1) // { A: [o0, o3], B: [o1, o4], AB: [[o2, o5]] }
 */
// A named import: the package is CommonJS with `__esModule` set, so a default import is
// undefined wherever it is compiled to CommonJS (tsx, esbuild), while Node's ESM loader
// and CommonJS interop both see the named export.
import { SobolSequenceGenerator } from 'sobol';
import { scaleUnit } from './scale.js';
import type { DesignOptions, DesignPoint, ParameterRange } from './types.js';
import { checkCount, checkRanges } from './validate.js';

/** The most base rows the `sobol` package gives exactly (it keeps 20 bits per coordinate). */
export const SALTELLI_MAX_BASE_ROWS = 2 ** 20 - 1;
/** The most dimensions of the package's direction numbers; the design uses 2k. */
export const SOBOL_MAX_DIMENSION = 21201;

/** The number of points of a Saltelli design: N(k + 2). */
export function saltelliPointCount(ranges: readonly ParameterRange[], options: DesignOptions): number {
  checkRanges('sobol', ranges, { allowEmpty: false });
  checkCount('sobol', 'samples', options.samples, 1);
  if (options.samples > SALTELLI_MAX_BASE_ROWS) {
    throw new Error(`sobol design: samples must be at most ${SALTELLI_MAX_BASE_ROWS} base rows, got ${options.samples}`);
  }
  if (2 * ranges.length > SOBOL_MAX_DIMENSION) {
    throw new Error(`sobol design: at most ${SOBOL_MAX_DIMENSION / 2} parameters, got ${ranges.length}`);
  }
  return options.samples * (ranges.length + 2);
}

/** Saltelli's A, B and AB_i points, in base-row order. */
export function saltelliPoints(ranges: readonly ParameterRange[], options: DesignOptions): DesignPoint[] {
  saltelliPointCount(ranges, options);
  const k = ranges.length;
  const generator = new SobolSequenceGenerator(2 * k);
  generator.nextVector(); // the origin
  const points: DesignPoint[] = [];
  const point = (unit: readonly number[], role: DesignPoint['role']): void => {
    const values: Record<string, number> = {};
    ranges.forEach((range, i) => {
      values[range.path] = scaleUnit(unit[i], range);
    });
    points.push({ index: points.length, values, role });
  };
  for (let base = 0; base < options.samples; base++) {
    const row = generator.nextVector();
    const a = row.slice(0, k);
    const b = row.slice(k, 2 * k);
    point(a, { matrix: 'A', base });
    point(b, { matrix: 'B', base });
    for (let column = 0; column < k; column++) {
      point(a.map((x, i) => (i === column ? b[i] : x)), { matrix: 'AB', base, column });
    }
  }
  return points;
}

/** Model outputs of a Saltelli design regrouped by matrix; AB[i][j] is the output of AB_j^i. */
export interface SaltelliOutputs {
  A: number[];
  B: number[];
  AB: number[][];
}

/**
 * Regroups outputs given in design order (one per point of `saltelliPoints` for k
 * parameters) into the A, B and AB_i vectors the estimators take.
 */
export function regroupSaltelliOutputs(outputs: readonly number[], parameterCount: number): SaltelliOutputs {
  checkCount('sobol', 'parameterCount', parameterCount, 1);
  const width = parameterCount + 2;
  if (outputs.length === 0 || outputs.length % width !== 0) {
    throw new Error(`sobol design: ${outputs.length} outputs are not a whole number of base rows of ${width} (k + 2) points`);
  }
  const n = outputs.length / width;
  const grouped: SaltelliOutputs = { A: [], B: [], AB: Array.from({ length: parameterCount }, () => []) };
  for (let base = 0; base < n; base++) {
    const offset = base * width;
    grouped.A.push(outputs[offset]);
    grouped.B.push(outputs[offset + 1]);
    for (let column = 0; column < parameterCount; column++) grouped.AB[column].push(outputs[offset + 2 + column]);
  }
  return grouped;
}
