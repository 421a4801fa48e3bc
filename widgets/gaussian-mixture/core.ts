/**
 * A 2-D Gaussian mixture, p(x) = Σ_k w_k N(x; μ_k, Σ_k): the two faces of a
 * probability model, a sampler and a scorer. Pure math, no DOM.
 */
import { mulberry32, normalSampler } from '../lib/rng';

export type Vec2 = readonly [number, number];

export interface Gaussian {
  weight: number;
  mean: Vec2;
  /** Covariance [σxx, σxy, σyy]; must be positive definite. */
  cov: readonly [number, number, number];
}

export type Mixture = readonly Gaussian[];

export const PRESETS = {
  one: {
    label: 'One correlated Gaussian',
    mixture: [{ weight: 1, mean: [0, 0], cov: [1.5, 0.9, 1] }],
  },
  two: {
    label: 'Two clusters',
    mixture: [
      { weight: 0.5, mean: [-2, -0.5], cov: [0.8, 0, 0.8] },
      { weight: 0.5, mean: [2, 1], cov: [0.8, 0, 0.8] },
    ],
  },
  three: {
    label: 'Three clusters of different shapes',
    mixture: [
      { weight: 0.5, mean: [-1.5, 1.5], cov: [1.6, -0.8, 0.9] },
      { weight: 0.3, mean: [2.2, 1.8], cov: [0.25, 0, 0.25] },
      { weight: 0.2, mean: [0.5, -2.5], cov: [2.5, 0.3, 0.2] },
    ],
  },
} as const satisfies Record<string, { label: string; mixture: Mixture }>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** The plotted window: [-5, 5] × [-5, 5]. */
export const EXTENT = 5;

const LOG_2PI = Math.log(2 * Math.PI);

/** log N(x; μ, Σ) in two dimensions. */
export function logGaussian(g: Gaussian, x: Vec2): number {
  const [a, b, c] = g.cov;
  const det = a * c - b * b;
  const dx = x[0] - g.mean[0];
  const dy = x[1] - g.mean[1];
  // (x−μ)ᵀ Σ⁻¹ (x−μ) with Σ⁻¹ = [[c, −b], [−b, a]] / det
  const maha = (c * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
  return -LOG_2PI - 0.5 * Math.log(det) - 0.5 * maha;
}

/** log of w_k N(x; μ_k, Σ_k) for each component. */
export function logJoint(mix: Mixture, x: Vec2): number[] {
  return mix.map((g) => Math.log(g.weight) + logGaussian(g, x));
}

/** log Σ exp(v), without overflow or underflow. */
export function logSumExp(values: readonly number[]): number {
  const m = Math.max(...values);
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (const v of values) s += Math.exp(v - m);
  return m + Math.log(s);
}

export function logDensity(mix: Mixture, x: Vec2): number {
  return logSumExp(logJoint(mix, x));
}

/** r_k(x) = w_k N(x; μ_k, Σ_k) / p(x): how much each component explains x. */
export function responsibilities(mix: Mixture, x: Vec2): number[] {
  const lj = logJoint(mix, x);
  const lp = logSumExp(lj);
  return lj.map((v) => Math.exp(v - lp));
}

export interface Sample {
  x: number;
  y: number;
  /** The component that produced it. */
  k: number;
}

/** Ancestral sampling: pick k with probability w_k, then x = μ_k + L_k ε with Σ_k = L_k L_kᵀ. */
export function sample(mix: Mixture, n: number, seed: number): Sample[] {
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const u = uniform();
    let k = 0;
    let acc = mix[0]?.weight ?? 1;
    while (u > acc && k < mix.length - 1) acc += mix[++k]?.weight ?? 0;
    const g = mix[k];
    if (!g) throw new Error('empty mixture');
    const [a, b, c] = g.cov;
    // Cholesky of [[a, b], [b, c]]: L = [[l11, 0], [l21, l22]]
    const l11 = Math.sqrt(a);
    const l21 = b / l11;
    const l22 = Math.sqrt(c - l21 * l21);
    const e1 = normal();
    const e2 = normal();
    out.push({ x: g.mean[0] + l11 * e1, y: g.mean[1] + l21 * e1 + l22 * e2, k });
  }
  return out;
}

/** The mean of log p over points: a Monte Carlo estimate of −H(p) when they are p's own samples. */
export function meanLogDensity(mix: Mixture, points: readonly Sample[]): number {
  if (points.length === 0) return NaN;
  let s = 0;
  for (const p of points) s += logDensity(mix, [p.x, p.y]);
  return s / points.length;
}
