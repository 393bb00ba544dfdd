/**
 * Percentile bootstrap: a hand-computed case with a scripted random source, closed forms
 * for large samples (the interval of a mean ≈ mean ± 1.96 σ/√n; the paired/unpaired
 * width ratio of correlated samples), and determinism from a seeded stream.
 */
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, pairedBootstrapInterval, percentileInterval, unpairedBootstrapInterval } from '../../../src/analysis/bootstrap.js';
import { createStream } from '../../../src/engine/random.js';

/** A random source that returns the given numbers in turn. */
function scripted(values: number[]): () => number {
  let k = 0;
  return () => values[k++ % values.length];
}

function normals(n: number, name: string, sd = 1, mean = 0): number[] {
  const s = createStream(42, name);
  return Array.from({ length: n }, () => mean + sd * s.normal());
}

const sd = (x: number[]) => {
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length);
};

describe('bootstrap', () => {
  it('resamples indices from the injected source and takes type-7 percentiles (hand-computed)', () => {
    // n = 3, index = floor(u · 3): resamples [0,0,1], [2,2,2], [1,1,1] of [1, 2, 3]
    // means 4/3, 3, 2 → sorted 4/3, 2, 3; level 0.5 → quantiles 0.25 and 0.75:
    // (3 − 1)·0.25 = 0.5 → 4/3 + 0.5·(2 − 4/3) = 5/3; (3 − 1)·0.75 = 1.5 → 2 + 0.5·(3 − 2) = 2.5
    const random = scripted([0, 0.2, 0.5, 0.9, 0.7, 0.99, 0.4, 0.34, 0.6]);
    const interval = pairedBootstrapInterval([1, 2, 3], { resamples: 3, level: 0.5, random });
    expect(interval!.low).toBeCloseTo(5 / 3, 14);
    expect(interval!.high).toBeCloseTo(2.5, 14);
  });

  it('gives about mean ± 1.96 σ/√n for the mean of a large normal sample', () => {
    const x = normals(400, 'closed-form', 2, 5);
    const m = x.reduce((a, b) => a + b, 0) / x.length;
    const half = (1.959964 * sd(x)) / Math.sqrt(x.length);
    const interval = pairedBootstrapInterval(x, { resamples: 4000, level: 0.95, random: createStream(1, 'b').next })!;
    expect((interval.high - interval.low) / (2 * half)).toBeGreaterThan(0.92);
    expect((interval.high - interval.low) / (2 * half)).toBeLessThan(1.08);
    expect(Math.abs((interval.low + interval.high) / 2 - m)).toBeLessThan(0.1 * half);
  });

  it('unpaired: width about 2 · 1.96 √(σx²/n + σy²/n) for independent samples', () => {
    const x = normals(400, 'x', 1);
    const y = normals(400, 'y', 2, 1);
    const expected = 2 * 1.959964 * Math.sqrt(sd(x) ** 2 / 400 + sd(y) ** 2 / 400);
    const interval = unpairedBootstrapInterval(x, y, { resamples: 4000, level: 0.95, random: createStream(1, 'u').next })!;
    expect((interval.high - interval.low) / expected).toBeGreaterThan(0.92);
    expect((interval.high - interval.low) / expected).toBeLessThan(1.08);
  });

  it('pairing narrows the interval of correlated sides by √(2 var x / var e) (closed form)', () => {
    // y = x + 0.5 + e, x ~ N(0, 1), e ~ N(0, 0.1²): unpaired width ∝ √(var x + var y) ≈ √2.01, paired ∝ σe = 0.1
    const x = normals(300, 'cx');
    const e = normals(300, 'ce', 0.1);
    const y = x.map((v, i) => v + 0.5 + e[i]);
    const options = (name: string) => ({ resamples: 4000, level: 0.95, random: createStream(1, name).next });
    const paired = pairedBootstrapInterval(y.map((v, i) => v - x[i]), options('p'))!;
    const unpaired = unpairedBootstrapInterval(x, y, options('q'))!;
    const ratio = (unpaired.high - unpaired.low) / (paired.high - paired.low);
    const expected = Math.sqrt(sd(x) ** 2 + sd(y) ** 2) / sd(e);
    expect(ratio / expected).toBeGreaterThan(0.9);
    expect(ratio / expected).toBeLessThan(1.1);
  });

  it('is deterministic for a seed and changes with it', () => {
    const x = normals(50, 'det');
    const run = (seed: number) => pairedBootstrapInterval(x, { resamples: 500, level: 0.95, random: createStream(seed, 'det').next });
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('has no interval for no data or when most resamples are not finite', () => {
    expect(pairedBootstrapInterval([], { resamples: 10, level: 0.95, random: () => 0.5 })).toBeUndefined();
    expect(bootstrapInterval(3, () => NaN, { resamples: 10, level: 0.95, random: () => 0.5 })).toBeUndefined();
    expect(percentileInterval([1, NaN, 3], 0.5)).toEqual({ low: 1.5, high: 2.5 });
    expect(() => percentileInterval([1], 1)).toThrow(/level/);
  });
});
