/**
 * Standardised effect size of a paired comparison: Cohen's d_z (Cohen 1988, "Statistical
 * Power Analysis for the Behavioral Sciences", 2nd ed., §2.3.5; Lakens 2013, Frontiers in
 * Psychology 4: 863, eq. 6), the mean of the paired differences over their sample
 * standard deviation (n − 1 in the denominator): d_z = d̄ / s_d = t / √n.
 *
 * d_z measures the difference against the spread of the differences, which common
 * random numbers shrink: it is larger than Cohen's d_s of the same two samples taken as
 * independent, and is comparable only with other d_z. Degenerate cases: 0 when d̄ and
 * s_d are both 0; `undefined` (an empty cell) when n < 2 or when s_d = 0 and d̄ ≠ 0.
 *
 * @example
 * cohensDz([-1.2, -2.4, -1.3, -1.3, 0, -1, -1.8, -0.8, -4.6, -1.4]); // -1.2846 (R's sleep data)
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** Cohen's d_z of paired differences; `undefined` when it is not defined. */
export function cohensDz(differences: readonly number[]): number | undefined {
  if (differences.length < 2) return undefined;
  const d = mean(differences);
  const s = sampleStandardDeviation(differences);
  if (s === 0) return d === 0 ? 0 : undefined;
  return d / s;
}
