/**
 * The Word Embedding Association Test of Caliskan, Bryson & Narayanan (2017),
 * "Semantics derived automatically from language corpora contain human-like biases".
 *
 *   s(w, A, B)    = mean_{a∈A} cos(w, a) − mean_{b∈B} cos(w, b)
 *   S(X, Y, A, B) = Σ_{x∈X} s(x, A, B) − Σ_{y∈Y} s(y, A, B)
 *   d             = (mean_{x∈X} s − mean_{y∈Y} s) / std_{w∈X∪Y} s
 * with the sample standard deviation (n − 1), and the one-sided permutation
 * p-value P(S(X_i, Y_i, A, B) ≥ S(X, Y, A, B)) over re-partitions of X ∪ Y.
 * Words missing from the vocabulary are dropped from their set and reported.
 */
import { lookupWords } from './input';
import { permutationTest, type OnProgress, type PermutationOptions, type PermutationTest } from './permutation';
import { rowOf, type Embeddings } from './vocab';

export interface WeatSets {
  X: readonly string[];
  Y: readonly string[];
  A: readonly string[];
  B: readonly string[];
}

export interface WordAssociation {
  word: string;
  /** s(w, A, B): how much closer w is to A than to B, on average. */
  s: number;
  meanCosA: number;
  meanCosB: number;
}

type SetName = keyof WeatSets;

export interface WeatResult {
  /** Cohen's-d-like effect size; NaN when a set is empty or all s are equal. */
  effectSize: number;
  /** S(X, Y, A, B). */
  statistic: number;
  pValue: number;
  test: PermutationTest | null;
  contributions: { X: WordAssociation[]; Y: WordAssociation[] };
  missing: Record<SetName, string[]>;
  sizes: Record<SetName, number>;
  /** Why no test was run, if none was. */
  problem: string | null;
}

function resolveSet(emb: Embeddings, words: readonly string[]): { indices: number[]; words: string[]; missing: string[] } {
  const { found, unknown } = lookupWords(emb, words);
  const seen = new Set<number>();
  const kept = found.filter(({ index }) => {
    if (seen.has(index)) return false;
    seen.add(index);
    return true;
  });
  return { indices: kept.map((f) => f.index), words: kept.map((f) => f.word), missing: unknown };
}

function meanCosine(emb: Embeddings, w: Float32Array, set: readonly number[]): number {
  let total = 0;
  for (const i of set) {
    const r = rowOf(emb, i);
    let s = 0;
    for (let j = 0; j < emb.dims; j++) s += (w[j] as number) * (r[j] as number);
    total += s;
  }
  return total / set.length;
}

/** s(w, A, B) for one word index against resolved attribute sets. */
export function association(emb: Embeddings, wordIndex: number, a: readonly number[], b: readonly number[]): WordAssociation {
  const w = rowOf(emb, wordIndex);
  const meanCosA = meanCosine(emb, w, a);
  const meanCosB = meanCosine(emb, w, b);
  return { word: emb.words[wordIndex] ?? '', s: meanCosA - meanCosB, meanCosA, meanCosB };
}

/** `onProgress` hears how many partitions a sampled permutation test has drawn (every PROGRESS_EVERY). */
export function weat(emb: Embeddings, sets: WeatSets, options: PermutationOptions = {}, onProgress?: OnProgress): WeatResult {
  const X = resolveSet(emb, sets.X);
  const Y = resolveSet(emb, sets.Y);
  const A = resolveSet(emb, sets.A);
  const B = resolveSet(emb, sets.B);
  const missing = { X: X.missing, Y: Y.missing, A: A.missing, B: B.missing };
  const sizes = { X: X.indices.length, Y: Y.indices.length, A: A.indices.length, B: B.indices.length };
  const empty = (Object.keys(sizes) as SetName[]).filter((k) => sizes[k] === 0);
  if (empty.length > 0) {
    const problem = `No known words in set${empty.length > 1 ? 's' : ''} ${empty.join(', ')}.`;
    return { effectSize: NaN, statistic: NaN, pValue: NaN, test: null, contributions: { X: [], Y: [] }, missing, sizes, problem };
  }
  const cx = X.indices.map((i) => association(emb, i, A.indices, B.indices));
  const cy = Y.indices.map((i) => association(emb, i, A.indices, B.indices));
  const sx = cx.map((c) => c.s);
  const sy = cy.map((c) => c.s);
  const all = [...sx, ...sy];
  const mean = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
  const pooledMean = mean(all);
  const sd = Math.sqrt(all.reduce((t, x) => t + (x - pooledMean) ** 2, 0) / Math.max(all.length - 1, 1));
  const statistic = sx.reduce((t, x) => t + x, 0) - sy.reduce((t, x) => t + x, 0);
  const effectSize = sd > 0 ? (mean(sx) - mean(sy)) / sd : NaN;
  const test = permutationTest(all, sx.length, options, onProgress);
  return { effectSize, statistic, pValue: test.pValue, test, contributions: { X: cx, Y: cy }, missing, sizes, problem: null };
}
