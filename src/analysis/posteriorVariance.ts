/**
 * The variance of a paired difference over posterior draws, split by the law of total
 * variance into its Monte Carlo part and its parameter part:
 *
 *   Var(D) = E_θ[Var(D | θ)] + Var_θ(E[D | θ])
 *
 * with D_dr the difference (policy − baseline) at draw d and replicate r (one seed for
 * both: common random numbers). For M draws with R_d finite replicates each, draw means
 * m_d and their grand mean m̄ (each draw weighs the same: they are resampled by weight):
 * - Monte Carlo part σ²_mc = Σ_d Σ_r (D_dr − m_d)² / Σ_d (R_d − 1), the pooled
 *   within-draw variance (the runs' own noise at fixed parameters);
 * - parameter part σ²_θ = max(0, s²_m − σ²_mc · mean_d(1/R_d)), with s²_m the sample
 *   variance of the draw means, less the Monte Carlo noise left in them (the one-way
 *   random-effects ANOVA estimator; Searle, Casella and McCulloch 1992, Variance
 *   Components, §3.5), truncated at 0.
 *
 * Two intervals at `level`, both t with M − 1 degrees of freedom:
 * - `mean`: m̄ ± t·s_m/√M, for the posterior mean of the effect (narrows as M grows);
 * - `effect`: m̄ ± t·√(σ²_θ + s²_m/M), where the effect lies given what the calibration
 *   leaves uncertain (it does not narrow below the parameter part).
 *
 * @example
 * posteriorVariance([[1, 3], [5, 7]]); // mean 4; σ²_mc 2; s²_m 8, so σ²_θ = 8 − 2/2 = 7
 */
import { mean, sampleVariance } from 'simple-statistics';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Interval } from './bootstrap.js';

export interface PosteriorVariance {
  /** draws with at least one finite difference */
  draws: number;
  /** finite differences */
  n: number;
  mean?: number;
  /** the Monte Carlo part (undefined without a draw of two replicates) */
  mcVariance?: number;
  /** the parameter part (undefined with fewer than two draws, or without the Monte Carlo part) */
  parameterVariance?: number;
  /** their sum */
  totalVariance?: number;
  /** interval of the posterior mean effect */
  meanInterval?: Interval;
  /** interval of the effect under the parameter uncertainty */
  effectInterval?: Interval;
}

export function posteriorVariance(byDraw: readonly (readonly number[])[], level = 0.95): PosteriorVariance {
  const draws = byDraw.map((xs) => xs.filter(Number.isFinite)).filter((xs) => xs.length > 0);
  const out: PosteriorVariance = { draws: draws.length, n: draws.reduce((s, xs) => s + xs.length, 0) };
  if (draws.length === 0) return out;
  const means = draws.map((xs) => mean(xs));
  out.mean = mean(means);
  let ss = 0;
  let df = 0;
  for (const [d, xs] of draws.entries()) {
    for (const x of xs) ss += (x - means[d]) ** 2;
    df += xs.length - 1;
  }
  if (df > 0) out.mcVariance = ss / df;
  if (draws.length < 2) return out;
  const s2 = sampleVariance(means);
  const t = tQuantile((1 + level) / 2, draws.length - 1);
  const se = Math.sqrt(s2 / draws.length);
  out.meanInterval = { low: out.mean - t * se, high: out.mean + t * se };
  if (out.mcVariance === undefined) return out;
  out.parameterVariance = Math.max(0, s2 - out.mcVariance * mean(draws.map((xs) => 1 / xs.length)));
  out.totalVariance = out.mcVariance + out.parameterVariance;
  const half = t * Math.sqrt(out.parameterVariance + s2 / draws.length);
  out.effectInterval = { low: out.mean - half, high: out.mean + half };
  return out;
}
