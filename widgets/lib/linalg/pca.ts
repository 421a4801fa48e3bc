/**
 * Principal component analysis on plain arrays, shared by the PCA figures, the
 * build-time fallbacks and the tests. No TF.js: a basis of k unit rows over d
 * values is a Float32Array of k × d, row-major, strongest component first (the
 * layout of the shipped model's pca.bin).
 */

/** A basis and the mean it is centred on. */
export interface Basis {
  readonly dim: number;
  readonly mean: ArrayLike<number>;
  /** components × dim, row-major, rows of unit length, strongest first. */
  readonly components: ArrayLike<number>;
  readonly count: number;
}

/** The coefficients of x on the first k components: z_j = u_jᵀ (x − μ). */
export function project(b: Basis, x: ArrayLike<number>, k: number): Float64Array {
  checkK(b, k);
  const z = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    const row = j * b.dim;
    for (let i = 0; i < b.dim; i++) s += (b.components[row + i] ?? 0) * ((x[i] ?? 0) - (b.mean[i] ?? 0));
    z[j] = s;
  }
  return z;
}

/** x̂ = μ + Σ_j z_j u_j, from as many coefficients as z holds (none gives the mean). */
export function reconstruct(b: Basis, z: ArrayLike<number>): Float64Array {
  checkK(b, z.length);
  const out = Float64Array.from({ length: b.dim }, (_, i) => b.mean[i] ?? 0);
  for (let j = 0; j < z.length; j++) {
    const zj = z[j] ?? 0;
    const row = j * b.dim;
    for (let i = 0; i < b.dim; i++) out[i] = (out[i] ?? 0) + zj * (b.components[row + i] ?? 0);
  }
  return out;
}

/** Mean over the d values of the squared difference: the book's per-pixel MSE. */
export function meanSquaredError(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += ((x[i] ?? 0) - (y[i] ?? 0)) ** 2;
  return s / x.length;
}

/** Running sums of the variances divided by the total: entry k − 1 is the share of the first k. */
export function cumulativeShare(variances: readonly number[], total: number): number[] {
  let s = 0;
  return variances.map((v) => (s += v) / total);
}

function checkK(b: Basis, k: number): void {
  if (!Number.isInteger(k) || k < 0 || k > b.count) {
    throw new RangeError(`pca: k must be an integer in 0..${b.count}, got ${k}`);
  }
}

/** Sample covariance (divisor n − 1) of rows of length d, and their mean. */
export function covariance(rows: readonly ArrayLike<number>[], d: number): { mean: Float64Array; cov: Float64Array } {
  const n = rows.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] = (mean[i] ?? 0) + (r[i] ?? 0) / n;
  const cov = new Float64Array(d * d);
  for (const r of rows) {
    for (let i = 0; i < d; i++) {
      const a = (r[i] ?? 0) - (mean[i] ?? 0);
      for (let j = i; j < d; j++) cov[i * d + j] = (cov[i * d + j] ?? 0) + (a * ((r[j] ?? 0) - (mean[j] ?? 0))) / (n - 1);
    }
  }
  for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) cov[i * d + j] = cov[j * d + i] ?? 0;
  return { mean, cov };
}
