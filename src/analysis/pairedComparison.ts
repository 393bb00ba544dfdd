/**
 * One paired comparison of a policy with the baseline on one indicator: the pairs
 * (pairing.ts), the mean of the paired differences, its percentile-bootstrap interval,
 * the paired t-test's p-value, Cohen's d_z, the verdict against the band, and the gain
 * of common random numbers: the width of an unpaired bootstrap interval on the same
 * runs over the width of the paired one.
 *
 * Randomness: the paired bootstrap draws from `createStream(seed, '<stream>/paired')`
 * and the unpaired one from `'<stream>/unpaired'`, so each comparison's interval depends
 * only on its own runs, its name and the seed: asking for more indicators or policies
 * changes no other row.
 *
 * With n < 2 pairs there is no interval, test or effect size (`undefined`), and the
 * verdict is `within-band`.
 *
 * @example
 * comparePaired(baselineByKey, policyByKey, { seed: 1, stream: 'compare/withdrawal/mean_effort', resamples: 2000, level: 0.95, band: 0 });
 */
import { mean, sampleCorrelation, sampleVariance } from 'simple-statistics';
import { createStream } from '../engine/random.js';
import { pairedBootstrapInterval, unpairedBootstrapInterval, type Interval } from './bootstrap.js';
import { cohensDz } from './effectSize.js';
import { pairedTTest } from './pairedTTest.js';
import { pairRuns } from './pairing.js';
import { verdict, type Verdict } from './verdict.js';

export interface ComparisonOptions {
  /** seed of the bootstrap streams */
  seed: number;
  /** name of this comparison's streams (e.g. `compare/<policy>/<baseline>/<indicator>/<at>`) */
  stream: string;
  /** bootstrap resamples B */
  resamples: number;
  /** interval coverage, e.g. 0.95 */
  level: number;
  /** practical-significance band b >= 0, in the indicator's units */
  band: number;
}

export interface Comparison {
  /** number of pairs */
  n: number;
  /** runs without a partner (or with a non-finite value) on either side */
  dropped: number;
  meanBaseline?: number;
  meanPolicy?: number;
  /** mean of policy − baseline over the pairs */
  meanDiff?: number;
  /** paired percentile-bootstrap interval of meanDiff */
  interval?: Interval;
  /** two-sided paired t-test */
  pValue?: number;
  /** Cohen's d_z */
  effectSize?: number;
  verdict: Verdict;
  /** unpaired percentile-bootstrap interval of the same difference of means */
  unpairedInterval?: Interval;
  /** unpaired width / paired width (undefined when the paired width is 0) */
  varianceReduction?: number;
  /**
   * Pearson correlation of the paired values, which sets the gain of pairing: with equal
   * variances the ratio of widths is about 1 / sqrt(1 - r). Undefined when a side does
   * not vary; then pairing cannot narrow the interval at all.
   */
  correlation?: number;
  /** one side takes the same value in every pair (e.g. no partners under policing-only) */
  constantSide: boolean;
}

export function comparePaired(baseline: ReadonlyMap<string, number>, policy: ReadonlyMap<string, number>, options: ComparisonOptions): Comparison {
  const pairs = pairRuns(baseline, policy);
  const n = pairs.keys.length;
  if (n === 0) return { n, dropped: pairs.dropped, verdict: 'within-band', constantSide: false };
  const result: Comparison = {
    n,
    dropped: pairs.dropped,
    meanBaseline: mean(pairs.baseline),
    meanPolicy: mean(pairs.policy),
    meanDiff: mean(pairs.differences),
    verdict: 'within-band',
    constantSide: false,
  };
  if (n < 2) return result;
  const varies = (xs: readonly number[]) => sampleVariance(xs as number[]) > 0;
  result.constantSide = !varies(pairs.baseline) || !varies(pairs.policy);
  if (!result.constantSide) result.correlation = sampleCorrelation(pairs.baseline as number[], pairs.policy as number[]);
  const boot = { resamples: options.resamples, level: options.level };
  result.interval = pairedBootstrapInterval(pairs.differences, { ...boot, random: createStream(options.seed, `${options.stream}/paired`).next });
  result.unpairedInterval = unpairedBootstrapInterval(pairs.baseline, pairs.policy, { ...boot, random: createStream(options.seed, `${options.stream}/unpaired`).next });
  result.pValue = pairedTTest(pairs.differences, options.level)?.pValue;
  result.effectSize = cohensDz(pairs.differences);
  result.verdict = verdict(result.interval, options.band);
  const paired = result.interval ? result.interval.high - result.interval.low : undefined;
  const unpaired = result.unpairedInterval ? result.unpairedInterval.high - result.unpairedInterval.low : undefined;
  if (paired !== undefined && unpaired !== undefined && paired > 0) result.varianceReduction = unpaired / paired;
  return result;
}

/** The width of an interval, or undefined. */
export function width(interval: Interval | undefined): number | undefined {
  return interval ? interval.high - interval.low : undefined;
}
