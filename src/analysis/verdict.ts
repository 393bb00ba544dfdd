/**
 * The verdict of a comparison against a practical-significance band, as in Mesa's
 * benchmarks/compare_timings.py, made consistent with the control of multiplicity.
 * With band b ≥ 0 (in the indicator's units; default 0), the paired t interval
 * [low, high] of the difference policy − baseline at the chosen level (1 − α), and the
 * p-value of the paired t-test after adjustment for the family of comparisons
 * (multiplicity.ts; the unadjusted p when nothing is adjusted):
 *
 * - `insufficient` when there are fewer pairs than the minimum (DEFAULT_MIN_PAIRS):
 *   nothing is tested;
 * - `higher` when the adjusted p < α and low > b: the adjusted test rejects "no
 *   difference" and the whole interval lies above the band;
 * - `lower` when the adjusted p < α and high < −b;
 * - `within-band` otherwise: the difference is not shown to exceed the band (it may lie
 *   inside it, or the data cannot tell).
 *
 * A t interval that excludes 0 is the same event as an unadjusted p < α, so with
 * `--adjust none` and b = 0 this is the usual "the interval excludes 0" reading; an
 * adjustment only ever turns a higher or lower verdict into within-band.
 *
 * @example
 * verdict({ low: 0.09, high: 0.15 }, 0.05, 0.001, 0.05); // 'higher'
 * verdict({ low: 0.09, high: 0.15 }, 0, 0.2, 0.05);      // 'within-band': the adjusted test does not reject
 * verdict({ low: -0.02, high: 0.15 }, 0);                // 'within-band'
 */
import type { Interval } from './bootstrap.js';

export const VERDICTS = ['higher', 'lower', 'within-band', 'insufficient'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Fewest pairs for a verdict (assumption): below about 10 pairs the t interval's
 * coverage rests on the differences being close to Normal, which so few pairs cannot
 * show, and a real difference is rarely detected; `--min-pairs` changes it.
 */
export const DEFAULT_MIN_PAIRS = 10;

/**
 * The verdict of an interval against the band, given the (adjusted) p-value and α; with
 * `pAdjusted` undefined only the interval is read (no test to agree with).
 */
export function verdict(interval: Interval | undefined, band = 0, pAdjusted?: number, alpha = 0.05): Verdict {
  if (!(band >= 0) || !Number.isFinite(band)) throw new Error(`verdict: the band must be a finite number >= 0, got ${band}`);
  if (!interval) return 'within-band';
  if (pAdjusted !== undefined && !(pAdjusted < alpha)) return 'within-band';
  if (interval.low > band) return 'higher';
  if (interval.high < -band) return 'lower';
  return 'within-band';
}
