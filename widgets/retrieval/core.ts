/**
 * Retrieval in a representation: for each held-out digit, its nearest other
 * held-out digits by Euclidean distance, and leave-one-out k-nearest-neighbour
 * classification (each digit voted on by its k nearest others, never itself).
 * Pure functions on plain arrays; the page runs them in slices, the build in
 * one go, and both give the same table.
 */
import { sqDist, type Points } from '../lib/clustering/points';

export const REPRESENTATIONS = ['pixels', 'ae-d2', 'ae-d16', 'vae-d16'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

export const REPRESENTATION_LABEL: Record<Representation, string> = {
  pixels: 'raw pixels (784-d)',
  'ae-d2': 'ae-d2 codes (2-d)',
  'ae-d16': 'ae-d16 codes (16-d)',
  'vae-d16': 'vae-d16 means (16-d)',
};

/** The largest k the reader can choose; each digit's table keeps this many neighbours. */
export const K_MAX = 10;
export const K_DEFAULT = 5;

/** Each digit's K_MAX nearest other digits, nearest first. */
export interface NeighbourTable {
  readonly n: number;
  readonly kMax: number;
  /** Row i holds digit i's neighbours: indices[i*kMax + j]. */
  readonly indices: Int32Array;
  /** Their Euclidean distances, in the same places. */
  readonly distances: Float64Array;
}

/**
 * Ordering of candidates: nearer first, and at equal distance the smaller
 * index first, so the table does not depend on the order of a sort.
 */
function before(d: number, j: number, dOther: number, jOther: number): boolean {
  return d < dOther || (d === dOther && j < jOther);
}

/** The kMax nearest other points of point i, written into the table's row i. */
export function nearestOf(X: Points, i: number, kMax: number, indices: Int32Array, distances: Float64Array): void {
  const off = i * kMax;
  const best = new Float64Array(kMax).fill(Infinity);
  const who = new Int32Array(kMax).fill(-1);
  let filled = 0;
  for (let j = 0; j < X.n; j++) {
    if (j === i) continue;
    const d = sqDist(X.data, i, X.data, j, X.d);
    if (filled === kMax && !before(d, j, best[kMax - 1] as number, who[kMax - 1] as number)) continue;
    // Insertion into the short sorted list.
    let p = Math.min(filled, kMax - 1);
    while (p > 0 && before(d, j, best[p - 1] as number, who[p - 1] as number)) {
      best[p] = best[p - 1] as number;
      who[p] = who[p - 1] as number;
      p--;
    }
    best[p] = d;
    who[p] = j;
    if (filled < kMax) filled++;
  }
  for (let t = 0; t < kMax; t++) {
    indices[off + t] = who[t] as number;
    distances[off + t] = Math.sqrt(best[t] as number);
  }
}

/** An empty table for n points, to be filled row by row (the page fills it in slices). */
export function emptyTable(n: number, kMax = K_MAX): NeighbourTable {
  if (n - 1 < kMax) throw new Error(`${n} points have fewer than ${kMax} neighbours each.`);
  return { n, kMax, indices: new Int32Array(n * kMax), distances: new Float64Array(n * kMax) };
}

/** Every point's nearest neighbours at once. */
export function neighbourTable(X: Points, kMax = K_MAX): NeighbourTable {
  const t = emptyTable(X.n, kMax);
  for (let i = 0; i < X.n; i++) nearestOf(X, i, kMax, t.indices, t.distances);
  return t;
}

/** Digit i's k nearest neighbours, nearest first. */
export function neighboursOf(t: NeighbourTable, i: number, k: number): { index: number; distance: number }[] {
  return Array.from({ length: k }, (_, j) => ({
    index: t.indices[i * t.kMax + j] as number,
    distance: t.distances[i * t.kMax + j] as number,
  }));
}

/**
 * The majority label among neighbour labels given nearest first. A tie goes
 * to the tied label whose nearest member comes first in the list, so a tie
 * is settled as a smaller k would settle it.
 */
export function vote(labels: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  let top = 0;
  for (const c of counts.values()) top = Math.max(top, c);
  const winner = labels.find((l) => counts.get(l) === top);
  if (winner === undefined) throw new Error('A vote needs at least one neighbour.');
  return winner;
}

/** Leave-one-out k-NN accuracy: the share of digits whose k nearest other digits vote for their own label. */
export function leaveOneOutAccuracy(t: NeighbourTable, labels: ArrayLike<number>, k: number): number {
  if (k < 1 || k > t.kMax) throw new Error(`k must be between 1 and ${t.kMax}.`);
  let right = 0;
  for (let i = 0; i < t.n; i++) {
    const votes = neighboursOf(t, i, k).map((nb) => labels[nb.index] as number);
    if (vote(votes) === labels[i]) right++;
  }
  return right / t.n;
}
