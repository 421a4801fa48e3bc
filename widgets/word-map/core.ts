/** Which words the word map shows, and its arrows: pure, tested in Node. */
import { parseWordList, projectWords2d, type Embeddings, type WordPair, type WordPoint } from '../lib/embeddings/core';
import { parsePairs, pairsMessage } from '../lib/embeddings/pairs';
import type { Arrow } from './plot';

export interface WordMapModel {
  points: WordPoint[];
  arrows: Arrow[];
  explained: [number, number];
  unknown: string[];
  messages: string[];
}

export function buildWordMap(emb: Embeddings, wordsText: string, pairsText: string, maxWords: number): WordMapModel {
  const list = parseWordList(wordsText);
  const parsed = parsePairs(pairsText);
  const messages =
    list.words.length === 0 && parsed.pairs.length === 0
      ? ['Type some words to map.']
      : list.messages.filter((m) => m !== 'No words were given.');
  const pairMsg = pairsMessage(parsed);
  if (pairMsg) messages.push(pairMsg);
  const all = [...new Set([...list.words, ...parsed.pairs.flat()])];
  if (all.length > maxWords)
    messages.push(
      `Only the first ${maxWords} words are mapped, so the labels stay readable (${all.length.toLocaleString('en')} were given).`,
    );
  const map = projectWords2d(emb, all.slice(0, maxWords));
  if (map.points.length < 2 && all.length > 0) messages.push('At least two known words are needed for a map.');
  const at = new Map(map.points.map((p) => [p.word, p]));
  const arrows: Arrow[] = [];
  for (const [x, y] of parsed.pairs as readonly WordPair[]) {
    const from = at.get(x);
    const to = at.get(y);
    if (from && to) arrows.push({ from, to });
  }
  return { points: map.points, arrows, explained: map.explainedRatio, unknown: map.unknown, messages };
}
