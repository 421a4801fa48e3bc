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
  equalizePair,
  neutralize,
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

/** What hard debiasing will do: the direction, the rows it leaves alone and the pairs it equalises. */
export interface DebiasPlan {
  direction: Float32Array;
  /** Rows not neutralised: gender-specific words and both words of each equalised pair. */
  untouched: Set<number>;
  pairs: [number, number][];
  kept: Set<number>;
}

/** The plan `hardDebias` follows, so that its row-by-row work can be run in slices. */
export function debiasPlan(emb: Embeddings, mode: DebiasDirection): DebiasPlan {
  const direction =
    mode === 'heshe'
      ? directionFromPair(emb, ['he', 'she']).direction
      : directionFromPairs(emb, DEFINITIONAL_MALE_FIRST).direction;
  const index = (w: string) => emb.index.get(normalizeWord(w));
  const untouched = new Set<number>();
  for (const w of GENDER_SPECIFIC_WORDS) {
    const i = index(w);
    if (i !== undefined) untouched.add(i);
  }
  const pairs: [number, number][] = [];
  for (const [x, y] of EQUALIZE_PAIRS) {
    const ix = index(x);
    const iy = index(y);
    if (ix === undefined || iy === undefined) continue;
    pairs.push([ix, iy]);
    untouched.add(ix).add(iy);
  }
  const kept = new Set<number>();
  for (const w of [...GENDER_SPECIFIC_WORDS, ...EQUALIZE_PAIRS.flat()]) {
    const i = index(w);
    if (i !== undefined) kept.add(i);
  }
  return { direction: Float32Array.from(direction), untouched, pairs, kept };
}

/** Neutralise rows [from, to) of `unit` (a copy of the table) in place; returns how many were neutralised. */
export function neutralizeRows(emb: Embeddings, unit: Float32Array, plan: DebiasPlan, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < Math.min(to, emb.words.length); i++) {
    if (plan.untouched.has(i)) continue;
    unit.set(neutralize(rowOf(emb, i), plan.direction), i * emb.dims);
    count++;
  }
  return count;
}

/** Equalise the plan's pairs in `unit`, once every row is neutralised, and wrap the result. */
export function finishDebias(emb: Embeddings, unit: Float32Array, plan: DebiasPlan, neutralizedCount: number): Debiased {
  for (const [ix, iy] of plan.pairs) {
    const [a, b] = equalizePair(rowOf(emb, ix), rowOf(emb, iy), plan.direction);
    unit.set(a, ix * emb.dims);
    unit.set(b, iy * emb.dims);
  }
  const after: Embeddings = { words: emb.words, dims: emb.dims, unit, lengths: emb.lengths, index: emb.index };
  return { direction: plan.direction, before: emb, after, neutralizedCount, kept: plan.kept };
}

/** Hard debiasing of the whole table at once (`hardDebias`, in the steps the figure slices). */
export function debiasTable(emb: Embeddings, mode: DebiasDirection): Debiased {
  const plan = debiasPlan(emb, mode);
  const unit = Float32Array.from(emb.unit);
  return finishDebias(emb, unit, plan, neutralizeRows(emb, unit, plan, 0, emb.words.length));
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

/** The analogies shown before and after: the presets about people. */
export const DEBIAS_ANALOGIES = ANALOGY_PRESETS.filter((p) => p.query.b !== 'today' && p.query.b !== 'france');

export type AnalogyPreset = (typeof DEBIAS_ANALOGIES)[number];

/** The top k answers to a preset's analogy in one table. */
export function analogyWords(table: Embeddings, preset: AnalogyPreset, k = 3): string[] {
  return analogy(table, preset.query, { k }).results.map((r) => r.word);
}

export function analogyRow(preset: AnalogyPreset, before: string[], after: string[]): AnalogyRow {
  const { query } = preset;
  return { query: `${query.a} − ${query.b} + ${query.c}`, before, after };
}

export function analogiesBeforeAfter(d: Debiased, k = 3): AnalogyRow[] {
  return DEBIAS_ANALOGIES.map((p) => analogyRow(p, analogyWords(d.before, p, k), analogyWords(d.after, p, k)));
}

export interface GenderPool {
  /** Row indices of the most gendered words that were neutralised: he-side first, then she-side. */
  indices: number[];
  /** True where the word leaned to the she side before debiasing. */
  sheSide: boolean[];
}

/** Gonen & Goldberg's set: the perSide most he-leaning and most she-leaning words among those debiasing neutralised. */
export function genderPool(d: Debiased, perSide: number): GenderPool {
  return poolFromProjections(projectRows(d, 0, d.before.words.length), perSide);
}

export interface RowProjection {
  i: number;
  p: number;
}

/** Projections on the direction, before debiasing, of the neutralised rows among [from, to). */
export function projectRows(d: Debiased, from: number, to: number): RowProjection[] {
  const proj: RowProjection[] = [];
  for (let i = from; i < Math.min(to, d.before.words.length); i++) {
    if (!d.kept.has(i)) proj.push({ i, p: dot(rowOf(d.before, i), d.direction) });
  }
  return proj;
}

/** The pool from every neutralised row's projection, in row order. */
export function poolFromProjections(proj: RowProjection[], perSide: number): GenderPool {
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
  return summariseShares(
    pool.indices.map((i) => sheShareOfNeighbours(table, i, pool, k)),
    pool,
  );
}

/** The summary from each pool word's share (in pool order), added up in that order. */
export function summariseShares(shares: readonly number[], pool: GenderPool): PoolSummary {
  let she = 0;
  let he = 0;
  shares.forEach((share, n) => {
    if (pool.sheSide[n]) she += share;
    else he += share;
  });
  const half = pool.indices.length / 2;
  return { sheWords: she / half, heWords: he / half };
}
