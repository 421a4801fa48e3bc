/**
 * What the contrastive encoder learned, as pure functions on plain arrays: cosine
 * similarity, nearest neighbours by cosine (codes) and by Euclidean distance
 * (pixels), the seeded random views of a digit, and the principal-component map
 * of the codes, split into steps the page runs in slices and Node runs at once,
 * so that both give the same numbers.
 */
import type { Points } from '../lib/clustering/points';
import { jacobiResult, jacobiStart, jacobiSweep, type JacobiState } from '../lib/linalg/sym-eigen';
import { randomView, viewStrength } from '../lib/ssl/augment';
import { mulberry32, normalSampler } from '../lib/rng';

/** Views drawn of the chosen digit, at each strength. */
export const VIEWS = 8;
/** Neighbours listed in each space. */
export const NEIGHBOURS = 8;
/** The strengths of the similarity curve: 0 to twice the training strength, in tenths. */
export const STRENGTHS: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 10);

/** cos(a, b) = a·b / (‖a‖ ‖b‖), over `d` values from offsets `ia` and `ib`; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>, d = a.length, ia = 0, ib = 0): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let t = 0; t < d; t++) {
    const x = a[ia + t] as number;
    const y = b[ib + t] as number;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

export interface Neighbour {
  readonly index: number;
  /** Cosine similarity (higher is nearer) or Euclidean distance (lower is nearer). */
  readonly score: number;
}

/**
 * The k points other than i with the best score, best first; at equal score the
 * smaller index first, so the list does not depend on the order of a sort.
 */
function bestOthers(n: number, i: number, k: number, score: (j: number) => number, higherIsBetter: boolean): Neighbour[] {
  const all: Neighbour[] = [];
  for (let j = 0; j < n; j++) if (j !== i) all.push({ index: j, score: score(j) });
  all.sort((a, b) => (a.score === b.score ? a.index - b.index : higherIsBetter ? b.score - a.score : a.score - b.score));
  return all.slice(0, k);
}

/** Point i's k most cosine-similar other points. */
export function nearestByCosine(X: Points, i: number, k: number): Neighbour[] {
  return bestOthers(X.n, i, k, (j) => cosine(X.data, X.data, X.d, i * X.d, j * X.d), true);
}

/** Point i's k nearest other points by Euclidean distance. */
export function nearestByDistance(X: Points, i: number, k: number): Neighbour[] {
  const { d, data } = X;
  return bestOthers(
    X.n,
    i,
    k,
    (j) => {
      let s = 0;
      for (let t = 0; t < d; t++) s += ((data[i * d + t] as number) - (data[j * d + t] as number)) ** 2;
      return Math.sqrt(s);
    },
    false,
  );
}

/** How many of the neighbours carry the label of point i. */
export function sameLabel(neighbours: readonly Neighbour[], labels: ArrayLike<number>, i: number): number {
  return neighbours.filter((nb) => labels[nb.index] === labels[i]).length;
}

/**
 * `count` random views of a digit at `strength` times the training augmentations,
 * drawn as training draws them (randomView, uniform and normal generators of their
 * own), from generators seeded by `seed` and `seed + 1`. Every strength restarts
 * them, so view j at two strengths differs by its size, not by a new draw.
 */
export function viewsOf(image: ArrayLike<number>, seed: number, strength: number, count = VIEWS): Float32Array[] {
  const rand = mulberry32(seed);
  const normal = normalSampler(mulberry32(seed + 1));
  const settings = viewStrength(strength);
  return Array.from({ length: count }, () => randomView(image, rand, normal, settings).view);
}

/** The cosine similarity of each view's projection (rows of `views`, d values each) to the original's. */
export function viewSimilarities(original: ArrayLike<number>, views: ArrayLike<number>, d: number): number[] {
  return Array.from({ length: views.length / d }, (_, j) => cosine(original, views, d, 0, j * d));
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** The principal-component map of a set of points: each point's first two coefficients. */
export interface Projection {
  readonly n: number;
  /** (pc1, pc2) of point i at 2i and 2i + 1. */
  readonly coords: Float64Array;
  /** The variance along each of the two components, and the total variance. */
  readonly variances: readonly [number, number];
  readonly total: number;
}

/** A principal-component analysis under way, one step at a time. */
export interface PcaRun {
  readonly X: Points;
  readonly mean: Float64Array;
  /** The upper triangle of Σ (x − μ)(x − μ)ᵀ, accumulated block by block of rows. */
  readonly scatter: Float64Array;
  rowsDone: number;
  jacobi: JacobiState | null;
}

/** Rows added to the scatter per step: a step of 100 rows of 128 values takes a few ms. */
export const PCA_ROWS = 100;

export function pcaStart(X: Points): PcaRun {
  const { n, d, data } = X;
  const mu = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) mu[t] = (mu[t] as number) + (data[i * d + t] as number) / n;
  return { X, mean: mu, scatter: new Float64Array(d * d), rowsDone: 0, jacobi: null };
}

