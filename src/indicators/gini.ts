/**
 * The Gini coefficient of non-negative values: 0 when all are equal, towards 1 when
 * one holds everything. Negative values are counted as 0; fewer than two values, or a
 * zero total, give 0.
 *
 * @example gini([1, 1, 1]) === 0; gini([0, 0, 1]) === 2 / 3
 */
export function gini(values: readonly number[]): number {
  const x = values.map((v) => (v > 0 ? v : 0)).sort((a, b) => a - b);
  const n = x.length;
  const total = x.reduce((a, b) => a + b, 0);
  if (n < 2 || total <= 0) return 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * x[i];
  // Rounding can leave -1e-16 for equal values: a Gini is never negative.
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}
