/**
 * Double descent with random Fourier features (Rahimi and Recht): noisy
 * samples of a smooth target on [−1, 1], p features √(2/p)·cos(ωx + b) with
 * random frequencies ω ~ N(0, γ²) and phases b, fitted by minimum-norm least
 * squares, w = Φ⁺y = Φᵀ(ΦΦᵀ)⁺y. The identity holds for every p, so one n × n
 * kernel K = ΦΦᵀ and its pseudo-inverse serve both sides of the threshold.
 */
import { mulberry32, normalSampler } from '../lib/rng';
import { pinvSolve, symEigen } from '../lib/linalg/sym-eigen';

/** Eigenvalues of K below this share of the largest count as zero (singular values below 10⁻⁶ of the largest). */
export const REL_TOL = 1e-12;
/** Points on which the test error is measured, evenly spaced over [−1, 1]. */
export const TEST_POINTS = 201;

/** The target function the data samples. */
export const target = (x: number): number => Math.sin(Math.PI * x) + 0.5 * Math.cos(3 * Math.PI * x);

export interface Data {
  readonly x: Float64Array;
  /** The standard normal draws; the noise added at level σ is σ·eps. */
  readonly eps: Float64Array;
}

/**
 * n points, one in each of n equal cells of [−1, 1], jittered by up to a
 * quarter of a cell either way: no two points nearly coincide, which would
 * make any interpolant of noisy values leap between them.
 */
export function makeData(n: number, seed: number): Data {
  const u = mulberry32(seed);
  const g = normalSampler(mulberry32(seed ^ 0x5bd1e995));
  const x = new Float64Array(n);
  const eps = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = -1 + (2 * (i + 0.5 + 0.5 * (u() - 0.5))) / n;
    eps[i] = g();
  }
  return { x, eps };
}

/** The noisy observations y = f(x) + σ·eps. */
export function observations(d: Data, noise: number): Float64Array {
  return d.x.map((x, i) => target(x) + noise * (d.eps[i] as number));
}

export interface Features {
  readonly omega: Float64Array;
  readonly phase: Float64Array;
}

/**
 * The bandwidth γ for n points: the kernel the features approximate,
 * exp(−γ²(x − x′)²/2), then has a width of the order of the points' spacing.
 */
export const bandwidth = (n: number): number => n;

/** The first p features of the seed's sequence for n points (a larger p keeps the first p). */
export function makeFeatures(p: number, n: number, seed: number): Features {
  const u = mulberry32(seed ^ 0x27d4eb2f);
  const g = normalSampler(mulberry32(seed ^ 0x1b873593));
  const gamma = bandwidth(n);
  const omega = new Float64Array(p);
  const phase = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    omega[j] = gamma * g();
    phase[j] = 2 * Math.PI * u();
  }
  return { omega, phase };
}

/** Feature j at x, times `scale` (√(2/p) in a fit, so that ‖w‖ compares across p). */
const phi = (f: Features, j: number, x: number, scale: number) =>
  Math.cos((f.omega[j] as number) * x + (f.phase[j] as number)) * scale;

/** The design matrix Φ (rows: points, columns: the first p features), row-major. */
export function design(xs: ArrayLike<number>, f: Features, p: number): Float64Array {
  const out = new Float64Array(xs.length * p);
  const scale = Math.sqrt(2 / p);
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < p; j++) out[i * p + j] = phi(f, j, xs[i] as number, scale);
  return out;
}

export interface Fit {
  readonly p: number;
  /** The weights w = Φᵀα. */
  readonly w: Float64Array;
  /** The dual coefficients α = K⁺y. */
  readonly alpha: Float64Array;
  /** The fitted function at any x. */
  readonly predict: (x: number) => number;
  readonly trainError: number;
  readonly testError: number;
  /** ‖w‖. */
  readonly norm: number;
}

export const testGrid = (): Float64Array =>
  Float64Array.from({ length: TEST_POINTS }, (_, i) => -1 + (2 * i) / (TEST_POINTS - 1));

