/**
 * First-order and total Sobol indices from a Saltelli design, with percentile-bootstrap
 * intervals.
 *
 * With N base rows, the outputs f(A)_j, f(B)_j and f(AB^i)_j, where AB^i is A with
 * column i taken from B (the design of src/experiments/designs/saltelli.ts, regrouped by
 * `regroupSaltelliOutputs`):
 *
 * - V = the variance of the 2N outputs of A and B together (population variance, as in
 *   SALib);
 * - first order, Saltelli et al. 2010 (Computer Physics Communications 181: 259–270,
 *   Table 2 (b)): S_i = (1/N) Σ_j f(B)_j (f(AB^i)_j − f(A)_j) / V;
 * - total, Jansen 1999 (Computer Physics Communications 117: 35–43; Saltelli et al.
 *   2010 Table 2 (f)): ST_i = (1/(2N)) Σ_j (f(A)_j − f(AB^i)_j)² / V.
 *
 * Estimates may fall slightly outside [0, 1] (S_i below 0 for an uninfluential input);
 * they are reported as computed. Intervals resample base rows j with replacement (each
 * row's A, B and AB^i outputs move together) and recompute V and the indices. When
 * V = 0 (the output does not vary over the design) the indices are not defined
 * (`undefined`).
 *
 * @example
 * const { A, B, AB } = regroupSaltelliOutputs(outputs, 3);
 * sobolIndices({ A, B, AB }, { resamples: 2000, level: 0.95, random: createStream(1, 'sobol').next });
 * // { first: [0.31, 0.44, 0.00], total: [0.56, 0.44, 0.24], ... } for the Ishigami function
 */
import { mean, variance } from 'simple-statistics';
import type { SaltelliOutputs } from '../experiments/designs/saltelli.js';
import { indexRange, percentileInterval, resampleIndices, type BootstrapOptions, type Interval } from './bootstrap.js';

export interface SobolIndices {
  /** base rows N */
  n: number;
  /** V, the variance of the outputs of A and B */
  variance: number;
  /** S_i by parameter (undefined when V = 0) */
  first: (number | undefined)[];
  /** ST_i by parameter */
  total: (number | undefined)[];
  firstInterval: (Interval | undefined)[];
  totalInterval: (Interval | undefined)[];
}

interface Estimates {
  variance: number;
  first: number[];
  total: number[];
}

function at(values: readonly number[], rows: readonly number[]): number[] {
  return rows.map((j) => values[j]);
}

/** The point estimates on the base rows `rows` (all of them, or a resample). */
function estimate(outputs: SaltelliOutputs, rows: readonly number[]): Estimates {
  const a = at(outputs.A, rows);
  const b = at(outputs.B, rows);
  const v = variance([...a, ...b]);
  const first: number[] = [];
  const total: number[] = [];
  for (const column of outputs.AB) {
    const ab = at(column, rows);
    first.push(mean(b.map((fb, j) => fb * (ab[j] - a[j]))) / v);
    total.push(mean(a.map((fa, j) => (fa - ab[j]) ** 2)) / (2 * v));
  }
  return { variance: v, first, total };
}

function checkOutputs(outputs: SaltelliOutputs): number {
  const n = outputs.A.length;
  if (n === 0) throw new Error('sobol indices: no base rows');
  if (outputs.B.length !== n || outputs.AB.some((c) => c.length !== n)) {
    throw new Error('sobol indices: A, B and every AB^i must have one output per base row');
  }
  if (outputs.AB.length === 0) throw new Error('sobol indices: no parameter (AB is empty)');
  return n;
}

/** S_i and ST_i with bootstrap intervals (see the module's description). */
export function sobolIndices(outputs: SaltelliOutputs, options: BootstrapOptions): SobolIndices {
  const n = checkOutputs(outputs);
  const k = outputs.AB.length;
  const rows = indexRange(n);
  const point = estimate(outputs, rows);
  if (!(point.variance > 0)) {
    const none = Array.from({ length: k }, () => undefined);
    return { n, variance: point.variance, first: none, total: [...none], firstInterval: [...none], totalInterval: [...none] };
  }
  const firstReps = Array.from({ length: k }, () => new Array<number>(options.resamples));
  const totalReps = Array.from({ length: k }, () => new Array<number>(options.resamples));
  for (let r = 0; r < options.resamples; r++) {
    const e = estimate(outputs, resampleIndices(rows, options.random));
    for (let i = 0; i < k; i++) {
      firstReps[i][r] = e.first[i];
      totalReps[i][r] = e.total[i];
    }
  }
  return {
    n,
    variance: point.variance,
    first: point.first,
    total: point.total,
    firstInterval: firstReps.map((reps) => percentileInterval(reps, options.level)),
    totalInterval: totalReps.map((reps) => percentileInterval(reps, options.level)),
  };
}
