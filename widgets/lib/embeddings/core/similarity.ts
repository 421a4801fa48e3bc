/** Cosine similarity and nearest neighbours over the whole vocabulary. */
import { normalizeWord } from './input';
import { rowOf, type Embeddings } from './vocab';

export interface Scored {
  index: number;
  score: number;
}

export interface ScoredWord extends Scored {
  word: string;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

export function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

/** Cosine of two vectors of any length; 0 when either is the zero vector. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot(a, b) / d;
}

export function unitVector(v: ArrayLike<number>): Float32Array {
  const n = norm(v);
  const out = new Float32Array(v.length);
  if (n > 0) for (let i = 0; i < v.length; i++) out[i] = (v[i] ?? 0) / n;
  return out;
}

/**
 * Dot product of `query` with every row: the cosine when `query` is a unit
 * vector. This matrix–vector product is the one step a widget may hand to TF.js.
 */
export function scoreAll(emb: Embeddings, query: ArrayLike<number>, out?: Float32Array): Float32Array {
  const { unit, dims } = emb;
  const count = emb.words.length;
  if (query.length !== dims) throw new Error(`query has ${query.length} dims, expected ${dims}`);
  const scores = out ?? new Float32Array(count);
  const q = Float32Array.from(query);
  for (let i = 0, off = 0; i < count; i++, off += dims) {
    let s = 0;
    for (let j = 0; j < dims; j++) s += (unit[off + j] as number) * (q[j] as number);
    scores[i] = s;
  }
  return scores;
}

/**
 * The k largest scores, best first, in one pass with a size-k min-heap
 * (O(n log k), no full sort). Indices in `exclude` and NaN scores are skipped.
 */
export function topK(scores: ArrayLike<number>, k: number, exclude?: ReadonlySet<number>): Scored[] {
  const size = Math.max(0, Math.floor(k));
  const heapIdx = new Int32Array(size);
  const heapVal = new Float64Array(size);
  let filled = 0;
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < filled && (heapVal[l] as number) < (heapVal[m] as number)) m = l;
      if (r < filled && (heapVal[r] as number) < (heapVal[m] as number)) m = r;
      if (m === i) return;
      swap(heapIdx, heapVal, i, m);
      i = m;
    }
  };
  for (let i = 0; i < scores.length && size > 0; i++) {
    const v = scores[i] as number;
    if (Number.isNaN(v) || exclude?.has(i)) continue;
    if (filled < size) {
      // Sift up the new entry.
      let c = filled++;
      heapIdx[c] = i;
      heapVal[c] = v;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if ((heapVal[p] as number) <= (heapVal[c] as number)) break;
        swap(heapIdx, heapVal, p, c);
        c = p;
      }
    } else if (v > (heapVal[0] as number)) {
      heapIdx[0] = i;
      heapVal[0] = v;
      siftDown(0);
    }
  }
  const out: Scored[] = [];
  for (let i = 0; i < filled; i++) out.push({ index: heapIdx[i] as number, score: heapVal[i] as number });
  // Ties go to the lower (more frequent) index, so results are stable across runs.
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}

function swap(idx: Int32Array, val: Float64Array, a: number, b: number): void {
  const ti = idx[a] as number;
  idx[a] = idx[b] as number;
  idx[b] = ti;
  const tv = val[a] as number;
  val[a] = val[b] as number;
  val[b] = tv;
}

export function withWords(emb: Embeddings, scored: readonly Scored[]): ScoredWord[] {
  return scored.map((s) => ({ ...s, word: emb.words[s.index] ?? '' }));
}

export interface NeighboursResult {
  neighbours: ScoredWord[];
  unknown: string[];
}

/**
 * The k nearest words to a word (itself excluded) or to any vector, by cosine.
 * An unknown word gives no neighbours and is reported in `unknown`.
 */
export function nearestNeighbours(emb: Embeddings, query: string | ArrayLike<number>, k = 10): NeighboursResult {
  if (typeof query === 'string') {
    const word = normalizeWord(query);
    const i = emb.index.get(word);
    if (i === undefined) return { neighbours: [], unknown: [word] };
    return { neighbours: withWords(emb, topK(scoreAll(emb, rowOf(emb, i)), k, new Set([i]))), unknown: [] };
  }
  return { neighbours: withWords(emb, topK(scoreAll(emb, unitVector(query)), k)), unknown: [] };
}