const meanSq = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += ((a[i] as number) - (b[i] as number)) ** 2;
  return s / a.length;
};

/** cos(ω_j x + b_j) at each x for each feature (rows: points, columns: features), unscaled. */
export interface CosTable {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
}

export function cosTable(xs: ArrayLike<number>, f: Features): CosTable {
  const cols = f.omega.length;
  const values = new Float64Array(xs.length * cols);
  for (let i = 0; i < xs.length; i++) for (let j = 0; j < cols; j++) values[i * cols + j] = phi(f, j, xs[i] as number, 1);
  return { rows: xs.length, cols, values };
}

/**
 * What every fit on one data set shares, whatever p and σ: the first pMax
 * features and their values at the data and the test points. A fit with
 * p ≤ pMax reads the first p columns, so the figure computes the cosines once
 * per (n, seed) instead of once per change of p or σ.
 */
export interface Basis {
  readonly data: Data;
  readonly features: Features;
  readonly atData: CosTable;
  readonly atTest: CosTable;
}

export function makeBasis(d: Data, seed: number, pMax: number = P_MAX): Basis {
  const features = makeFeatures(pMax, d.x.length, seed);
  return { data: d, features, atData: cosTable(d.x, features), atTest: cosTable(testGrid(), features) };
}

/** The fit Σ_j w_j √(2/p) cos(ω_j x + b_j) at a table's points (the same sums, in the same order, as `predict`). */
export function evaluate(t: CosTable, w: ArrayLike<number>, p: number): Float64Array {
  const out = new Float64Array(t.rows);
  const scale = Math.sqrt(2 / p);
  for (let i = 0; i < t.rows; i++) {
    let s = 0;
    for (let j = 0; j < p; j++) s += (w[j] as number) * ((t.values[i * t.cols + j] as number) * scale);
    out[i] = s;
  }
  return out;
}

/** The minimum-norm least-squares fit with the basis's first p features to y at the data's x. */
export function fitBasis(b: Basis, y: ArrayLike<number>, p: number): Fit {
  const { atData, features: f } = b;
  const n = atData.rows;
  if (p > atData.cols) throw new RangeError(`p = ${p} is more than the basis's ${atData.cols} features`);
  const scale = Math.sqrt(2 / p);
  const phiX = new Float64Array(n * p);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < p; j++) phiX[i * p + j] = (atData.values[i * atData.cols + j] as number) * scale;
  const k = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let l = i; l < n; l++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += (phiX[i * p + j] as number) * (phiX[l * p + j] as number);
      k[i * n + l] = s;
      k[l * n + i] = s;
    }
  const [alpha] = pinvSolve(symEigen(k, n), n, [y], REL_TOL) as [Float64Array];
  const w = new Float64Array(p);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < p; j++) w[j] = (w[j] as number) + (phiX[i * p + j] as number) * (alpha[i] as number);
  const predict = (x: number) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += (w[j] as number) * phi(f, j, x, scale);
    return s;
  };
  const grid = testGrid();
  return {
    p,
    w,
    alpha,
    predict,
    trainError: meanSq(evaluate(atData, w, p), y),
    testError: meanSq(evaluate(b.atTest, w, p), Array.from(grid, target)),
    norm: Math.hypot(...w),
  };
}

/** The minimum-norm least-squares fit with p features to y at the data's x. */
export function fit(d: Data, y: ArrayLike<number>, p: number, seed: number): Fit {
  return fitBasis(makeBasis(d, seed, p), y, p);
}

/** The number of features p the error curve is computed at: every p to 100, then steps of about 2 %. */
export function curveGrid(pMax: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= Math.min(100, pMax); p++) out.push(p);
  let p = 100;
  while (p < pMax) {
    p = Math.min(pMax, Math.max(p + 1, Math.round(p * 1.02)));
    out.push(p);
  }
  return out;
}

