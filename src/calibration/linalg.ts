/**
 * The small linear algebra of a multivariate normal kernel: weighted covariance,
 * Cholesky factor, and the log density. Matrices are arrays of rows.
 *
 * @example
 * cholesky([[4, 2], [2, 3]]); // [[2, 0], [1, 1.414…]]
 */

export type Matrix = number[][];

/** The weighted mean of the rows of xs (weights need not sum to 1). */
export function weightedMean(xs: readonly (readonly number[])[], weights: readonly number[]): number[] {
  const d = xs[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    total += weights[i];
    for (let k = 0; k < d; k++) mean[k] += weights[i] * xs[i][k];
  }
  return mean.map((m) => m / total);
}

/** The weighted covariance Σ w_i (x_i − m)(x_i − m)ᵀ / Σ w_i (no bias correction). */
export function weightedCovariance(xs: readonly (readonly number[])[], weights: readonly number[]): Matrix {
  const d = xs[0]?.length ?? 0;
  const mean = weightedMean(xs, weights);
  const cov: Matrix = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    total += weights[i];
    for (let a = 0; a < d; a++) {
      const da = xs[i][a] - mean[a];
      for (let b = 0; b <= a; b++) cov[a][b] += weights[i] * da * (xs[i][b] - mean[b]);
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      cov[a][b] /= total;
      cov[b][a] = cov[a][b];
    }
  }
  return cov;
}

/**
 * The lower-triangular L with L Lᵀ = A, for a symmetric positive definite A. A matrix
 * that is only semi-definite (a parameter that does not vary) gets a small ridge on its
 * diagonal, relative to its largest diagonal element, until it factors.
 */
export function cholesky(a: Matrix): Matrix {
  const d = a.length;
  const largest = Math.max(...a.map((row, k) => Math.abs(row[k])), 1e-300);
  for (let ridge = 0; ridge <= 1e-3 * largest; ridge = ridge === 0 ? 1e-12 * largest : ridge * 10) {
    const l: Matrix = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    let ok = true;
    for (let i = 0; i < d && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = a[i][j] + (i === j ? ridge : 0);
        for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    if (ok) return l;
  }
  throw new Error('covariance matrix is not positive definite');
}

/** x = mean + L z. */
export function affine(mean: readonly number[], l: Matrix, z: readonly number[]): number[] {
  return mean.map((m, i) => {
    let s = m;
    for (let k = 0; k <= i; k++) s += l[i][k] * z[k];
    return s;
  });
}

/** log |Σ| from its Cholesky factor. */
export function logDeterminant(l: Matrix): number {
  let s = 0;
  for (let i = 0; i < l.length; i++) s += 2 * Math.log(l[i][i]);
  return s;
}

/** The squared Mahalanobis distance (x − m)ᵀ Σ⁻¹ (x − m), by forward substitution on L. */
export function mahalanobis2(x: readonly number[], m: readonly number[], l: Matrix): number {
  const d = x.length;
  const y = new Array<number>(d);
  let s = 0;
  for (let i = 0; i < d; i++) {
    let v = x[i] - m[i];
    for (let k = 0; k < i; k++) v -= l[i][k] * y[k];
    y[i] = v / l[i][i];
    s += y[i] * y[i];
  }
  return s;
}
