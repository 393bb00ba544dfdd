/**
 * The Gini coefficient of non-negative values (negative values count as 0), in the
 * form G = 2·Σ i·x_(i) / (n·Σ x) − (n + 1)/n over the values sorted increasingly
 * (i = 1 … n), which is the mean absolute difference over all ordered pairs, i = j
 * included, divided by twice the mean. It is 0 when all values are equal and
 * (n − 1)/n when one of n holds everything.
 *
 * Undefined (NaN, an empty cell in the tables) with fewer than two values: inequality
 * among fewer than two partners is not perfect equality, and reading it as 0 would
 * make "no partners" look like the most equal outcome. Two or more values that are all
 * 0 are equal (nothing each): 0.
 *
 * @example gini([1, 1, 1]) === 0; gini([0, 0, 1]) === 2 / 3; Number.isNaN(gini([5]))
 */
export function gini(values: readonly number[]): number {
  const x = values.map((v) => (v > 0 ? v : 0)).sort((a, b) => a - b);
  const n = x.length;
  if (n < 2) return NaN;
  const total = x.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) weighted += (i + 1) * x[i];
  // Rounding can leave -1e-16 for equal values: a Gini is never negative.
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}
