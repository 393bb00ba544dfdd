/**
 * Main effects and two-way interactions of the components of a two-level factorial
 * design (designs/factorial.ts), paired on common random numbers.
 *
 * In ±1 coding (z = −1 off, +1 on) over the N cells of the design, with y_c the outcome
 * of cell c in one block (one parameter point and replicate: every cell of a block runs
 * on the same seed):
 * - the main effect of component a is (2/N)·Σ_c z_ca·y_c: the mean outcome with a on
 *   minus the mean with a off, averaged over the other components' levels;
 * - the interaction a×b is (4/N)·Σ_c z_ca·z_cb·y_c: how much turning b on changes the
 *   effect of a (the effect of a with b on minus its effect with b off; a difference of
 *   differences), averaged over the others. It is twice Yates's AB.
 * For y = β0 + Σ a_i·x_i + Σ b_ij·x_i·x_j with x ∈ {0, 1}, the main effect of i is
 * a_i + ½·Σ_j b_ij and the interaction i×j is b_ij, exactly, in a full design or a
 * fraction of resolution V (test/unit/analysis/factorialEffects.test.ts).
 *
 * Each effect is estimated in every block where every cell has a finite value; its
 * estimate is the mean of the block estimates and its interval the t interval over the
 * blocks (pairedTTest.ts: the blocks are the pairs), so the noise shared by the cells
 * of a block cancels as in a paired comparison. A block's contrast within 1e−12 of the
 * sum of its absolute terms is taken as 0 (the rounding error of a sum of equal outcomes). The p-values of every effect of every
 * indicator of one call form one family, adjusted together (multiplicity.ts).
 *
 * @example
 * factorialContrasts([[0, 0], [0, 1], [1, 0], [1, 1]], ['a', 'b']).map((e) => e.name); // ['a', 'b', 'a×b']
 */
import { adjustPValues, type Adjustment } from './multiplicity.js';
import { pairedTTest } from './pairedTTest.js';
import type { Interval } from './bootstrap.js';

export interface FactorialContrast {
  kind: 'main' | 'interaction';
  /** `a` or `a×b` */
  name: string;
  components: string[];
  /** the weight of each cell */
  weights: number[];
}

/** The main effects, then the two-way interactions (a×b with a before b in the components' order). */
export function factorialContrasts(cells: readonly (readonly number[])[], components: readonly string[]): FactorialContrast[] {
  const n = cells.length;
  const z = (c: number, i: number) => (cells[c][i] ? 1 : -1);
  const out: FactorialContrast[] = components.map((name, i) => ({ kind: 'main', name, components: [name], weights: cells.map((_, c) => (2 / n) * z(c, i)) }));
  for (let i = 0; i < components.length; i++) {
    for (let j = i + 1; j < components.length; j++) {
      out.push({ kind: 'interaction', name: `${components[i]}×${components[j]}`, components: [components[i], components[j]], weights: cells.map((_, c) => (4 / n) * z(c, i) * z(c, j)) });
    }
  }
  return out;
}

export interface FactorialEstimate {
  indicator: string;
  kind: 'main' | 'interaction';
  name: string;
  components: string[];
  /** blocks with a finite value in every cell */
  n: number;
  /** blocks left out: some cell has no finite value */
  dropped: number;
  estimate?: number;
  interval?: Interval;
  pValue?: number;
  pAdjusted?: number;
}

/**
 * The effects of one indicator: `blocks` maps each block (point/replicate) to the values
 * of the cells, in the design's cell order.
 */
export function factorialEffects(indicator: string, contrasts: readonly FactorialContrast[], blocks: ReadonlyMap<string, readonly number[]>, level = 0.95): FactorialEstimate[] {
  const complete = [...blocks.values()].filter((ys) => ys.every(Number.isFinite));
  const dropped = blocks.size - complete.length;
  return contrasts.map((c) => {
    const row: FactorialEstimate = { indicator, kind: c.kind, name: c.name, components: c.components, n: complete.length, dropped };
    const estimates = complete.map((ys) => {
      let sum = 0;
      let scale = 0;
      ys.forEach((y, k) => {
        sum += c.weights[k] * y;
        scale += Math.abs(c.weights[k] * y);
      });
      // a contrast of equal outcomes is 0, not the rounding error of the sum
      return Math.abs(sum) <= 1e-12 * scale ? 0 : sum;
    });
    if (estimates.length === 1) row.estimate = estimates[0];
    const test = pairedTTest(estimates, level);
    if (test) Object.assign(row, { estimate: test.mean, interval: test.interval, pValue: test.pValue });
    return row;
  });
}

/** Adjusts the p-values of every estimate that has one, together. */
export function adjustFactorial(rows: FactorialEstimate[], method: Adjustment): number {
  const tested = rows.filter((r) => r.pValue !== undefined);
  const adjusted = adjustPValues(tested.map((r) => r.pValue), method);
  tested.forEach((r, k) => (r.pAdjusted = adjusted[k]));
  return tested.length;
}
