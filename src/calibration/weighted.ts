/**
 * Weighted statistics of a population of particles: quantiles, the median absolute
 * deviation, effective sample size. Every sort has a tie-breaker (the index), so equal
 * inputs give equal outputs.
 *
 * @example
 * weightedQuantile([3, 1, 2], [1, 1, 1], 0.5); // 2
 * effectiveSampleSize([1, 1, 2]); // 16 / 6
 */

/**
 * The smallest value v such that the weights of values ≤ v reach the share p of the
 * total (the lower weighted quantile; with equal weights, the ⌈pn⌉-th smallest value).
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const total = weights.reduce((s, w) => s + w, 0);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i];
    if (cumulative >= p * total * (1 - 1e-12)) return values[i];
  }
  return values[order[order.length - 1]];
}

/** The median (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The scale of a target's scores: the median absolute deviation; when that is 0 (more
 * than half of the scores equal, common for 0/1 and date scores), the mean absolute
 * deviation from the median; when that is 0 too (the score never varied), 1.
 */
export function madScale(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 1;
  const m = median(finite);
  const deviations = finite.map((v) => Math.abs(v - m));
  const mad = median(deviations);
  if (mad > 0) return mad;
  const mean = deviations.reduce((s, v) => s + v, 0) / deviations.length;
  return mean > 0 ? mean : 1;
}

/** Kish's effective sample size (Σw)² / Σw². */
export function effectiveSampleSize(weights: readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const w of weights) {
    s += w;
    s2 += w * w;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}

/** Weights scaled to sum to 1. */
export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}
