/**
 * Bias directions and projections, after Bolukbasi et al. (2016), "Man is to
 * Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", §4–5.
 */
import { lookupWords, normalizeWord } from './input';
import { principalComponents } from './projection';
import { dot, unitVector, type ScoredWord } from './similarity';
import { rowOf, type Embeddings } from './vocab';

export type WordPair = readonly [string, string];

export interface BiasDirection {
  /** Unit vector pointing from the second word of each pair towards the first. */
  direction: Float32Array;
  pairsUsed: [string, string][];
  /** Words of pairs that could not be used because a word is missing. */
  unknown: string[];
  /** Share of the paired differences' variance on each principal component (PC1 first). */
  explainedRatio: number[];
}

function resolvePairs(
  emb: Embeddings,
  pairs: readonly WordPair[],
): { used: [number, number][]; words: [string, string][]; unknown: string[] } {
  const used: [number, number][] = [];
  const words: [string, string][] = [];
  const unknown: string[] = [];
  for (const [x, y] of pairs) {
    const wx = normalizeWord(x);
    const wy = normalizeWord(y);
    const ix = emb.index.get(wx);
    const iy = emb.index.get(wy);
    if (ix === undefined) unknown.push(wx);
    if (iy === undefined) unknown.push(wy);
    if (ix !== undefined && iy !== undefined) {
      used.push([ix, iy]);
      words.push([wx, wy]);
    }
  }
  return { used, words, unknown };
}

/** The simplest direction: the normalised difference of one pair, e.g. he − she. */
export function directionFromPair(emb: Embeddings, pair: WordPair): BiasDirection {
  return directionFromPairs(emb, [pair]);
}

/**
 * Bolukbasi's direction: centre each pair on its own mean, then take the first
 * principal component of all the centred vectors. The sign is chosen so the
 * direction points from the second word of the pairs to the first on average.
 * With a single pair this is exactly the normalised difference.
 */
export function directionFromPairs(emb: Embeddings, pairs: readonly WordPair[], components = 10): BiasDirection {
  const { used, words, unknown } = resolvePairs(emb, pairs);
  if (used.length === 0) return { direction: new Float32Array(emb.dims), pairsUsed: [], unknown, explainedRatio: [] };
  const rows: Float64Array[] = [];
  const diff = new Float64Array(emb.dims);
  for (const [ix, iy] of used) {
    const x = rowOf(emb, ix);
    const y = rowOf(emb, iy);
    const rx = new Float64Array(emb.dims);
    const ry = new Float64Array(emb.dims);
    for (let j = 0; j < emb.dims; j++) {
      const half = ((x[j] as number) - (y[j] as number)) / 2;
      rx[j] = half;
      ry[j] = -half;
      diff[j] = (diff[j] as number) + 2 * half;
    }
    rows.push(rx, ry);
  }
  const pcs = principalComponents(rows, components);
  const pc1 = pcs.components[0] ?? new Float64Array(emb.dims);
  const sign = dot(pc1, diff) < 0 ? -1 : 1;
  const direction = unitVector(pc1.map((v) => v * sign));
  return { direction, pairsUsed: words, unknown, explainedRatio: pcs.explainedRatio };
}

export interface ProjectionResult {
  /** Projections onto the direction (cosines, since rows are unit vectors), largest first. */
  ranked: ScoredWord[];
  unknown: string[];
}

/** Project words onto a unit direction and rank them from the first-word end to the second-word end. */
export function projectOnDirection(emb: Embeddings, words: Iterable<string>, direction: ArrayLike<number>): ProjectionResult {
  const { found, unknown } = lookupWords(emb, words);
  const seen = new Set<number>();
  const ranked: ScoredWord[] = [];
  for (const { word, index } of found) {
    if (seen.has(index)) continue;
    seen.add(index);
    ranked.push({ word, index, score: dot(rowOf(emb, index), direction) });
  }
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return { ranked, unknown };
}
