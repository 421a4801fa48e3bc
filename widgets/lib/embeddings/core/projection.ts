/**
 * Principal components of a set of word vectors, for 2-d maps and for
 * Bolukbasi's gender subspace.
 *
 * The covariance is only dims × dims (100 × 100) whatever the number of words,
 * so a cyclic Jacobi eigen-solver (exact, no convergence tuning, about 60
 * lines) does the job; a matrix library would add weight to the page for no gain.
 */
import { normalizeWord } from './input';
import { rowOf, type Embeddings } from './vocab';
import { symEigen } from '../../linalg/sym-eigen';

export interface PrincipalComponents {
  mean: Float64Array;
  /** Unit vectors, largest variance first; each is signed so its largest-magnitude entry is positive. */
  components: Float64Array[];
  variances: number[];
  /** Sum of the variances over all dimensions (the trace of the covariance). */
  totalVariance: number;
  /** variances[i] / totalVariance. */
  explainedRatio: number[];
}

export function principalComponents(rows: readonly ArrayLike<number>[], k: number): PrincipalComponents {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mean = new Float64Array(d);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (r[j] ?? 0) / n;
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (const r of rows) {
    for (let j = 0; j < d; j++) centred[j] = (r[j] ?? 0) - (mean[j] as number);
    for (let p = 0; p < d; p++) {
      const cp = centred[p] as number;
      if (cp === 0) continue;
      for (let q = p; q < d; q++) cov[p * d + q] = (cov[p * d + q] as number) + cp * (centred[q] as number);
    }
  }
  const denom = Math.max(n - 1, 1);
  for (let p = 0; p < d; p++) {
    for (let q = p; q < d; q++) {
      const v = (cov[p * d + q] as number) / denom;
      cov[p * d + q] = v;
      cov[q * d + p] = v;
    }
  }
  const { values, vectors } = symmetricEigen(cov, d);
  const order = [...values.keys()].sort((x, y) => (values[y] as number) - (values[x] as number));
  const totalVariance = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const take = order.slice(0, Math.min(k, d));
  const components = take.map((c) => orient(Float64Array.from({ length: d }, (_, r) => vectors[r * d + c] as number)));
  const variances = take.map((c) => Math.max(values[c] as number, 0));
  const explainedRatio = variances.map((v) => (totalVariance > 0 ? v / totalVariance : 0));
  return { mean, components, variances, totalVariance, explainedRatio };
}

/** Coordinates of each row on the components (after subtracting the mean). */
export function projectRows(rows: readonly ArrayLike<number>[], pcs: PrincipalComponents): number[][] {
  return rows.map((r) =>
    pcs.components.map((c) => {
      let s = 0;
      for (let j = 0; j < c.length; j++) s += ((r[j] ?? 0) - (pcs.mean[j] as number)) * (c[j] as number);
      return s;
    }),
  );
}

export interface WordPoint {
  word: string;
  index: number;
  x: number;
  y: number;
}

export interface WordMap {
  points: WordPoint[];
  unknown: string[];
  /** Share of the set's variance on each axis. */
  explainedRatio: [number, number];
}

/** A 2-d PCA map of some words' unit vectors; fewer than 2 known words gives an empty map. */
export function projectWords2d(emb: Embeddings, words: Iterable<string>): WordMap {
  const found: { word: string; index: number }[] = [];
  const unknown: string[] = [];
  const seen = new Set<number>();
  for (const raw of words) {
    const word = normalizeWord(raw);
    const index = emb.index.get(word);
    if (index === undefined) unknown.push(word);
    else if (!seen.has(index)) {
      seen.add(index);
      found.push({ word, index });
    }
  }
  if (found.length < 2) return { points: [], unknown, explainedRatio: [0, 0] };
  const rows = found.map((f) => rowOf(emb, f.index));
  const pcs = principalComponents(rows, 2);
  const coords = projectRows(rows, pcs);
  const points = found.map((f, i) => ({ ...f, x: coords[i]?.[0] ?? 0, y: coords[i]?.[1] ?? 0 }));
  return { points, unknown, explainedRatio: [pcs.explainedRatio[0] ?? 0, pcs.explainedRatio[1] ?? 0] };
}

function orient(v: Float64Array): Float64Array {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (Math.abs(v[i] as number) > Math.abs(v[best] as number)) best = i;
  if ((v[best] ?? 0) < 0) for (let i = 0; i < v.length; i++) v[i] = -(v[i] as number);
  return v;
}

/**
 * Eigen-decomposition of a symmetric n × n matrix (row-major), by the shared cyclic
 * Jacobi solver. Returns eigenvalues and the eigenvectors as the columns of `vectors`.
 */
export function symmetricEigen(matrix: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const { values, vectors } = symEigen(matrix, n);
  return { values: Array.from(values), vectors };
}
