/**
 * Word analogies "a − b + c", read as "b is to a as c is to ?"
 * (king − man + woman: man is to king as woman is to ?).
 *
 * Two objectives from Levy & Goldberg (2014), "Linguistic Regularities in
 * Sparse and Explicit Word Representations":
 *   3CosAdd: argmax_x cos(x, a) − cos(x, b) + cos(x, c)
 *   3CosMul: argmax_x cos'(x, a) · cos'(x, c) / (cos'(x, b) + ε), cos' = (cos + 1) / 2
 * The usual protocol excludes a, b and c from the answers; with them allowed,
 * the answer is very often a itself, which the book shows on purpose.
 */
import { normalizeWord } from './input';
import { scoreAll, topK, unitVector, withWords, type Scored, type ScoredWord } from './similarity';
import { rowOf, type Embeddings } from './vocab';

export type AnalogyMethod = '3CosAdd' | '3CosMul';

export interface AnalogyQuery {
  a: string;
  b: string;
  c: string;
}

export interface AnalogyOptions {
  method?: AnalogyMethod;
  k?: number;
  /** Leave a, b and c out of the answers (default true). */
  excludeInputs?: boolean;
  /** 3CosMul's guard against division by zero; Levy & Goldberg use 0.001. */
  epsilon?: number;
}

export interface AnalogyResult {
  /**
   * Best answers first. For 3CosAdd the score is cos(x, a − b + c), which ranks
   * exactly like the sum of three cosines; for 3CosMul it is the ratio above.
   */
  results: ScoredWord[];
  unknown: string[];
}

export function analogy(emb: Embeddings, query: AnalogyQuery, options: AnalogyOptions = {}): AnalogyResult {
  const words = [query.a, query.b, query.c].map(normalizeWord);
  const indices = words.map((w) => emb.index.get(w));
  const unknown = words.filter((_, i) => indices[i] === undefined);
  const [ia, ib, ic] = indices;
  if (ia === undefined || ib === undefined || ic === undefined) return { results: [], unknown };
  return { results: withWords(emb, analogyByIndex(emb, ia, ib, ic, options)), unknown: [] };
}

/** The same on row indices; the build script's accuracy checks call this directly. */
export function analogyByIndex(emb: Embeddings, ia: number, ib: number, ic: number, options: AnalogyOptions = {}): Scored[] {
  const { method = '3CosAdd', k = 10, excludeInputs = true, epsilon = 0.001 } = options;
  const exclude = excludeInputs ? new Set([ia, ib, ic]) : undefined;
  const scores = method === '3CosAdd' ? cosAddScores(emb, ia, ib, ic) : cosMulScores(emb, ia, ib, ic, epsilon);
  return topK(scores, k, exclude);
}

function cosAddScores(emb: Embeddings, ia: number, ib: number, ic: number): Float32Array {
  const a = rowOf(emb, ia);
  const b = rowOf(emb, ib);
  const c = rowOf(emb, ic);
  const target = new Float32Array(emb.dims);
  for (let j = 0; j < emb.dims; j++) target[j] = (a[j] as number) - (b[j] as number) + (c[j] as number);
  return scoreAll(emb, unitVector(target));
}

/** One pass over the table computing the three cosines of each row together. */
function cosMulScores(emb: Embeddings, ia: number, ib: number, ic: number, epsilon: number): Float32Array {
  const { unit, dims } = emb;
  const count = emb.words.length;
  const a = Float32Array.from(rowOf(emb, ia));
  const b = Float32Array.from(rowOf(emb, ib));
  const c = Float32Array.from(rowOf(emb, ic));
  const scores = new Float32Array(count);
  for (let i = 0, off = 0; i < count; i++, off += dims) {
    let sa = 0;
    let sb = 0;
    let sc = 0;
    for (let j = 0; j < dims; j++) {
      const x = unit[off + j] as number;
      sa += x * (a[j] as number);
      sb += x * (b[j] as number);
      sc += x * (c[j] as number);
    }
    scores[i] = (((sa + 1) / 2) * ((sc + 1) / 2)) / ((sb + 1) / 2 + epsilon);
  }
  return scores;
}

export interface DifferenceRank {
  /** 1 for the best word; undefined when a word is not in the vocabulary. */
  rank: number | undefined;
  /** The best words for a − b, a and b left out. */
  top: ScoredWord[];
  unknown: string[];
}

/**
 * A subtractive analogy "a − b ≈ target" (deck examples such as iraq − violence ≈ jordan):
 * where `target` ranks among all words by cos(x, a − b), a and b left out, and what comes first.
 */
export function differenceRank(emb: Embeddings, a: string, b: string, target: string, k = 3): DifferenceRank {
  const words = [a, b, target].map(normalizeWord);
  const [ia, ib, it] = words.map((w) => emb.index.get(w));
  const unknown = words.filter((w) => emb.index.get(w) === undefined);
  if (ia === undefined || ib === undefined || it === undefined) return { rank: undefined, top: [], unknown };
  const va = rowOf(emb, ia);
  const vb = rowOf(emb, ib);
  const scores = scoreAll(emb, unitVector(Array.from(va, (v, j) => v - (vb[j] as number))));
  const own = scores[it] as number;
  let ahead = 0;
  for (let i = 0; i < scores.length; i++) if (i !== ia && i !== ib && i !== it && (scores[i] as number) > own) ahead++;
  return { rank: ahead + 1, top: withWords(emb, topK(scores, k, new Set([ia, ib]))), unknown: [] };
}
