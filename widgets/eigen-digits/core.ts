/**
 * The eigen-digits figure's maths on the shipped PCA model, as plain arrays
 * (the shared `widgets/lib/linalg/pca`): a digit's coefficients on the first k
 * components, its reconstruction, its error, and the variance the model
 * expects to be left after k components. The page and the tests share it.
 */
import { cumulativeShare, meanSquaredError, project, reconstruct, type Basis } from '../lib/linalg/pca';
import type { PcaHeader } from '../lib/models/pca';

export interface EigenModel extends Basis {
  /** Variances along the components (eigenvalues of the training covariance), largest first. */
  readonly variances: readonly number[];
  /** Total variance of the training digits, the sum of all 784 eigenvalues. */
  readonly totalVariance: number;
}

/** The shipped model's arrays, read once from its tensors (`PcaModel.mean`, `.basis`). */
export function eigenModel(header: PcaHeader, mean: ArrayLike<number>, components: ArrayLike<number>): EigenModel {
  return {
    dim: header.dim,
    count: header.components,
    mean: Float32Array.from(mean),
    components: Float32Array.from(components),
    variances: header.explainedVariance,
    totalVariance: header.totalVariance,
  };
}

export interface Rebuilt {
  /** The k coefficients z_j = u_jᵀ(x − μ). */
  readonly z: Float64Array;
  /** μ + Σ_{j ≤ k} z_j u_j, not clipped. */
  readonly pixels: Float64Array;
  /** Mean over the 784 pixels of the squared error. */
  readonly mse: number;
}

export function rebuild(m: EigenModel, x: ArrayLike<number>, k: number): Rebuilt {
  const z = project(m, x, k);
  const pixels = reconstruct(m, z);
  return { z, pixels, mse: meanSquaredError(x, pixels) };
}

/** Share of the total variance in the first k components, k = 1 … count. */
export function cumulative(m: Pick<EigenModel, 'variances' | 'totalVariance'>): number[] {
  return cumulativeShare(m.variances, m.totalVariance);
}

/**
 * The mean per-pixel error the model leaves on its training digits after k
 * components: the discarded variance (total minus the first k eigenvalues)
 * over the 784 pixels, times (n − 1)/n for the covariance's divisor.
 */
export function expectedMse(m: Pick<EigenModel, 'variances' | 'totalVariance' | 'dim'>, k: number, n: number): number {
  const kept = m.variances.slice(0, k).reduce((s, v) => s + v, 0);
  return ((m.totalVariance - kept) * (n - 1)) / n / m.dim;
}

/** Component j as a 784-vector (a view, not a copy). */
export function component(m: EigenModel, j: number): Float32Array {
  const c = m.components as Float32Array;
  return c.subarray(j * m.dim, (j + 1) * m.dim);
}
