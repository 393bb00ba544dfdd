/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018):
 * draw a true value from the prior, simulate data from it, calibrate to those data;
 * over many replicates, the rank of the true value in the posterior is uniform when the
 * posterior is right. With weighted particles the rank is the posterior's weighted CDF
 * at the true value, in [0, 1]; a chi-square test compares the histogram of ranks with
 * the uniform.
 *
 * @example
 * chiSquareSurvival(2 * Math.log(20), 2); // 0.05 (for 2 degrees of freedom Q = e^{-x/2})
 */

/** The weighted posterior CDF at x: the weight of particles below x (ties count half). */
export function weightedRank(values: readonly number[], weights: readonly number[], x: number): number {
  let below = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += weights[i];
    if (values[i] < x) below += weights[i];
    else if (values[i] === x) below += weights[i] / 2;
  }
  return below / total;
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), relative error below 1e-13 for x > 0
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised upper incomplete gamma function Q(a, x) (series below a + 1, continued fraction above). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return 1 - Math.exp(lead) * sum;
  }
  // Lentz's continued fraction
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(lead) * h;
}

/** P(X > x) for X chi-square with df degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

export interface RankTest {
  counts: number[];
  statistic: number;
  df: number;
  p: number;
}

/** Pearson's chi-square test of ranks in [0, 1] against the uniform, over `bins` equal bins. */
export function rankUniformityTest(ranks: readonly number[], bins: number): RankTest {
  const counts = new Array<number>(bins).fill(0);
  for (const r of ranks) counts[Math.min(bins - 1, Math.floor(r * bins))]++;
  const expected = ranks.length / bins;
  const statistic = counts.reduce((s, c) => s + ((c - expected) ** 2) / expected, 0);
  return { counts, statistic, df: bins - 1, p: chiSquareSurvival(statistic, bins - 1) };
}
