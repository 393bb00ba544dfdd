/**
 * The noise share of a sensitivity analysis: how much of the variance that the indices
 * divide by is the model's own noise (the replicates' spread at fixed parameters) rather
 * than the parameters' effect.
 *
 * The estimators (sobolIndices.ts, morrisEffects.ts) take each point's mean over its
 * replicates. At a point p with n_p ≥ 2 finite replicate values of sample variance s²_p
 * (n − 1 in the denominator), the noise left in that mean is its squared standard error
 * s²_p / n_p. With V the variance of the point means over the design (population
 * variance: for Sobol, of the A and B points of the base rows used, the V of the
 * indices; for Morris, of every point with a finite mean):
 *
 *   noise share = mean over points with n_p ≥ 2 of (s²_p / n_p), divided by V.
 *
 * 0 means the point means carry no noise; about 1 (or more) means the point means vary
 * over the design no more than their noise alone would make them, and the indices
 * describe noise. It is undefined (not 0) with one replicate per point, where the noise
 * cannot be estimated, and where V is 0.
 *
 * @example
 * noiseShare([[1, 3], [5, 7]], 4); // s² = 2 at both points, s²/n = 1, so 1 / 4 = 0.25
 */
import { mean, sampleVariance } from 'simple-statistics';

/** Above this noise share the tables and the terminal warn that the indices are dominated by noise. */
export const NOISE_SHARE_WARNING = 0.1;

/** The noise share of the replicate values of each point against V (see the module's description). */
export function noiseShare(replicates: readonly (readonly number[])[], variance: number): number | undefined {
  const errors: number[] = [];
  for (const values of replicates) {
    const finite = values.filter(Number.isFinite);
    if (finite.length >= 2) errors.push(sampleVariance(finite) / finite.length);
  }
  if (errors.length === 0 || !(variance > 0)) return undefined;
  return mean(errors) / variance;
}
