/**
 * Turning what a reader types or pastes into vocabulary rows, and saying
 * which words were not found instead of dropping them silently.
 */
import type { Embeddings } from './vocab';

/** Pastes beyond this many distinct words are cut, with a message saying so. */
export const MAX_PASTED_WORDS = 10_000;

/** Separators between words of a pasted list: commas, semicolons and any whitespace. */
const TOKEN = /[^\s,;]+/g;
/** Anything that is not a letter, digit or mark, at either end of a token. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/**
 * Normalise one word the way the vocabulary was built: GloVe 6B is lower-case.
 * Unicode is NFKC-folded and typographic apostrophes become ASCII ones, so
 * pasting from a word processor works.
 */
export function normalizeWord(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .trim()
    .toLowerCase()
    .replace(EDGE_PUNCTUATION, '');
}

export interface ParsedWordList {
  /** Distinct normalised words, in first-seen order. */
  words: string[];
  /** Words that appeared more than once (each listed once). */
  duplicates: string[];
  /** True when the paste held more than `maxWords` distinct words and the rest were ignored. */
  truncated: boolean;
  messages: string[];
}

export function parseWordList(text: string, maxWords: number = MAX_PASTED_WORDS): ParsedWordList {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let truncated = false;
  let emptyTokens = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = normalizeWord(match[0]);
    if (word === '') {
      emptyTokens++;
      continue;
    }
    if (seen.has(word)) {
      duplicates.add(word);
      continue;
    }
    if (seen.size >= maxWords) {
      // Stop scanning: a huge paste costs no more than the cap.
      truncated = true;
      break;
    }
    seen.add(word);
  }
  const messages: string[] = [];
  if (truncated)
    messages.push(`Only the first ${maxWords.toLocaleString('en')} distinct words were used; the rest of the list was ignored.`);
  if (duplicates.size > 0)
    messages.push(`${duplicates.size} repeated word${duplicates.size === 1 ? ' was' : 's were'} counted once.`);
  if (emptyTokens > 0)
    messages.push(
      `${emptyTokens} item${emptyTokens === 1 ? '' : 's'} held only punctuation and ${emptyTokens === 1 ? 'was' : 'were'} skipped.`,
    );
  if (seen.size === 0) messages.push('No words were given.');
  return { words: [...seen], duplicates: [...duplicates], truncated, messages };
}

export interface FoundWord {
  word: string;
  index: number;
}

export interface WordLookup {
  found: FoundWord[];
  /** Normalised words that the vocabulary does not contain, in input order. */
  unknown: string[];
}

/** Look up words (normalising each); unknown ones are reported, not dropped. */
export function lookupWords(emb: Embeddings, words: Iterable<string>): WordLookup {
  const found: FoundWord[] = [];
  const unknown: string[] = [];
  for (const raw of words) {
    const word = normalizeWord(raw);
    const index = emb.index.get(word) ?? emb.index.get(raw.trim().toLowerCase());
    if (index === undefined) unknown.push(word === '' ? raw : word);
    else found.push({ word: emb.words[index] ?? word, index });
  }
  return { found, unknown };
}

export interface ResolvedWordList extends WordLookup {
  duplicates: string[];
  truncated: boolean;
  messages: string[];
}

/** Parse a pasted list and look it up in one step: what a list input box needs. */
export function resolveWordList(emb: Embeddings, text: string, maxWords: number = MAX_PASTED_WORDS): ResolvedWordList {
  const parsed = parseWordList(text, maxWords);
  const lookup = lookupWords(emb, parsed.words);
  const messages = [...parsed.messages];
  if (lookup.unknown.length > 0) {
    const shown = lookup.unknown.slice(0, 20).join(', ');
    const more = lookup.unknown.length > 20 ? ` and ${lookup.unknown.length - 20} more` : '';
    messages.push(`Not in the vocabulary: ${shown}${more}.`);
  }
  return { ...lookup, duplicates: parsed.duplicates, truncated: parsed.truncated, messages };
}
