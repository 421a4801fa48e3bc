/** The bias-probe figure's computation: a direction from word pairs, and the words at both of its ends. */
import {
  DEFINITIONAL_MALE_FIRST,
  PAPER_EXTREME_OCCUPATIONS,
  directionFromPairs,
  neutralProfessions,
  parseWordList,
  projectOnDirection,
  type Embeddings,
  type ScoredWord,
} from '../lib/embeddings/core';
import { pairsMessage, parsePairs } from '../lib/embeddings/pairs';
import type { DirectionMode } from './state';

export interface ProbeInput {
  dir: DirectionMode;
  pairs: string;
  words: string;
  n: number;
}

export interface ProbeResult {
  /** Names of the two ends, e.g. "he" and "she". */
  ends: [string, string];
  pairsUsed: [string, string][];
  /** Share of the pairs' variance on the direction (1 for a single pair). */
  explained: number;
  /** The n words furthest towards the first end, most extreme first; likewise the second. */
  first: ScoredWord[];
  second: ScoredWord[];
  candidates: number;
  unknown: string[];
  /** Our extremes that are also in Bolukbasi et al.'s lists of extreme occupations. */
  inPaper: Set<string>;
  messages: string[];
  /** Set when nothing can be ranked. */
  problem: string | null;
}

export function runProbe(emb: Embeddings, input: ProbeInput): ProbeResult {
  const messages: string[] = [];
  const parsed = parsePairs(input.pairs);
  const pairs = input.dir === 'definitional' ? DEFINITIONAL_MALE_FIRST : parsed.pairs;
  if (input.dir === 'typed') {
    const m = pairsMessage(parsed);
    if (m) messages.push(m);
  }
  const custom = input.words.trim() !== '';
  const list = custom ? parseWordList(input.words) : null;
  if (list) messages.push(...list.messages);
  const words = list ? list.words : neutralProfessions();
  const dir = directionFromPairs(emb, pairs);
  if (dir.unknown.length > 0) messages.push(`Pairs with words outside the vocabulary were left out: ${dir.unknown.join(', ')}.`);
  const ends: [string, string] =
    input.dir === 'definitional' ? ['male', 'female'] : [dir.pairsUsed[0]?.[0] ?? 'first', dir.pairsUsed[0]?.[1] ?? 'second'];
  const empty = (problem: string): ProbeResult => ({
    ends,
    pairsUsed: dir.pairsUsed,
    explained: 0,
    first: [],
    second: [],
    candidates: 0,
    unknown: [],
    inPaper: new Set(),
    messages,
    problem,
  });
  if (dir.pairsUsed.length === 0) return empty('No usable pair: type at least one pair of known words, such as “he she”.');
  const { ranked, unknown } = projectOnDirection(emb, words, dir.direction);
  if (ranked.length === 0) return empty('None of the words to project is in the vocabulary.');
  const n = Math.min(input.n, Math.floor(ranked.length / 2) || 1);
  const first = ranked.slice(0, n);
  const second = ranked.slice(-n).reverse();
  const paper = new Set<string>([...PAPER_EXTREME_OCCUPATIONS.he, ...PAPER_EXTREME_OCCUPATIONS.she]);
  const inPaper = new Set([...first, ...second].map((r) => r.word).filter((w) => paper.has(w)));
  return {
    ends,
    pairsUsed: dir.pairsUsed,
    explained: dir.explainedRatio[0] ?? 1,
    first,
    second,
    candidates: ranked.length,
    unknown,
    inPaper,
    messages,
    problem: null,
  };
}
