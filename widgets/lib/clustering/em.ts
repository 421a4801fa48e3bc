/**
 * EM for a mixture of k Gaussians with full covariances in two dimensions
 * [Dempster, Laird & Rubin 1977]. The M-step maximises over covariances whose
 * eigenvalues are at least a floor, which keeps a component from collapsing
 * onto one point and keeps every step from lowering the log-likelihood.
 */
import { kmeansPlusPlusInit } from './kmeans';
import type { Points } from './points';

export interface Component {
  weight: number;
  mean: readonly [number, number];
  /** Covariance [σxx, σxy, σyy]. */
  cov: readonly [number, number, number];
}

export type Mixture2 = readonly Component[];

/** The smallest eigenvalue a covariance may have, in squared data units. */
export const COV_FLOOR = 1e-3;

const LOG_2PI = Math.log(2 * Math.PI);

/** log N(x; μ, Σ) in two dimensions. */
export function logGaussian2(c: Component, x: number, y: number): number {
  const [a, b, d] = c.cov;
  const det = a * d - b * b;
  const dx = x - c.mean[0];
  const dy = y - c.mean[1];
  const maha = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
  return -LOG_2PI - 0.5 * Math.log(det) - 0.5 * maha;
}

function check2d(X: Points): void {
  if (X.d !== 2) throw new Error(`EM here fits 2-d points, not ${X.d}-d.`);
}

export interface EStep {
  /** Responsibilities r_ik, row-major n × k; each row sums to 1. */
  resp: Float64Array;
  /** The log-likelihood Σ_i log Σ_k w_k N(x_i; μ_k, Σ_k) of the mixture it was computed for. */
  logLik: number;
}

/** The E-step: every point's responsibilities under the mixture, and the mixture's log-likelihood. */
export function eStep(X: Points, mix: Mixture2): EStep {
  check2d(X);
  const k = mix.length;
  const resp = new Float64Array(X.n * k);
  const logs = new Float64Array(k);
  let logLik = 0;
  for (let i = 0; i < X.n; i++) {
    const x = X.data[2 * i] as number;
    const y = X.data[2 * i + 1] as number;
    let max = -Infinity;
    for (let c = 0; c < k; c++) {
      const comp = mix[c]!;
      const v = comp.weight > 0 ? Math.log(comp.weight) + logGaussian2(comp, x, y) : -Infinity;
      logs[c] = v;
      if (v > max) max = v;
    }
    // log-sum-exp, so that far-away points do not underflow to 0.
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp((logs[c] as number) - max);
    const logP = max + Math.log(sum);
    logLik += logP;
    for (let c = 0; c < k; c++) resp[i * k + c] = Math.exp((logs[c] as number) - logP);
  }
  return { resp, logLik };
}

/** A symmetric 2 × 2 matrix with its eigenvalues raised to at least `floor`. */
export function floorCov(a: number, b: number, d: number, floor = COV_FLOOR): [number, number, number] {
  const mid = (a + d) / 2;
  const rad = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const l1 = mid + rad;
  const l2 = mid - rad;
  if (l2 >= floor) return [a, b, d];
  // Eigenvector of l1: (b, l1 − a), or an axis when the matrix is diagonal.
  let ux = b;
  let uy = l1 - a;
  const norm = Math.hypot(ux, uy);
  if (norm < 1e-12) [ux, uy] = a >= d ? [1, 0] : [0, 1];
  else [ux, uy] = [ux / norm, uy / norm];
  const m1 = Math.max(l1, floor);
  const m2 = Math.max(l2, floor);
  // Σ = m1 u uᵀ + m2 v vᵀ with v ⟂ u.
  return [m1 * ux * ux + m2 * uy * uy, (m1 - m2) * ux * uy, m1 * uy * uy + m2 * ux * ux];
}

/**
 * The M-step: weights, means and covariances from the responsibilities. A
 * component with no responsibility at all keeps its mean and covariance, with weight 0.
 */
export function mStep(X: Points, resp: Float64Array, previous: Mixture2, floor = COV_FLOOR): Component[] {
  check2d(X);
  const k = previous.length;
  const out: Component[] = [];
  for (let c = 0; c < k; c++) {
    let nk = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < X.n; i++) {
      const r = resp[i * k + c] as number;
      nk += r;
      sx += r * (X.data[2 * i] as number);
      sy += r * (X.data[2 * i + 1] as number);
    }
    if (nk < 1e-12) {
      out.push({ ...previous[c]!, weight: 0 });
      continue;
    }
    const mx = sx / nk;
    const my = sy / nk;
    let a = 0;
    let b = 0;
    let d = 0;
    for (let i = 0; i < X.n; i++) {
      const r = resp[i * k + c] as number;
      const dx = (X.data[2 * i] as number) - mx;
      const dy = (X.data[2 * i + 1] as number) - my;
      a += r * dx * dx;
      b += r * dx * dy;
      d += r * dy * dy;
    }
    out.push({ weight: nk / X.n, mean: [mx, my], cov: floorCov(a / nk, b / nk, d / nk, floor) });
  }
  return out;
}

/**
 * A starting mixture: means seeded by k-means++, equal weights, and every
 * covariance the data's own variance per axis times the identity (floored).
 */
export function initMixture(X: Points, k: number, seed: number): Component[] {
  check2d(X);
  const centres = kmeansPlusPlusInit(X, k, seed);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < X.n; i++) {
    mx += X.data[2 * i] as number;
    my += X.data[2 * i + 1] as number;
  }
  mx /= Math.max(1, X.n);
  my /= Math.max(1, X.n);
  let v = 0;
  for (let i = 0; i < X.n; i++) v += ((X.data[2 * i] as number) - mx) ** 2 + ((X.data[2 * i + 1] as number) - my) ** 2;
  const s = Math.max(COV_FLOOR, v / Math.max(1, 2 * X.n));
  return Array.from({ length: k }, (_, c) => ({
    weight: 1 / k,
    mean: [centres[2 * c] as number, centres[2 * c + 1] as number] as const,
    cov: [s, 0, s] as const,
  }));
}

export interface EmStep {
  /** The mixture after this many M-steps (0: the starting mixture). */
  mixture: Mixture2;
  /** Its responsibilities and log-likelihood. */
  resp: Float64Array;
  logLik: number;
}

/** EM from `initMixture(X, k, seed)`: the starting mixture, then one entry per E-and-M iteration. */
export function emTrace(X: Points, k: number, seed: number, iterations: number, floor = COV_FLOOR): EmStep[] {
  let mixture: Mixture2 = initMixture(X, k, seed);
  let e = eStep(X, mixture);
  const out: EmStep[] = [{ mixture, resp: e.resp, logLik: e.logLik }];
  for (let t = 0; t < iterations; t++) {
    mixture = mStep(X, e.resp, mixture, floor);
    e = eStep(X, mixture);
    out.push({ mixture, resp: e.resp, logLik: e.logLik });
  }
  return out;
}

/** The component of highest weighted density at (x, y): the maximum-likelihood cluster of a new point. */
export function mostLikely(mix: Mixture2, x: number, y: number): number {
  let best = 0;
  let bestV = -Infinity;
  mix.forEach((c, i) => {
    const v = c.weight > 0 ? Math.log(c.weight) + logGaussian2(c, x, y) : -Infinity;
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  });
  return best;
}
