/**
 * The scaling curve's mathematics: the grid's results read into two series
 * (held-out error against training digits, and against parameters), a pure
 * power law L = a·x^(−b) fitted by least squares on log–log axes, and a power
 * law with a floor, L = a·x^(−b) + c, fitted by least squares of log L over
 * the floor c. Where the two terms are equal, the curve has bent: the log–log
 * slope is half the exponent, and beyond that most of the error is the floor.
 */

export interface ScalingPoint {
  readonly id: string;
  readonly width: number;
  readonly trainDigits: number;
  readonly latent: number;
  readonly parameters: number;
  readonly heldoutMse: number;
  readonly trainMse: number;
  readonly epochs: number;
  readonly steps: number;
  readonly seconds: number;
  readonly seed: number;
}

export interface ScalingResults {
  readonly version: string;
  readonly data: { readonly train: number; readonly heldout: number };
  readonly settings: { readonly epochs: number; readonly steps: number; readonly batchSize: number; readonly seed: number };
  readonly axes: {
    readonly data: { readonly width: number; readonly trainDigits: readonly number[] };
    readonly size: { readonly trainDigits: number; readonly widths: readonly number[] };
  };
  readonly seconds: number;
  readonly points: readonly ScalingPoint[];
  /** The fits, as the training script recorded them (tests/models/scaling.test.ts checks they are fresh). */
  readonly fit?: Record<Axis, FitSummary>;
}

export type Axis = 'data' | 'size';
export const AXES: readonly Axis[] = ['data', 'size'];

export interface SeriesPoint {
  /** Training digits (data axis) or parameters (size axis). */
  readonly x: number;
  readonly heldout: number;
  readonly train: number;
  readonly point: ScalingPoint;
}

/** One axis of the grid, in increasing x; throws if a point the axes name is missing. */
export function axisSeries(results: ScalingResults, axis: Axis): SeriesPoint[] {
  const find = (width: number, trainDigits: number) => {
    const p = results.points.find((q) => q.width === width && q.trainDigits === trainDigits);
    if (!p) throw new Error(`scaling results: no point of width ${width} on ${trainDigits} digits`);
    return p;
  };
  const { data, size } = results.axes;
  const points =
    axis === 'data' ? data.trainDigits.map((n) => find(data.width, n)) : size.widths.map((w) => find(w, size.trainDigits));
  return points
    .map((point) => ({
      x: axis === 'data' ? point.trainDigits : point.parameters,
      heldout: point.heldoutMse,
      train: point.trainMse,
      point,
    }))
    .sort((a, b) => a.x - b.x);
}

export interface PowerLaw {
  readonly a: number;
  /** The exponent: L falls as x^(−b). */
  readonly b: number;
  /** The floor (0 for a pure power law). */
  readonly c: number;
}

export const evaluatePowerLaw = (f: PowerLaw, x: number) => f.a * x ** -f.b + f.c;

