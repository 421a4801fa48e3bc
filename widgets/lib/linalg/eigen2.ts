/**
 * The eigen-decomposition of a symmetric 2 × 2 matrix [[a, b], [b, c]] in
 * closed form, and PCA of points in the plane built on it.
 */
import { covariance } from './pca';

export type Vec2 = readonly [number, number];

export interface Eigen2 {
  /** λ₁ ≥ λ₂. */
  readonly values: readonly [number, number];
  /** Unit eigenvectors, in the order of the values; the first has a non-negative x (or, if 0, y). */
  readonly vectors: readonly [Vec2, Vec2];
}

export function eigenSym2(a: number, b: number, c: number): Eigen2 {
  const mid = (a + c) / 2;
  const r = Math.hypot((a - c) / 2, b);
  const l1 = mid + r;
  const l2 = mid - r;
  // The angle θ of the first axis satisfies tan 2θ = 2b / (a − c); atan2 picks the larger root.
  const theta = 0.5 * Math.atan2(2 * b, a - c);
  let u: Vec2 = [Math.cos(theta), Math.sin(theta)];
  if (u[0] < 0 || (u[0] === 0 && u[1] < 0)) u = [-u[0], -u[1]];
  return { values: [l1, l2], vectors: [u, [-u[1], u[0]]] };
}

export interface Pca2 extends Eigen2 {
  readonly mean: Vec2;
  /** Sample covariance entries (divisor n − 1): var x, cov xy, var y. */
  readonly cov: readonly [number, number, number];
  /** λ₁ / (λ₁ + λ₂). */
  readonly share1: number;
}

export function pca2(points: readonly Vec2[]): Pca2 {
  const { mean, cov } = covariance(points, 2);
  const [a, b, c] = [cov[0] ?? 0, cov[1] ?? 0, cov[3] ?? 0];
  const e = eigenSym2(a, b, c);
  const total = e.values[0] + e.values[1];
  return { ...e, mean: [mean[0] ?? 0, mean[1] ?? 0], cov: [a, b, c], share1: total > 0 ? e.values[0] / total : 0 };
}

export interface Projection2 {
  /** Each point's foot on the first axis through the mean. */
  readonly feet: readonly Vec2[];
  /** Sum of the squared distances from the points to their feet. */
  readonly totalSquaredError: number;
  /** That sum divided by n − 1: equal to λ₂, the variance left out. */
  readonly residualVariance: number;
}

/** Orthogonal projection of every point onto the line through `mean` along unit `u`. */
export function projectOnAxis(points: readonly Vec2[], mean: Vec2, u: Vec2): Projection2 {
  let total = 0;
  const feet = points.map(([x, y]): Vec2 => {
    const t = (x - mean[0]) * u[0] + (y - mean[1]) * u[1];
    const f: Vec2 = [mean[0] + t * u[0], mean[1] + t * u[1]];
    total += (x - f[0]) ** 2 + (y - f[1]) ** 2;
    return f;
  });
  return { feet, totalSquaredError: total, residualVariance: points.length > 1 ? total / (points.length - 1) : 0 };
}
