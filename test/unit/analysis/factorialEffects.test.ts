/**
 * Factorial effects against a planted answer: a response linear in the components with
 * two-way interaction terms, whose main effects (a_i + ½·Σ_j b_ij) and interactions
 * (b_ij) are known in closed form, in a full design and in a fraction.
 */
import { describe, expect, it } from 'vitest';
import { createStream } from '../../../src/engine/random.js';
import { factorialDesign } from '../../../src/experiments/designs/factorial.js';
import { adjustFactorial, factorialContrasts, factorialEffects } from '../../../src/analysis/factorialEffects.js';

function planted(k: number) {
  const a = Array.from({ length: k }, (_, i) => 0.1 * (i + 1) * (i % 2 ? -1 : 1));
  const b = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (j > i ? 0.01 * (i + 1) * (j + 2) * ((i + j) % 3 === 0 ? -1 : 1) : 0)));
  const y = (x: readonly number[]) => {
    let v = 2;
    for (let i = 0; i < k; i++) v += a[i] * x[i];
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) v += b[i][j] * x[i] * x[j];
    return v;
  };
  const main = (i: number) => a[i] + 0.5 * Array.from({ length: k }, (_, j) => (j > i ? b[i][j] : j < i ? b[j][i] : 0)).reduce((s, v) => s + v, 0);
  return { y, main, b };
}

function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

describe('factorialEffects', () => {
  for (const k of [3, 6, 8]) {
    it(`recovers planted main effects and interactions exactly (k = ${k}, ${k > 6 ? 'fraction' : 'full'}), the blocks' shared noise cancelling`, () => {
      const d = factorialDesign(k);
      const names = Array.from({ length: k }, (_, i) => `c${i}`);
      const { y, main, b } = planted(k);
      const noise = createStream(1, 'blocks');
      const blocks = new Map<string, number[]>();
      for (let r = 1; r <= 5; r++) {
        const shared = 10 * normal(noise.next); // common random numbers: the same in every cell of the block
        blocks.set(`0/${r}`, d.cells.map((x) => y(x) + shared));
      }
      const rows = factorialEffects('y', factorialContrasts(d.cells, names), blocks);
      expect(rows).toHaveLength(k + (k * (k - 1)) / 2);
      for (const row of rows) {
        const [i, j] = row.components.map((c) => Number(c.slice(1)));
        const truth = row.kind === 'main' ? main(i) : b[i][j];
        expect(row.estimate).toBeCloseTo(truth, 10);
        expect(row.n).toBe(5);
        expect(row.interval!.high - row.interval!.low).toBeLessThan(1e-9);
      }
    });
  }

  it('with noise of its own in each cell, the interval has the standard error of the contrast: 2σ/√N per block for a main effect', () => {
    const d = factorialDesign(4);
    const noise = createStream(7, 'cells');
    const sigma = 0.5;
    const B = 400;
    const blocks = new Map<string, number[]>();
    for (let r = 1; r <= B; r++) blocks.set(`0/${r}`, d.cells.map((x) => x[0] * 1 + sigma * normal(noise.next)));
    const rows = factorialEffects('y', factorialContrasts(d.cells, ['a', 'b', 'c', 'd']), blocks);
    const se = (2 * sigma) / Math.sqrt(d.cells.length) / Math.sqrt(B);
    const t = 1.966; // t quantile, 399 degrees of freedom
    const a = rows.find((r) => r.name === 'a')!;
    expect((a.interval!.high - a.interval!.low) / (2 * t * se)).toBeGreaterThan(0.9);
    expect((a.interval!.high - a.interval!.low) / (2 * t * se)).toBeLessThan(1.1);
    expect(Math.abs(a.estimate! - 1)).toBeLessThan(4 * se);
    const ab = rows.find((r) => r.name === 'a×b')!;
    expect((ab.interval!.high - ab.interval!.low) / (2 * t * 2 * se)).toBeGreaterThan(0.9);
    expect((ab.interval!.high - ab.interval!.low) / (2 * t * 2 * se)).toBeLessThan(1.1);
    expect(adjustFactorial(rows, 'holm')).toBe(rows.length);
    expect(a.pAdjusted).toBeLessThan(1e-6);
  });

  it('leaves out a block with an undefined cell and counts it', () => {
    const d = factorialDesign(2);
    const blocks = new Map([['0/1', [1, 2, 3, 4]], ['0/2', [1, NaN, 3, 4]], ['0/3', [2, 3, 4, 5]]]);
    const [a] = factorialEffects('y', factorialContrasts(d.cells, ['a', 'b']), blocks);
    expect(a.n).toBe(2);
    expect(a.dropped).toBe(1);
    expect(a.estimate).toBeCloseTo(2, 12); // (3 + 4)/2 − (1 + 2)/2
  });
});
