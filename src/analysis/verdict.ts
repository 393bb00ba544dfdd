/**
 * The three-way verdict of a comparison against a practical-significance band, as in
 * Mesa's benchmarks/compare_timings.py: with band b ≥ 0 (in the indicator's units;
 * default 0) and the interval [low, high] of the difference policy − baseline,
 *
 * - `higher` when low > b: the whole interval lies above the band;
 * - `lower` when high < −b: the whole interval lies below it;
 * - `within-band` otherwise: the difference is not shown to exceed the band (it may be
 *   inside it, or the interval may be too wide to tell). Without an interval (n < 2) the
 *   verdict is `within-band` too: nothing is shown.
 *
 * With b = 0 this is the usual "the interval excludes 0" reading.
 *
 * @example
 * verdict({ low: 0.09, high: 0.15 }, 0.05); // 'higher'
 * verdict({ low: -0.02, high: 0.15 }, 0);   // 'within-band'
 */
import type { Interval } from './bootstrap.js';

export const VERDICTS = ['higher', 'lower', 'within-band'] as const;
export type Verdict = (typeof VERDICTS)[number];

export function verdict(interval: Interval | undefined, band = 0): Verdict {
  if (!(band >= 0) || !Number.isFinite(band)) throw new Error(`verdict: the band must be a finite number >= 0, got ${band}`);
  if (!interval) return 'within-band';
  if (interval.low > band) return 'higher';
  if (interval.high < -band) return 'lower';
  return 'within-band';
}
