import { describe, expect, it } from 'vitest';
import {
  MAX_PASTED_WORDS,
  embeddingsFromVectors,
  lookupWords,
  normalizeWord,
  parseWordList,
  resolveWordList,
} from '../../../widgets/lib/embeddings/core';

const emb = embeddingsFromVectors(
  ['king', 'queen', 'short-term', "o'neill", 'café'],
  [
    [1, 0],
    [0, 1],
    [1, 1],
    [1, 2],
    [2, 1],
  ],
);

describe('normalizeWord', () => {
  it('trims, lower-cases and strips surrounding punctuation but keeps inner hyphens and apostrophes', () => {
    expect(normalizeWord('  King ')).toBe('king');
    expect(normalizeWord('"Queen!"')).toBe('queen');
    expect(normalizeWord('(short-term),')).toBe('short-term');
    expect(normalizeWord('O\u2019Neill')).toBe("o'neill");
    expect(normalizeWord('...')).toBe('');
  });

  it('folds Unicode so composed and decomposed accents match', () => {
    expect(normalizeWord('Cafe\u0301')).toBe('café');
  });
});

describe('parseWordList', () => {
  it('splits on commas, semicolons, spaces and newlines and keeps first-seen order', () => {
    const r = parseWordList('king, Queen;\n\tapple  pear\r\n');
    expect(r.words).toEqual(['king', 'queen', 'apple', 'pear']);
    expect(r.truncated).toBe(false);
    expect(r.messages).toEqual([]);
  });

  it('counts duplicates once, in any case or punctuation, and says so', () => {
    const r = parseWordList('King king KING. "king" queen');
    expect(r.words).toEqual(['king', 'queen']);
    expect(r.duplicates).toEqual(['king']);
    expect(r.messages.join(' ')).toMatch(/1 repeated word was counted once/);
  });

  it('reports an empty or punctuation-only list', () => {
    expect(parseWordList('').words).toEqual([]);
    expect(parseWordList('').messages).toContain('No words were given.');
    const r = parseWordList(' , ; -- !! ');
    expect(r.words).toEqual([]);
    expect(r.messages.join(' ')).toMatch(/held only punctuation/);
  });

  it('caps a long paste at the limit with a clear message', () => {
    const text = Array.from({ length: MAX_PASTED_WORDS + 500 }, (_, i) => `w${i}`).join(', ');
    const r = parseWordList(text);
    expect(r.words).toHaveLength(MAX_PASTED_WORDS);
    expect(r.truncated).toBe(true);
    expect(r.messages[0]).toMatch(/first 10,000 distinct words/);
    expect(parseWordList('a b c d', 2).words).toEqual(['a', 'b']);
  });

  it('handles a 10,000-word paste whole', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `"Word${i}",` : `word${i}\n`)).join(' ');
    const r = resolveWordList(emb, text);
    expect(r.found.length + r.unknown.length).toBe(10_000);
    expect(r.truncated).toBe(false);
  });
});

describe('lookupWords and resolveWordList', () => {
  it('lists unknown words instead of dropping them', () => {
    const r = lookupWords(emb, ['King', 'prince', 'QUEEN', 'frog']);
    expect(r.found).toEqual([
      { word: 'king', index: 0 },
      { word: 'queen', index: 1 },
    ]);
    expect(r.unknown).toEqual(['prince', 'frog']);
  });

  it('puts the unknown words into a message', () => {
    const r = resolveWordList(emb, 'king, prince, king');
    expect(r.found.map((f) => f.word)).toEqual(['king']);
    expect(r.unknown).toEqual(['prince']);
    expect(r.duplicates).toEqual(['king']);
    expect(r.messages.join(' ')).toMatch(/Not in the vocabulary: prince\./);
  });
});