/**
 * The errors at one p for any noise level: the fit is linear in
 * y = f + σ·eps, so each error is a quadratic c₀ + 2σc₁ + σ²c₂ in σ.
 */
export interface CurvePoint {
  readonly p: number;
  /** [c₀, c₁, c₂] of the training error and of the test error. */
  readonly train: readonly [number, number, number];
  readonly test: readonly [number, number, number];
}

/**
 * Builds the curve one p at a time, in increasing p: K grows by one rank-one
 * term per feature, so each point costs one n × n eigen-decomposition, and a
 * caller can spread the points over several frames.
 */
export function curveBuilder(d: Data, pMax: number, seed: number): (p: number) => CurvePoint {
  const n = d.x.length;
  const grid = testGrid();
  const m = grid.length;
  const f = makeFeatures(pMax, n, seed);
  const fx = Float64Array.from(d.x, target);
  const fg = Float64Array.from(grid, target);
  // Unscaled sums: the √(2/p) scale multiplies K and K_test alike and cancels in K_test K⁺.
  const k = new Float64Array(n * n);
  const kt = new Float64Array(m * n);
  const colX = new Float64Array(n);
  const colG = new Float64Array(m);
  let done = 0;
  return (p: number) => {
    if (p <= done || p > pMax) throw new RangeError(`p must grow, up to ${pMax}: got ${p} after ${done}`);
    for (; done < p; done++) {
      for (let i = 0; i < n; i++) colX[i] = phi(f, done, d.x[i] as number, 1);
      for (let i = 0; i < m; i++) colG[i] = phi(f, done, grid[i] as number, 1);
      for (let i = 0; i < n; i++) {
        const a = colX[i] as number;
        for (let l = 0; l < n; l++) k[i * n + l] = (k[i * n + l] as number) + a * (colX[l] as number);
      }
      for (let i = 0; i < m; i++) {
        const a = colG[i] as number;
        for (let l = 0; l < n; l++) kt[i * n + l] = (kt[i * n + l] as number) + a * (colX[l] as number);
      }
    }
    const [af, ae] = pinvSolve(symEigen(k, n), n, [fx, d.eps], REL_TOL) as [Float64Array, Float64Array];
    return {
      p,
      // Training residuals (K αf − f) + σ(K αe − eps); test residuals against the target (K_t αf − f_t) + σ K_t αe.
      train: quadratic(k, n, n, af, ae, fx, d.eps),
      test: quadratic(kt, m, n, af, ae, fg, null),
    };
  };
}

/** The whole curve at once (tests, the build-time fallback, the benchmark's reference). */
export function errorCurve(d: Data, pMax: number, seed: number): CurvePoint[] {
  const at = curveBuilder(d, pMax, seed);
  return curveGrid(pMax).map(at);
}

/** Coefficients [c₀, c₁, c₂] of mean((A a − b) + σ(A c − e))² in σ. */
function quadratic(
  a: Float64Array,
  rows: number,
  cols: number,
  af: Float64Array,
  ae: Float64Array,
  b: Float64Array,
  e: Float64Array | null,
): [number, number, number] {
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  for (let i = 0; i < rows; i++) {
    let r0 = -(b[i] as number);
    let r1 = e ? -(e[i] as number) : 0;
    for (let l = 0; l < cols; l++) {
      const v = a[i * cols + l] as number;
      r0 += v * (af[l] as number);
      r1 += v * (ae[l] as number);
    }
    c0 += r0 * r0;
    c1 += r0 * r1;
    c2 += r1 * r1;
  }
  return [c0 / rows, c1 / rows, c2 / rows];
}

/** The training and test errors of a curve point at noise level σ. */
export function errorsAt(point: CurvePoint, noise: number): { train: number; test: number } {
  const q = (c: readonly [number, number, number]) => Math.max(0, c[0] + 2 * noise * c[1] + noise * noise * c[2]);
  return { train: q(point.train), test: q(point.test) };
}

