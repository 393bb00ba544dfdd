import { describe, expect, it } from 'vitest';
import { quantile } from 'simple-statistics';
import { QuantileSketch, quantileOf } from '../../../src/charts/data/quantiles.js';

describe('QuantileSketch', () => {
  it('is exact (type 7) while it keeps every value', () => {
    const values = [5, 1, 4, 2, 3, 10, 7];
    const s = new QuantileSketch();
    values.forEach((v) => s.add(v));
    expect(s.exact).toBe(true);
    expect(s.quantile(0.5)).toBe(4);
    expect(s.quantile(0.05)).toBeCloseTo(1.3, 10);
    expect(s.quantile(0.95)).toBeCloseTo(9.1, 10);
    expect(quantileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('ignores values that are not finite and answers NaN when empty', () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNaN();
    [NaN, Infinity, 2].forEach((v) => s.add(v));
    expect(s.count).toBe(1);
    expect(s.quantile(0.9)).toBe(2);
  });

  it('stays within 1% of rank on 200,000 values in bounded memory, the same every time', () => {
    const values = Array.from({ length: 200_000 }, (_, k) => ((k * 7919) % 200_000) / 200_000);
    const run = () => {
      const s = new QuantileSketch(1024);
      values.forEach((v) => s.add(v));
      return [0.05, 0.5, 0.95].map((p) => s.quantile(p));
    };
    const [q05, q50, q95] = run();
    expect(Math.abs(q05 - quantile(values, 0.05))).toBeLessThan(0.01);
    expect(Math.abs(q50 - quantile(values, 0.5))).toBeLessThan(0.01);
    expect(Math.abs(q95 - quantile(values, 0.95))).toBeLessThan(0.01);
    expect(run()).toEqual([q05, q50, q95]);
  });
});