/** Least-squares line y = intercept + slope·x. */
function line(xs: readonly number[], ys: readonly number[]): { intercept: number; slope: number } {
  const n = xs.length;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    sxx += ((xs[i] as number) - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

function checkPoints(xs: readonly number[], ys: readonly number[], least: number): void {
  if (xs.length !== ys.length || xs.length < least) throw new RangeError(`need at least ${least} points, as many x as y`);
  if ([...xs, ...ys].some((v) => !(v > 0) || !Number.isFinite(v))) throw new RangeError('x and L must be positive and finite');
  if (new Set(xs).size < 2) throw new RangeError('need at least two different x');
}

/** L = a·x^(−b): least squares of log L on log x. */
export function fitPowerLaw(xs: readonly number[], ys: readonly number[]): PowerLaw {
  checkPoints(xs, ys, 2);
  const { intercept, slope } = line(xs.map(Math.log), ys.map(Math.log));
  return { a: Math.exp(intercept), b: -slope, c: 0 };
}

/** Sum of squared differences of log L: every point counts by its ratio, not its size. */
export function logResidual(f: PowerLaw, xs: readonly number[], ys: readonly number[]): number {
  return xs.reduce((s, x, i) => s + (Math.log(ys[i] as number) - Math.log(evaluatePowerLaw(f, x))) ** 2, 0);
}

/** For a floor c below every L: the power law of L − c, with the floor added back. */
function withFloor(xs: readonly number[], ys: readonly number[], c: number): PowerLaw {
  const p = fitPowerLaw(
    xs,
    ys.map((y) => y - c),
  );
  return { ...p, c };
}

/** Steps of the search over the floor, as a share of the smallest L; then a golden-section refinement. */
const FLOOR_GRID = 1000;
const GOLDEN_STEPS = 60;

/**
 * L = a·x^(−b) + c, c ≥ 0: for each floor c in [0, min L), a and b by least squares of
 * log(L − c); c chosen to minimise the squared error of log L (a grid, then golden section).
 */
export function fitPowerLawWithFloor(xs: readonly number[], ys: readonly number[]): PowerLaw {
  checkPoints(xs, ys, 3);
  const top = Math.min(...ys);
  const cost = (share: number) => logResidual(withFloor(xs, ys, share * top), xs, ys);
  let best = 0;
  let bestCost = cost(0);
  for (let i = 1; i < FLOOR_GRID; i++) {
    const c = cost(i / FLOOR_GRID);
    if (c < bestCost) [best, bestCost] = [i / FLOOR_GRID, c];
  }
  let lo = Math.max(0, best - 1 / FLOOR_GRID);
  let hi = Math.min((FLOOR_GRID - 1) / FLOOR_GRID, best + 1 / FLOOR_GRID);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    const m1 = hi - g * (hi - lo);
    const m2 = lo + g * (hi - lo);
    if (cost(m1) < cost(m2)) hi = m2;
    else lo = m1;
  }
  const refined = (lo + hi) / 2;
  // Keep the grid's floor unless refining clearly helps, so rounding cannot invent a floor of 1e-17.
  return withFloor(xs, ys, bestCost - cost(refined) > 1e-20 ? refined * top : best * top);
}

/** Where the power-law part equals the floor: x = (a/c)^(1/b); Infinity without a floor. */
export function bendAt(f: PowerLaw): number {
  return f.c > 0 ? (f.a / f.c) ** (1 / f.b) : Infinity;
}

/** The curve's slope on log–log axes at x, d log L / d log x: −b far before the bend, −b/2 at it, towards 0 after. */
export function localSlope(f: PowerLaw, x: number): number {
  const r = f.a * x ** -f.b;
  return (-f.b * r) / (r + f.c);
}

/** The measured slope between neighbouring points, on log–log axes. */
export function measuredSlopes(series: readonly SeriesPoint[]): number[] {
  return series.slice(1).map((p, i) => Math.log(p.heldout / series[i]!.heldout) / Math.log(p.x / series[i]!.x));
}

export interface AxisAnalysis {
  readonly axis: Axis;
  readonly series: SeriesPoint[];
  /** Fitted to every point. */
  readonly pure: PowerLaw;
  readonly floored: PowerLaw;
  readonly bend: number;
  /** Whether the bend lies between the smallest and largest x measured. */
  readonly bendInRange: boolean;
  /** The floor's share of the held-out error at the largest x. */
  readonly floorShareAtEnd: number;
  readonly slopes: number[];
}

export function analyseAxis(results: ScalingResults, axis: Axis): AxisAnalysis {
  const series = axisSeries(results, axis);
  const xs = series.map((p) => p.x);
  const ys = series.map((p) => p.heldout);
  const floored = fitPowerLawWithFloor(xs, ys);
  const bend = bendAt(floored);
  const last = xs.at(-1) as number;
  return {
    axis,
    series,
    pure: fitPowerLaw(xs, ys),
    floored,
    bend,
    bendInRange: bend >= (xs[0] as number) && bend <= last,
    floorShareAtEnd: floored.c / evaluatePowerLaw(floored, last),
    slopes: measuredSlopes(series),
  };
}

export type ScalingAnalysis = Record<Axis, AxisAnalysis>;

export function analyse(results: ScalingResults): ScalingAnalysis {
  return { data: analyseAxis(results, 'data'), size: analyseAxis(results, 'size') };
}

export interface FitSummary {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  /** null when the fit has no floor, so no bend. */
  readonly bend: number | null;
  readonly pureA: number;
  readonly pureB: number;
}

/** The fits as results.json records them beside the points, for readers of the file. */
export function fitSummary(analysis: ScalingAnalysis): Record<Axis, FitSummary> {
  const one = (a: AxisAnalysis): FitSummary => ({
    ...a.floored,
    bend: Number.isFinite(a.bend) ? a.bend : null,
    pureA: a.pure.a,
    pureB: a.pure.b,
  });
  return { data: one(analysis.data), size: one(analysis.size) };
}
