/**
 * Monotone bijections of the real line, each with an exact inverse and its
 * derivative, for the change-of-variables formula. The shaped one is a
 * monotone rational-quadratic spline (Gregory & Delbourgo 1982; used as a flow
 * layer by Durkan et al. 2019) through knots, with linear tails outside them.
 * Pure math, no DOM.
 */

export interface Knot {
  x: number;
  y: number;
}

export type MapSpec =
  { kind: 'affine'; a: number; b: number } | { kind: 'exp' } | { kind: 'sinh' } | { kind: 'spline'; knots: readonly Knot[] };

export interface Bijection {
  forward(x: number): number;
  inverse(y: number): number;
  /** f′(x) > 0. */
  derivative(x: number): number;
  /** The image of the real line under f (the inverse is defined only inside it). */
  range: readonly [number, number];
}

const ALL: readonly [number, number] = [-Infinity, Infinity];

/** Knots closer than this (in x or y) would make a bin with no width or no height. */
export const MIN_KNOT_GAP = 0.1;

export function makeBijection(spec: MapSpec): Bijection {
  switch (spec.kind) {
    case 'affine': {
      const { a, b } = spec;
      if (!(a > 0)) throw new Error('an affine map must have a > 0 to be increasing');
      return { forward: (x) => a * x + b, inverse: (y) => (y - b) / a, derivative: () => a, range: ALL };
    }
    case 'exp':
      return { forward: Math.exp, inverse: Math.log, derivative: Math.exp, range: [0, Infinity] };
    case 'sinh':
      return { forward: Math.sinh, inverse: Math.asinh, derivative: Math.cosh, range: ALL };
    case 'spline':
      return rqSpline(spec.knots);
  }
}

/** True when x and y both increase by at least MIN_KNOT_GAP from knot to knot. */
export function validKnots(knots: readonly Knot[]): boolean {
  if (knots.length < 2) return false;
  for (let i = 1; i < knots.length; i++) {
    const p = knots[i - 1];
    const q = knots[i];
    if (!p || !q || !Number.isFinite(q.x) || !Number.isFinite(q.y)) return false;
    if (q.x - p.x < MIN_KNOT_GAP - 1e-9 || q.y - p.y < MIN_KNOT_GAP - 1e-9) return false;
  }
  return true;
}

/**
 * Slopes at the knots: the harmonic mean of the two neighbouring secant
 * slopes (Fritsch–Butland), the secant itself at the ends. Always positive,
 * and equal to the secant where the knots are collinear, so collinear knots
 * give exactly the affine map.
 */
export function knotSlopes(knots: readonly Knot[]): number[] {
  const secant: number[] = [];
  for (let i = 1; i < knots.length; i++) {
    const p = knots[i - 1]!;
    const q = knots[i]!;
    secant.push((q.y - p.y) / (q.x - p.x));
  }
  return knots.map((_, i) => {
    const left = secant[i - 1];
    const right = secant[i];
    if (left === undefined) return right!;
    if (right === undefined) return left;
    return (2 * left * right) / (left + right);
  });
}

function rqSpline(knots: readonly Knot[]): Bijection {
  if (!validKnots(knots)) throw new Error('spline knots must increase in both x and y');
  const k = knots.map((p) => ({ x: p.x, y: p.y }));
  const d = knotSlopes(k);
  const first = k[0]!;
  const last = k[k.length - 1]!;
  const d0 = d[0]!;
  const dN = d[d.length - 1]!;

  const binOfX = (x: number) => {
    let i = 0;
    while (i < k.length - 2 && x > k[i + 1]!.x) i++;
    return i;
  };
  const binOfY = (y: number) => {
    let i = 0;
    while (i < k.length - 2 && y > k[i + 1]!.y) i++;
    return i;
  };
  // One bin: width w, height h, secant s, end slopes dl, dr; ξ ∈ [0, 1] is the position inside it.
  const bin = (i: number) => {
    const p = k[i]!;
    const q = k[i + 1]!;
    const w = q.x - p.x;
    const h = q.y - p.y;
    return { p, w, h, s: h / w, dl: d[i]!, dr: d[i + 1]! };
  };

  return {
    range: ALL,
    forward(x) {
      if (x <= first.x) return first.y + d0 * (x - first.x);
      if (x >= last.x) return last.y + dN * (x - last.x);
      const { p, w, h, s, dl, dr } = bin(binOfX(x));
      const xi = (x - p.x) / w;
      const t = xi * (1 - xi);
      return p.y + (h * (s * xi * xi + dl * t)) / (s + (dr + dl - 2 * s) * t);
    },
    derivative(x) {
      if (x <= first.x) return d0;
      if (x >= last.x) return dN;
      const { p, w, s, dl, dr } = bin(binOfX(x));
      const xi = (x - p.x) / w;
      const t = xi * (1 - xi);
      const den = s + (dr + dl - 2 * s) * t;
      return (s * s * (dr * xi * xi + 2 * s * t + dl * (1 - xi) * (1 - xi))) / (den * den);
    },
    inverse(y) {
      if (y <= first.y) return first.x + (y - first.y) / d0;
      if (y >= last.y) return last.x + (y - last.y) / dN;
      const { p, w, h, s, dl, dr } = bin(binOfY(y));
      // Solve the rational quadratic for ξ: a ξ² + b ξ + c = 0, taking the root in [0, 1]
      // in the cancellation-free form 2c / (−b − √(b² − 4ac)).
      const dy = y - p.y;
      const m = dr + dl - 2 * s;
      const a = h * (s - dl) + dy * m;
      const b = h * dl - dy * m;
      const c = -s * dy;
      const disc = Math.max(0, b * b - 4 * a * c);
      const xi = (2 * c) / (-b - Math.sqrt(disc));
      return p.x + xi * w;
    },
  };
}
