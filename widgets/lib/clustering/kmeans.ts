/**
 * k-means: the objective in its two equal forms, Lloyd's assignment and update
 * steps, and two seedings (uniform random and k-means++). Works in any
 * dimension. An empty cluster keeps its centre from the step before, so that
 * the objective never increases and no centre is invented.
 */
import { mulberry32 } from '../rng';
import { sqDist, type Points } from './points';

export type Init = 'random' | 'kmeans++';
export const INITS: readonly Init[] = ['random', 'kmeans++'];

/** Centres as a row-major k × d array. */
export type Centres = Float64Array;

/**
 * The k-means objective J = Σ_i ‖x_i − μ_{c_i}‖² for labels c and centres μ.
 * With μ the cluster means it is the within-cluster sum of squares.
 */
export function objective(X: Points, labels: Int32Array, centres: Centres): number {
  let s = 0;
  for (let i = 0; i < X.n; i++) s += sqDist(X.data, i, centres, labels[i] as number, X.d);
  return s;
}

/**
 * The pairwise form Σ_k (1 / (2|C_k|)) Σ_{i,j ∈ C_k} ‖x_i − x_j‖², which equals the
 * within-cluster sum of squares about the means. O(n² d): for checks, not for fitting.
 */
export function pairwiseObjective(X: Points, labels: Int32Array, k: number): number {
  const sums = new Float64Array(k);
  const sizes = new Float64Array(k);
  for (let i = 0; i < X.n; i++) sizes[labels[i] as number]! += 1;
  for (let i = 0; i < X.n; i++) {
    const c = labels[i] as number;
    // Each unordered pair once, and i = j contributes 0: twice this is the ordered double sum.
    for (let j = i + 1; j < X.n; j++) if (labels[j] === c) sums[c]! += sqDist(X.data, i, X.data, j, X.d);
  }
  let s = 0;
  for (let c = 0; c < k; c++) if ((sizes[c] as number) > 0) s += (sums[c] as number) / (sizes[c] as number);
  return s;
}

/** Cluster sizes for labels in 0 … k−1. */
export function clusterSizes(labels: Int32Array, k: number): number[] {
  const out = new Array<number>(k).fill(0);
  for (const c of labels) if (c >= 0) out[c]! += 1;
  return out;
}

export interface AssignResult {
  labels: Int32Array;
  /** How many points changed cluster (all of them on the first assignment). */
  changed: number;
}

/**
 * The assignment step: each point to its nearest centre. A point whose current
 * centre is among the nearest stays, so that the step ends the algorithm only
 * when no point can strictly gain; otherwise ties go to the lowest index.
 */
export function assignStep(X: Points, centres: Centres, k: number, previous?: Int32Array): AssignResult {
  const labels = new Int32Array(X.n);
  let changed = 0;
  for (let i = 0; i < X.n; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      const dist = sqDist(X.data, i, centres, c, X.d);
      if (dist < bestD) {
        bestD = dist;
        best = c;
      }
    }
    const prev = previous ? (previous[i] as number) : -1;
    if (prev >= 0 && sqDist(X.data, i, centres, prev, X.d) === bestD) best = prev;
    labels[i] = best;
    if (best !== prev) changed++;
  }
  return { labels, changed };
}

export interface UpdateResult {
  centres: Centres;
  /** Clusters that had no points and kept their previous centre. */
  empty: number[];
}

/** The update step: each centre moves to the mean of its points; an empty cluster keeps its centre. */
export function updateStep(X: Points, labels: Int32Array, previous: Centres, k: number): UpdateResult {
  const { d } = X;
  const centres = new Float64Array(k * d);
  const sizes = new Float64Array(k);
  for (let i = 0; i < X.n; i++) {
    const c = labels[i] as number;
    sizes[c]! += 1;
    const o = i * d;
    for (let t = 0; t < d; t++) centres[c * d + t]! += X.data[o + t] as number;
  }
  const empty: number[] = [];
  for (let c = 0; c < k; c++) {
    const size = sizes[c] as number;
    if (size === 0) {
      empty.push(c);
      for (let t = 0; t < d; t++) centres[c * d + t] = previous[c * d + t] as number;
    } else {
      for (let t = 0; t < d; t++) centres[c * d + t]! /= size;
    }
  }
  return { centres, empty };
}

function copyRow(X: Points, i: number, out: Centres, c: number): void {
  for (let t = 0; t < X.d; t++) out[c * X.d + t] = X.data[i * X.d + t] as number;
}

/** k distinct data points drawn uniformly at random as the first centres (fewer points than k: repeats). */
export function randomInit(X: Points, k: number, seed: number): Centres {
  const rand = mulberry32(seed);
  const centres = new Float64Array(k * X.d);
  const order = Array.from({ length: X.n }, (_, i) => i);
  for (let c = 0; c < k; c++) {
    // Partial Fisher–Yates: the first k entries of a uniform shuffle.
    const m = c % X.n;
    const j = m + Math.floor(rand() * (X.n - m));
    [order[m], order[j]] = [order[j]!, order[m]!];
    copyRow(X, order[m]!, centres, c);
  }
  return centres;
}

/**
 * k-means++ [Arthur & Vassilvitskii 2007]: the first centre uniformly, each
 * next one a data point drawn with probability proportional to its squared
 * distance to the nearest centre chosen so far.
 */
export function kmeansPlusPlusInit(X: Points, k: number, seed: number): Centres {
  const rand = mulberry32(seed);
  const centres = new Float64Array(k * X.d);
  const nearest = new Float64Array(X.n).fill(Infinity);
  let chosen = Math.floor(rand() * X.n);
  for (let c = 0; c < k; c++) {
    copyRow(X, chosen, centres, c);
    let total = 0;
    for (let i = 0; i < X.n; i++) {
      const dist = sqDist(X.data, i, centres, c, X.d);
      if (dist < (nearest[i] as number)) nearest[i] = dist;
      total += nearest[i] as number;
    }
    if (c === k - 1) break;
    chosen = drawProportional(nearest, total, rand());
  }
  return centres;
}

/** The index i with cumulative weight first exceeding u·total (uniform if all weights are 0). */
export function drawProportional(weights: ArrayLike<number>, total: number, u: number): number {
  const n = weights.length;
  if (!(total > 0)) return Math.min(n - 1, Math.floor(u * n));
  const target = u * total;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += weights[i] as number;
    if (acc > target) return i;
  }
  // Rounding can leave the target at the very end: the last point with weight.
  for (let i = n - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
  return n - 1;
}

export function initCentres(X: Points, k: number, init: Init, seed: number): Centres {
  if (X.n === 0) return new Float64Array(k * X.d);
  return init === 'kmeans++' ? kmeansPlusPlusInit(X, k, seed) : randomInit(X, k, seed);
}
