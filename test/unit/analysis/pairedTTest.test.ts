/**
 * The paired t-test against R's published example: `t.test(extra ~ group, data = sleep,
 * paired = TRUE)` (Cushny and Peebles 1905, as in Student 1908) gives t = -4.0621,
 * df = 9, p-value = 0.002833, 95 percent confidence interval -2.4598858 -0.7001142,
 * mean difference -1.58.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { pairedTTest } from '../../../src/analysis/pairedTTest.js';
import { SLEEP_DIFFERENCES } from './sleep.js';

describe('pairedTTest', () => {
  it("reproduces R's t.test on the sleep data", () => {
    const test = pairedTTest(SLEEP_DIFFERENCES)!;
    expect(test.mean).toBeCloseTo(-1.58, 12);
    expect(test.t).toBeCloseTo(-4.0621, 4);
    expect(test.df).toBe(9);
    expect(test.pValue).toBeCloseTo(0.002833, 6);
    expect(test.interval.low).toBeCloseTo(-2.4598858, 6);
    expect(test.interval.high).toBeCloseTo(-0.7001142, 6);
  });

  it('uses the t quantile of the tables (t_{0.975, 9} = 2.262157)', () => {
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
  });

  it('is symmetric in the sign of the differences', () => {
    const a = pairedTTest(SLEEP_DIFFERENCES)!;
    const b = pairedTTest(SLEEP_DIFFERENCES.map((d) => -d))!;
    expect(b.pValue).toBeCloseTo(a.pValue, 14);
    expect(b.t).toBeCloseTo(-a.t, 12);
  });

  it('handles the degenerate cases without NaN', () => {
    expect(pairedTTest([])).toBeUndefined();
    expect(pairedTTest([0.4])).toBeUndefined();
    expect(pairedTTest([0, 0, 0])).toMatchObject({ t: 0, pValue: 1, mean: 0, interval: { low: 0, high: 0 } });
    expect(pairedTTest([2, 2, 2])).toMatchObject({ t: Infinity, pValue: 0, mean: 2 });
    expect(pairedTTest([-1, -1])).toMatchObject({ t: -Infinity, pValue: 0 });
  });

  it('gives p = 1 for differences that cancel exactly', () => {
    expect(pairedTTest([-1, 1, -2, 2])!.pValue).toBe(1);
  });
});
