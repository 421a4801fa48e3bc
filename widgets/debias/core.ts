/**
 * The debiasing figure's computations: hard debiasing (Bolukbasi et al. 2016) and what
 * it leaves behind (Gonen & Goldberg 2019, "Lipstick on a Pig"): words that
 * leaned one way still sit among neighbours that leaned the same way.
 */
import {
  ANALOGY_PRESETS,
  DEFINITIONAL_MALE_FIRST,
  EQUALIZE_PAIRS,
  GENDER_SPECIFIC_WORDS,
  analogy,
  directionFromPair,
  directionFromPairs,
  dot,
  hardDebias,
  neutralProfessions,
  normalizeWord,
  projectOnDirection,
  rowOf,
  topK,
  type Embeddings,
} from '../lib/embeddings/core';

export type DebiasDirection = 'definitional' | 'heshe';

export interface Debiased {
  direction: Float32Array;
  before: Embeddings;
  after: Embeddings;
  neutralizedCount: number;
  /** Row indices left alone (gender-specific words and equalised pairs). */
  kept: Set<number>;
}

export function debiasTable(emb: Embeddings, mode: DebiasDirection): Debiased {
  const direction =
    mode === 'heshe'
      ? directionFromPair(emb, ['he', 'she']).direction
      : directionFromPairs(emb, DEFINITIONAL_MALE_FIRST).direction;
  const r = hardDebias(emb, { direction, keep: GENDER_SPECIFIC_WORDS, equalize: EQUALIZE_PAIRS });
  const kept = new Set<number>();
  for (const w of [...GENDER_SPECIFIC_WORDS, ...EQUALIZE_PAIRS.flat()]) {
    const i = emb.index.get(normalizeWord(w));
    if (i !== undefined) kept.add(i);
  }
  return { direction, before: emb, after: r.embeddings, neutralizedCount: r.neutralizedCount, kept };
}

export interface ProbeRow {
  word: string;
  index: number;
  before: number;
  after: number;
}

/** The n most she-like and he-like neutral professions before debiasing, with their projections after. */
export function professionExtremes(d: Debiased, n: number): { she: ProbeRow[]; he: ProbeRow[] } {
  const { ranked } = projectOnDirection(d.before, neutralProfessions(), d.direction);
  const row = (r: { word: string; index: number; score: number }): ProbeRow => ({
    word: r.word,
    index: r.index,
    before: r.score,
    after: dot(rowOf(d.after, r.index), d.direction),
  });
  return { he: ranked.slice(0, n).map(row), she: ranked.slice(-n).reverse().map(row) };
}

export interface AnalogyRow {
  query: string;
  before: string[];
  after: string[];
}

export function analogiesBeforeAfter(d: Debiased, k = 3): AnalogyRow[] {
  return ANALOGY_PRESETS.filter((p) => p.query.b !== 'today' && p.query.b !== 'france').map((p) => ({
    query: `${p.query.a} − ${p.query.b} + ${p.query.c}`,
    before: analogy(d.before, p.query, { k }).results.map((r) => r.word),
    after: analogy(d.after, p.query, { k }).results.map((r) => r.word),
  }));
}

export interface GenderPool {
  /** Row indices of the most gendered words that were neutralised: he-side first, then she-side. */
  indices: number[];
  /** True where the word leaned to the she side before debiasing. */
  sheSide: boolean[];
}

/** Gonen & Goldberg's set: the perSide most he-leaning and most she-leaning words among those debiasing neutralised. */
export function genderPool(d: Debiased, perSide: number): GenderPool {
  const count = d.before.words.length;
  const proj: { i: number; p: number }[] = [];
  for (let i = 0; i < count; i++) if (!d.kept.has(i)) proj.push({ i, p: dot(rowOf(d.before, i), d.direction) });
  proj.sort((a, b) => b.p - a.p || a.i - b.i);
  const he = proj.slice(0, perSide).map((x) => x.i);
  const she = proj.slice(-perSide).map((x) => x.i);
  return { indices: [...he, ...she], sheSide: [...he.map(() => false), ...she.map(() => true)] };
}

/** Share of a word's k nearest neighbours within the pool (itself excluded) that were she-leaning. */
export function sheShareOfNeighbours(table: Embeddings, word: number, pool: GenderPool, k: number): number {
  const w = rowOf(table, word);
  const scores = new Float32Array(pool.indices.length);
  pool.indices.forEach((j, n) => (scores[n] = j === word ? NaN : dot(w, rowOf(table, j))));
  const top = topK(scores, k);
  return top.reduce((s, t) => s + (pool.sheSide[t.index] ? 1 : 0), 0) / Math.max(top.length, 1);
}

export interface PoolSummary {
  /** Mean share of she-leaning neighbours for the pool's she-side and he-side words. */
  sheWords: number;
  heWords: number;
}

export function poolSummary(table: Embeddings, pool: GenderPool, k: number): PoolSummary {
  let she = 0;
  let he = 0;
  pool.indices.forEach((i, n) => {
    const share = sheShareOfNeighbours(table, i, pool, k);
    if (pool.sheSide[n]) she += share;
    else he += share;
  });
  const half = pool.indices.length / 2;
  return { sheWords: she / half, heWords: he / half };
}