/** One step: a block of rows into the scatter, then one Jacobi sweep at a time; true when finished. */
export function pcaStep(run: PcaRun): boolean {
  const { X, mean: mu, scatter } = run;
  const { n, d, data } = X;
  if (run.rowsDone < n) {
    const end = Math.min(n, run.rowsDone + PCA_ROWS);
    const c = new Float64Array(d);
    for (let i = run.rowsDone; i < end; i++) {
      for (let t = 0; t < d; t++) c[t] = (data[i * d + t] as number) - (mu[t] as number);
      for (let a = 0; a < d; a++) {
        const ca = c[a] as number;
        if (ca === 0) continue;
        for (let b = a; b < d; b++) scatter[a * d + b] = (scatter[a * d + b] as number) + ca * (c[b] as number);
      }
    }
    run.rowsDone = end;
    return false;
  }
  if (!run.jacobi) {
    const cov = new Float64Array(d * d);
    for (let a = 0; a < d; a++)
      for (let b = a; b < d; b++) cov[a * d + b] = cov[b * d + a] = (scatter[a * d + b] as number) / (n - 1);
    run.jacobi = jacobiStart(cov, d);
    return false;
  }
  return jacobiSweep(run.jacobi);
}

/**
 * The map once the steps are done: the two strongest eigenvectors of the covariance,
 * each signed so that its largest entry (in size) is positive (an eigenvector's sign
 * is arbitrary, and the page and Node must draw the same map), and every point's
 * coefficients on them.
 */
export function pcaResult(run: PcaRun): Projection {
  if (!run.jacobi?.done) throw new Error('The principal components are not finished.');
  const { X, mean: mu } = run;
  const { n, d, data } = X;
  const { values, vectors } = jacobiResult(run.jacobi);
  const order = Array.from({ length: d }, (_, k) => k).sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  const axes = order.slice(0, 2).map((k) => {
    const u = Float64Array.from({ length: d }, (_, i) => vectors[i * d + k] as number);
    let big = 0;
    for (let i = 0; i < d; i++) if (Math.abs(u[i] as number) > Math.abs(u[big] as number)) big = i;
    if ((u[big] as number) < 0) for (let i = 0; i < d; i++) u[i] = -(u[i] as number);
    return u;
  });
  const coords = new Float64Array(2 * n);
  for (let i = 0; i < n; i++)
    axes.forEach((u, a) => {
      let s = 0;
      for (let t = 0; t < d; t++) s += (u[t] as number) * ((data[i * d + t] as number) - (mu[t] as number));
      coords[2 * i + a] = s;
    });
  let total = 0;
  for (let k = 0; k < d; k++) total += values[k] as number;
  return { n, coords, variances: [values[order[0] as number] as number, values[order[1] as number] as number], total };
}

/** The whole map at once (Node, tests): the same steps as the page's slices. */
export function pcaProjection(X: Points): Projection {
  const run = pcaStart(X);
  while (!pcaStep(run));
  return pcaResult(run);
}

/** The point nearest (x, y) in the map: a click on the scatter picks it. */
export function nearestInMap(p: Projection, x: number, y: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < p.n; i++) {
    const dd = ((p.coords[2 * i] as number) - x) ** 2 + ((p.coords[2 * i + 1] as number) - y) ** 2;
    if (dd < bestD) {
      bestD = dd;
      best = i;
    }
  }
  return best;
}

/**
 * The keyboard's pick in the map: from point i, the point nearest the spot `step` away
 * in direction (dx, dy), among the points lying that way (i itself if none does).
 */
export function stepInMap(p: Projection, i: number, dx: number, dy: number, step: number): number {
  const x0 = p.coords[2 * i] as number;
  const y0 = p.coords[2 * i + 1] as number;
  const tx = x0 + dx * step;
  const ty = y0 + dy * step;
  let best = i;
  let bestD = Infinity;
  for (let j = 0; j < p.n; j++) {
    const ox = (p.coords[2 * j] as number) - x0;
    const oy = (p.coords[2 * j + 1] as number) - y0;
    if (j === i || ox * dx + oy * dy <= 0) continue;
    const dd = ((p.coords[2 * j] as number) - tx) ** 2 + ((p.coords[2 * j + 1] as number) - ty) ** 2;
    if (dd < bestD) {
      bestD = dd;
      best = j;
    }
  }
  return best;
}
