/**
 * The upper tail of the binomial distribution, P(X ≥ k) for X ~ Binomial(n, p), summed
 * term by term in log space (log-gamma by Lanczos' approximation, g = 7, n = 9), so that
 * tails far below 1e-300 underflow to 0 rather than to rubbish. Exact at the ends:
 * P(X ≥ 0) = 1, P(X ≥ n + 1) = 0, p = 0 or 1 handled without logarithms.
 *
 * @example
 * binomialUpperTail(1, 3, 0.5); // 0.875 = 1 - 0.5^3
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k] / (z + k);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≥ k), X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  const lnN = logGamma(n + 1);
  const logs: number[] = [];
  for (let i = k; i <= n; i++) logs.push(lnN - logGamma(i + 1) - logGamma(n - i + 1) + i * lp + (n - i) * lq);
  const top = Math.max(...logs);
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - top);
  return Math.min(1, Math.exp(top) * sum);
}
