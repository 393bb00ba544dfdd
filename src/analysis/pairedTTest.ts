/**
 * Student's paired t-test, two-sided (Student 1908; e.g. R's `t.test(x, y, paired =
 * TRUE)`): on the n differences d_i with mean d̄ and sample standard deviation s
 * (n − 1 in the denominator), t = d̄ / (s / √n) with n − 1 degrees of freedom, the
 * p-value is 2·F(−|t|) with F the t distribution's CDF, and the confidence interval is
 * d̄ ± t_{(1+level)/2, n−1}·s/√n. simple-statistics has no t distribution: the CDF and
 * quantile come from @stdlib.
 *
 * Degenerate cases never give NaN: with n < 2 there is no test (`undefined`); with
 * s = 0 the differences are all equal, and the p-value is 1 when they are all 0 (no
 * difference at all) and 0 when they are not (the limit of t → ±∞: the same non-zero
 * difference in every pair); the interval is then [d̄, d̄].
 *
 * @example
 * // R's sleep data (Cushny and Peebles 1905): t = -4.0621, df = 9, p = 0.002833
 * pairedTTest([-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4]);
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Interval } from './bootstrap.js';

export interface PairedTTest {
  /** the t statistic (±Infinity when s = 0 and d̄ ≠ 0; 0 when all differences are 0) */
  t: number;
  /** degrees of freedom, n − 1 */
  df: number;
  /** two-sided p-value */
  pValue: number;
  /** mean of the differences */
  mean: number;
  /** t-based confidence interval for the mean difference */
  interval: Interval;
}

/** The paired t-test of differences (policy − baseline per pair); `undefined` when n < 2. */
export function pairedTTest(differences: readonly number[], level = 0.95): PairedTTest | undefined {
  const n = differences.length;
  if (n < 2) return undefined;
  const d = mean(differences);
  const s = sampleStandardDeviation(differences);
  const df = n - 1;
  if (s === 0) {
    const t = d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    return { t, df, pValue: d === 0 ? 1 : 0, mean: d, interval: { low: d, high: d } };
  }
  const se = s / Math.sqrt(n);
  const t = d / se;
  const pValue = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  const q = tQuantile((1 + level) / 2, df);
  return { t, df, pValue, mean: d, interval: { low: d - q * se, high: d + q * se } };
}
