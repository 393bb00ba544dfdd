/** The chi-square survival function and the rank statistic of simulation-based calibration, against closed forms. */
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/calibration/priors.js';
import { chiSquareSurvival, rankUniformityTest, weightedRank } from '../../../src/calibration/sbc.js';

describe('chi-square survival', () => {
  it('equals e^{-x/2} for 2 degrees of freedom', () => {
    for (const x of [0.1, 1, 3, 10, 40]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
  });
  it('equals 2(1 − Φ(√x)) for 1 degree of freedom', () => {
    for (const x of [0.5, 2, 3.841459, 9]) expect(chiSquareSurvival(x, 1)).toBeCloseTo(2 * (1 - normalCdf(Math.sqrt(x))), 6);
  });
  it('gives the tabulated 1% and 5% points', () => {
    // critical values: 9 df 21.666 (1%), 16.919 (5%); 19 df 36.191 (1%)
    expect(chiSquareSurvival(21.666, 9)).toBeCloseTo(0.01, 4);
    expect(chiSquareSurvival(16.919, 9)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(36.191, 19)).toBeCloseTo(0.01, 4);
  });
});

describe('ranks', () => {
  it('is the weighted CDF at the value, ties counted half', () => {
    expect(weightedRank([1, 2, 3, 4], [1, 1, 1, 1], 2.5)).toBe(0.5);
    expect(weightedRank([1, 2, 3], [3, 1, 0], 2)).toBe(0.875);
  });
  it('a uniform histogram has statistic 0 and p 1; a piled-up one a tiny p', () => {
    const flat = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);
    expect(rankUniformityTest(flat, 10)).toMatchObject({ statistic: 0, df: 9, p: 1 });
    const piled = Array.from({ length: 100 }, (_, i) => 0.5 + (i % 10) / 1000);
    expect(rankUniformityTest(piled, 10).p).toBeLessThan(1e-10);
  });
});
