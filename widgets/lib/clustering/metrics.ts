/**
 * How well clusters agree with known classes (purity, the adjusted Rand index
 * [Hubert & Arabie 1985]) and how well separated they are (the silhouette
 * [Rousseeuw 1987]).
 */
import { sqDist, type Points } from './points';

/** Counts n_ij of points in cluster i with class j, as a dense table. */
export function contingency(clusters: ArrayLike<number>, classes: ArrayLike<number>): number[][] {
  if (clusters.length !== classes.length) throw new Error('Clusters and classes must label the same points.');
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  const index = (m: Map<number, number>, v: number) => {
    if (!m.has(v)) m.set(v, m.size);
    return m.get(v)!;
  };
  const cells: [number, number][] = [];
  for (let i = 0; i < clusters.length; i++) cells.push([index(rows, clusters[i] as number), index(cols, classes[i] as number)]);
  const table = Array.from({ length: rows.size }, () => new Array<number>(cols.size).fill(0));
  for (const [r, c] of cells) table[r]![c]! += 1;
  return table;
}

/** Purity: the share of points whose cluster's majority class is their own class. */
export function purity(clusters: ArrayLike<number>, classes: ArrayLike<number>): number {
  if (clusters.length === 0) return NaN;
  const table = contingency(clusters, classes);
  let hits = 0;
  for (const row of table) hits += Math.max(...row);
  return hits / clusters.length;
}

const pairs = (m: number) => (m * (m - 1)) / 2;

/**
 * The adjusted Rand index: the Rand index corrected for chance, 1 for identical
 * partitions, 0 in expectation for random ones, negative below that.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const table = contingency(a, b);
  const n = a.length;
  let sumCells = 0;
  const rowSums = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = (table[0] ?? []).map((_, j) => table.reduce((s, row) => s + (row[j] as number), 0));
  for (const row of table) for (const v of row) sumCells += pairs(v);
  const sumA = rowSums.reduce((s, v) => s + pairs(v), 0);
  const sumB = colSums.reduce((s, v) => s + pairs(v), 0);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  // Both partitions trivial (one cluster each, or all singletons): they agree perfectly.
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}

/**
 * The mean silhouette s = mean_i (b_i − a_i) / max(a_i, b_i), with a_i the mean
 * distance from x_i to the rest of its cluster and b_i that to the nearest other
 * cluster; a point alone in its cluster scores 0. NaN with fewer than 2 clusters.
 */
export function silhouette(X: Points, labels: Int32Array, k: number): number {
  const sizes = new Float64Array(k);
  for (const c of labels) sizes[c]! += 1;
  if (Array.from(sizes).filter((s) => s > 0).length < 2) return NaN;
  let total = 0;
  const sums = new Float64Array(k);
  for (let i = 0; i < X.n; i++) {
    sums.fill(0);
    for (let j = 0; j < X.n; j++) if (j !== i) sums[labels[j] as number]! += Math.sqrt(sqDist(X.data, i, X.data, j, X.d));
    const own = labels[i] as number;
    if ((sizes[own] as number) <= 1) continue;
    const a = (sums[own] as number) / ((sizes[own] as number) - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++)
      if (c !== own && (sizes[c] as number) > 0) b = Math.min(b, (sums[c] as number) / (sizes[c] as number));
    const m = Math.max(a, b);
    if (m > 0) total += (b - a) / m;
  }
  return total / X.n;
}
