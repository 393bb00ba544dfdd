/**
 * Cohen's d_z against hand-computed values: on R's sleep data the differences have mean
 * −1.58 and sample standard deviation 1.229995 (Σ(d − d̄)² = 13.616, over 9), so
 * d_z = −1.58 / 1.229995 = −1.284558, which also equals t/√n = −4.0621/√10.
 */
import { describe, expect, it } from 'vitest';
import { cohensDz } from '../../../src/analysis/effectSize.js';
import { SLEEP_DIFFERENCES } from './sleep.js';

describe("Cohen's d_z", () => {
  it('on the sleep data', () => {
    expect(cohensDz(SLEEP_DIFFERENCES)).toBeCloseTo(-1.284558, 6);
    expect(cohensDz(SLEEP_DIFFERENCES)).toBeCloseTo(-4.0621 / Math.sqrt(10), 4);
  });

  it('on a small hand-computed case: (1, 2, 3) has mean 2 and sd 1', () => {
    expect(cohensDz([1, 2, 3])).toBe(2);
  });

  it('is 0 when all differences are 0, and undefined when it is not defined', () => {
    expect(cohensDz([0, 0, 0])).toBe(0);
    expect(cohensDz([1, 1, 1])).toBeUndefined();
    expect(cohensDz([1])).toBeUndefined();
    expect(cohensDz([])).toBeUndefined();
  });
});
