/**
 * The change-of-variables formula in one dimension: push a base density p_X
 * through a monotone bijection f and get p_Y(y) = p_X(f⁻¹(y)) · |d f⁻¹/dy|.
 * Pure math, no DOM: the formula, its numerical mass, seeded samples and the
 * histogram they make, and how far that histogram is from the formula.
 */
import { roundTo } from '../lib/format';
import { mulberry32, normalSampler } from '../lib/rng';
import type { Bijection, Knot, MapSpec } from './maps';

export type { Bijection, Knot, MapSpec } from './maps';
export { makeBijection, knotSlopes, validKnots, MIN_KNOT_GAP } from './maps';

export type BaseName = 'normal' | 'uniform';
export const BASE_NAMES: readonly BaseName[] = ['normal', 'uniform'];

export interface BaseDensity {
  label: string;
  /** Its name in formulas, e.g. N(0, 1). */
  symbol: string;
  pdf(x: number): number;
  draw(uniform: () => number, normal: () => number): number;
  /** Where (almost) all the mass is: all of it for the uniform, ±9σ for the normal. */
  support: readonly [number, number];
  /** The part of the x axis to picture: ±3σ for the normal. */
  view: readonly [number, number];
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** U(−2, 2): the same centre as the normal, with a visible flat top. */
const UNIFORM_HALF_WIDTH = 2;

export const BASES: Record<BaseName, BaseDensity> = {
  normal: {
    label: 'Standard normal N(0, 1)',
    symbol: 'N(0, 1)',
    pdf: (x) => INV_SQRT_2PI * Math.exp(-0.5 * x * x),
    draw: (_u, n) => n(),
    support: [-9, 9],
    view: [-3, 3],
  },
  uniform: {
    label: 'Uniform U(−2, 2)',
    symbol: 'U(−2, 2)',
    pdf: (x) => (Math.abs(x) <= UNIFORM_HALF_WIDTH ? 1 / (2 * UNIFORM_HALF_WIDTH) : 0),
    draw: (u) => (2 * u() - 1) * UNIFORM_HALF_WIDTH,
    support: [-UNIFORM_HALF_WIDTH, UNIFORM_HALF_WIDTH],
    view: [-UNIFORM_HALF_WIDTH, UNIFORM_HALF_WIDTH],
  },
};

export type PresetName = 'affine' | 'exp' | 'sinh' | 'bumps' | 'custom';
export const PRESET_NAMES: readonly PresetName[] = ['affine', 'exp', 'sinh', 'bumps', 'custom'];
export const PRESET_LABELS: Record<PresetName, string> = {
  affine: 'Affine: a·x + b',
  exp: 'Exponential: eˣ',
  sinh: 'Hyperbolic sine: sinh x',
  bumps: 'Spline: two bumps',
  custom: 'Spline: your knots',
};

/** Steep in the middle, flat on either side: the normal's central mass is spread thin, its flanks piled up. */
export const BUMPS_KNOTS: readonly Knot[] = [
  { x: -3, y: -2.5 },
  { x: -0.5, y: -1.4 },
  { x: 0, y: 0 },
  { x: 0.5, y: 1.4 },
  { x: 3, y: 2.5 },
];

/** Where the draggable knots sit on a preset that is not a spline. */
export const KNOT_XS = [-2, -1, 0, 1, 2] as const;

export function mapSpec(preset: PresetName, a: number, b: number, knots: readonly Knot[]): MapSpec {
  switch (preset) {
    case 'affine':
      return { kind: 'affine', a, b };
    case 'exp':
      return { kind: 'exp' };
    case 'sinh':
      return { kind: 'sinh' };
    case 'bumps':
      return { kind: 'spline', knots: BUMPS_KNOTS };
    case 'custom':
      return { kind: 'spline', knots };
  }
}

/** The knots to draw (and to start from when the reader drags one). */
export function knotsOf(spec: MapSpec, f: Bijection): Knot[] {
  if (spec.kind === 'spline') return spec.knots.map((k) => ({ ...k }));
  return KNOT_XS.map((x) => ({ x, y: roundTo(f.forward(x), 2) }));
}

/** p_Y(y) = p_X(f⁻¹(y)) · |d f⁻¹/dy|, with d f⁻¹/dy = 1 / f′(f⁻¹(y)). */
export function pushforwardPdf(base: BaseDensity, f: Bijection, y: number): number {
  if (y <= f.range[0] || y >= f.range[1]) return 0; // outside the image of f: no x maps there
  const x = f.inverse(y);
  const px = base.pdf(x);
  return px === 0 ? 0 : px / f.derivative(x);
}

/** log |d f⁻¹/dy| at y: the log-determinant term of a flow, in one dimension. */
export function logDetInverse(f: Bijection, y: number): number {
  return -Math.log(f.derivative(f.inverse(y)));
}

// 8-point Gauss–Legendre nodes and weights on [−1, 1].
const GL_NODES = [
  -0.9602898564975363, -0.7966664774136267, -0.525532409916329, -0.1834346424956498, 0.1834346424956498, 0.525532409916329,
  0.7966664774136267, 0.9602898564975363,
];
const GL_WEIGHTS = [
  0.1012285362903763, 0.2223810344533745, 0.3137066458778873, 0.362683783378362, 0.362683783378362, 0.3137066458778873,
  0.2223810344533745, 0.1012285362903763,
];

function gaussLegendre(g: (y: number) => number, a: number, b: number): number {
  const mid = (a + b) / 2;
  const half = (b - a) / 2;
  let s = 0;
  for (let j = 0; j < GL_NODES.length; j++) s += GL_WEIGHTS[j]! * g(mid + half * GL_NODES[j]!);
  return s * half;
}

/** Halve a piece until its two halves agree with the whole (or 14 halvings deep): sharp peaks get more nodes. */
function adaptive(g: (y: number) => number, a: number, b: number, whole: number, depth: number): number {
  const mid = (a + b) / 2;
  const left = gaussLegendre(g, a, mid);
  const right = gaussLegendre(g, mid, b);
  if (depth >= 14 || Math.abs(left + right - whole) < 1e-10) return left + right;
  return adaptive(g, a, mid, left, depth + 1) + adaptive(g, mid, b, right, depth + 1);
}

/** ∫ g over [lo, hi], split at `breaks` (where g may kink or jump), adaptive Gauss–Legendre on each piece. */
export function integrate(g: (y: number) => number, lo: number, hi: number, breaks: readonly number[] = []): number {
  const cuts = [lo, ...breaks.filter((c) => c > lo && c < hi).sort((p, q) => p - q), hi];
  let total = 0;
  for (let i = 1; i < cuts.length; i++) {
    const a = cuts[i - 1]!;
    const b = cuts[i]!;
    total += adaptive(g, a, b, gaussLegendre(g, a, b), 0);
  }
  return total;
}

/**
 * Where to cut the y-axis for quadrature: the images of 240 points across the
 * base's support (its edges included, where a uniform base jumps) and 240
 * points evenly spaced in y, so that the pieces are short in x as well as in
 * y, whatever f stretches; plus the spline's knots, where f″ jumps.
 */
export function breakpoints(base: BaseDensity, f: Bijection, spec: MapSpec): number[] {
  const [lo, hi] = base.support;
  const ys: number[] = [];
  const yLo = f.forward(lo);
  const yHi = f.forward(hi);
  for (let i = 0; i <= 240; i++) ys.push(f.forward(lo + ((hi - lo) * i) / 240), yLo + ((yHi - yLo) * i) / 240);
  if (spec.kind === 'spline') for (const k of spec.knots) ys.push(k.y);
  return ys;
}

/** ∫ p_Y(y) dy over the image of the base's support: 1 when the formula is right. */
export function totalMass(base: BaseDensity, f: Bijection, spec: MapSpec): number {
  const [lo, hi] = base.support;
  return integrate((y) => pushforwardPdf(base, f, y), f.forward(lo), f.forward(hi), breakpoints(base, f, spec));
}

/** The y-range to picture: the image of the base's view, padded by 8 % on each side. */
export function yWindow(base: BaseDensity, f: Bijection): [number, number] {
  const lo = f.forward(base.view[0]);
  const hi = f.forward(base.view[1]);
  const pad = 0.08 * (hi - lo);
  return [Math.max(f.range[0], lo - pad), Math.min(f.range[1], hi + pad)];
}

/** N seeded draws from the base: the x's; push them through f for the y's. */
export function baseSamples(base: BaseDensity, n: number, seed: number): Float64Array {
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = base.draw(uniform, normal);
  return out;
}

export function pushSamples(xs: Float64Array, f: Bijection): Float64Array {
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = f.forward(xs[i]!);
  return out;
}

/** Bins across the pictured y-window. */
export const HIST_BINS = 48;

export interface Histogram {
  edges: number[];
  /** Count per bin / (N · bin width): comparable with a density. */
  density: number[];
  counts: number[];
  /** Samples outside the window. */
  outside: number;
  n: number;
}

export function histogram(ys: Float64Array, window: readonly [number, number], bins: number): Histogram {
  const [lo, hi] = window;
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  let outside = 0;
  for (const y of ys) {
    const j = Math.floor((y - lo) / width);
    if (j >= 0 && j < bins) counts[j]!++;
    else outside++;
  }
  const n = ys.length;
  return {
    edges: Array.from({ length: bins + 1 }, (_, j) => lo + j * width),
    density: counts.map((c) => (n ? c / (n * width) : 0)),
    counts,
    outside,
    n,
  };
}

export interface Agreement {
  /** Σ_bins |count/N − ∫_bin p_Y dy|, plus the same for the mass outside the window. */
  l1: number;
  /** What l1 would be on average from sampling noise alone, Σ √(2 P (1 − P) / (π N)). */
  noise: number;
}

/** How far the histogram is from the formula: both as probabilities per bin, so 0 ≤ l1 ≤ 2. */
export function agreement(h: Histogram, base: BaseDensity, f: Bijection, spec: MapSpec): Agreement {
  const pdf = (y: number) => pushforwardPdf(base, f, y);
  const breaks = breakpoints(base, f, spec);
  let l1 = 0;
  let noise = 0;
  let inside = 0;
  const add = (count: number, p: number) => {
    l1 += Math.abs(count / h.n - p);
    noise += Math.sqrt((2 * p * Math.max(0, 1 - p)) / (Math.PI * h.n));
  };
  for (let j = 0; j < h.counts.length; j++) {
    const p = integrate(pdf, h.edges[j]!, h.edges[j + 1]!, breaks);
    inside += p;
    add(h.counts[j]!, p);
  }
  add(h.outside, Math.max(0, totalMass(base, f, spec) - inside));
  return { l1, noise };
}

/** The curve to draw: p_Y on a grid across the window. */
export function densityCurve(
  base: BaseDensity,
  f: Bijection,
  window: readonly [number, number],
  points = 400,
): { y: number; p: number }[] {
  const [lo, hi] = window;
  return Array.from({ length: points + 1 }, (_, i) => {
    const y = lo + ((hi - lo) * i) / points;
    return { y, p: pushforwardPdf(base, f, y) };
  });
}
