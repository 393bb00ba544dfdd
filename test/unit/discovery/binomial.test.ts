/**
 * The binomial upper tail against closed forms and exact sums of integer binomial
 * coefficients (BigInt), computed here independently of the log-space code.
 */
import { describe, expect, it } from 'vitest';
import { binomialUpperTail, logGamma } from '../../../src/discovery/binomial.js';

function exactUpperTail(k: number, n: number, num: number, den: number): number {
  // P(X >= k) with p = num/den, as an exact fraction of BigInts, then divided
  let top = 0n;
  let c = 1n;
  for (let i = 0; i <= n; i++) {
    if (i > 0) c = (c * BigInt(n - i + 1)) / BigInt(i);
    if (i >= k) top += c * BigInt(num) ** BigInt(i) * BigInt(den - num) ** BigInt(n - i);
  }
  const bottom = BigInt(den) ** BigInt(n);
  // 30 significant digits of the ratio, however small
  const e = bottom.toString().length - top.toString().length + 30;
  const scaled = (top * 10n ** BigInt(e)) / bottom;
  return parseFloat(`${scaled}e-${e}`);
}

describe('binomialUpperTail', () => {
  it('matches closed forms at the ends', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(10, 10, 0.3)).toBeCloseTo(0.3 ** 10, 15);
    expect(binomialUpperTail(1, 3, 0.5)).toBeCloseTo(0.875, 14);
    expect(binomialUpperTail(1, 50, 0.02)).toBeCloseTo(1 - 0.98 ** 50, 13);
    // symmetric: P(X >= 10), n = 20, p = 1/2 = (1 + C(20,10) / 2^20) / 2
    expect(binomialUpperTail(10, 20, 0.5)).toBeCloseTo((1 + 184756 / 2 ** 20) / 2, 13);
  });

  it('matches exact sums to 1e-12 (relative), far into the tail', () => {
    for (const [k, n, num, den] of [
      [5, 30, 1, 10],
      [17, 40, 1, 4],
      [150, 180, 1, 2],
      [162, 180, 3, 20],
      [90, 200, 1, 10],
    ]) {
      const exact = exactUpperTail(k, n, num, den);
      const got = binomialUpperTail(k, n, num / den);
      expect(Math.abs(got - exact) / exact, `k=${k} n=${n} p=${num}/${den}`).toBeLessThan(1e-12);
    }
  });

  it('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
  });
});
