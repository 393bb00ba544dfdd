/**
 * Summaries of a weighted posterior population: per parameter the weighted mean, sd
 * and quantiles, and the weighted correlation of every pair of parameters.
 *
 * @example
 * const s = summarisePosterior([{ theta: [1], weight: 0.5 }, { theta: [3], weight: 0.5 }], ['x']);
 * s.parameters[0].mean; // 2
 */
import { weightedCovariance, weightedMean } from './linalg.js';
import { weightedQuantile } from './weighted.js';

export const POSTERIOR_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface ParameterSummary {
  path: string;
  mean: number;
  sd: number;
  /** at POSTERIOR_QUANTILES */
  quantiles: number[];
  median: number;
}

export interface PosteriorSummary {
  parameters: ParameterSummary[];
  /** correlation[a][b] */
  correlation: number[][];
}

export function summarisePosterior(particles: readonly { theta: readonly number[]; weight: number }[], paths: readonly string[]): PosteriorSummary {
  const thetas = particles.map((p) => p.theta);
  const weights = particles.map((p) => p.weight);
  if (particles.length === 0) return { parameters: paths.map((path) => ({ path, mean: NaN, sd: NaN, quantiles: POSTERIOR_QUANTILES.map(() => NaN), median: NaN })), correlation: [] };
  const mean = weightedMean(thetas, weights);
  const cov = weightedCovariance(thetas, weights);
  const parameters = paths.map((path, k) => {
    const values = thetas.map((t) => t[k]);
    const quantiles = POSTERIOR_QUANTILES.map((q) => weightedQuantile(values, weights, q));
    return { path, mean: mean[k], sd: Math.sqrt(cov[k][k]), quantiles, median: quantiles[2] };
  });
  const correlation = cov.map((row, a) => row.map((v, b) => (cov[a][a] > 0 && cov[b][b] > 0 ? v / Math.sqrt(cov[a][a] * cov[b][b]) : a === b ? 1 : 0)));
  return { parameters, correlation };
}