/** The p at which the curve's test error is largest. */
export function peakP(curve: readonly CurvePoint[], noise: number): number {
  let best = curve[0] as CurvePoint;
  for (const c of curve) if (errorsAt(c, noise).test > errorsAt(best, noise).test) best = c;
  return best.p;
}

/** The p at which the curve's test error is smallest. */
export function bestP(curve: readonly CurvePoint[], noise: number): number {
  let best = curve[0] as CurvePoint;
  for (const c of curve) if (errorsAt(c, noise).test < errorsAt(best, noise).test) best = c;
  return best.p;
}

/** The figure's default view, shared by the island's first state, the fallback, the chapter and the tests. */
export const DEFAULTS = { n: 20, noise: 0.3, p: 60, seed: 1 } as const;
/** The largest number of features: at least ten times the largest n. */
export const P_MAX = 400;
export const N_RANGE = { min: 5, max: 40 } as const;

/** The values the p slider steps through: every p to 50, then steps of about 3 %, to P_MAX. */
export function sliderValues(): number[] {
  const out: number[] = [];
  for (let p = 1; p <= 50; p++) out.push(p);
  let p = 50;
  while (p < P_MAX) {
    p = Math.min(P_MAX, Math.max(p + 1, Math.round(p * 1.03)));
    out.push(p);
  }
  return out;
}

/** An error for a readout: three significant digits, and an exact fit as the zero it is to rounding. */
export function errorText(e: number): string {
  if (e < 1e-12) return '0 (to rounding)';
  return e >= 1000 ? e.toExponential(2) : e.toPrecision(3);
}

/** The p among `ps` at which the weight norm ‖w‖ of the fit to y is largest. */
export function normPeakP(b: Basis, y: ArrayLike<number>, ps: readonly number[]): number {
  let best = { p: ps[0] as number, norm: -Infinity };
  for (const p of ps) {
    const norm = fitBasis(b, y, p).norm;
    if (norm > best.norm) best = { p, norm };
  }
  return best.p;
}

/** Where one curve's test error peaks, and whether its far end (p = P_MAX) beats every p < n. */
function curveFacts(curve: readonly CurvePoint[], n: number, noise: number) {
  const test = (c: CurvePoint) => errorsAt(c, noise).test;
  const classical = Math.min(...curve.filter((c) => c.p < n).map(test));
  const far = curve.find((c) => c.p === P_MAX) as CurvePoint;
  return { peak: peakP(curve, noise), best: bestP(curve, noise), farBeatsClassical: test(far) < classical };
}

/** What the chapter quotes of the default view: where the test error peaks and is lowest, where ‖w‖ peaks, and whether the far end beats every p < n. */
export function defaultSummary() {
  const { n, noise, seed } = DEFAULTS;
  const data = makeData(n, seed);
  const curve = errorCurve(data, P_MAX, seed);
  const normPeak = normPeakP(makeBasis(data, seed), observations(data, noise), curveGrid(P_MAX));
  return { ...curveFacts(curve, n, noise), normPeak };
}

/** How close to p = n a peak must be to count as "at the threshold" in the seed survey. */
export const PEAK_WINDOW = 2;

/**
 * The default n and σ over many seeds: how many have the test-error peak within
 * ±PEAK_WINDOW of n, and how many have the error at p = P_MAX below the best for p < n.
 */
export function seedSurvey(seeds: readonly number[]) {
  const { n, noise } = DEFAULTS;
  const facts = seeds.map((seed) => curveFacts(errorCurve(makeData(n, seed), P_MAX, seed), n, noise));
  return {
    seeds: seeds.length,
    peakNearN: facts.filter((f) => Math.abs(f.peak - n) <= PEAK_WINDOW).length,
    farBeatsClassical: facts.filter((f) => f.farBeatsClassical).length,
  };
}

/** Seeds 1, 2, …, count. */
export const seedRange = (count: number): number[] => Array.from({ length: count }, (_, i) => i + 1);
