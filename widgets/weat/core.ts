/** The WEAT figure's plumbing around the core's `weat`: which sets to test, and the rows a worker needs. */
import {
  WEAT_PRESETS,
  lookupWords,
  parseWordList,
  subsetEmbeddings,
  type Embeddings,
  type WeatSets,
} from '../lib/embeddings/core';
import { CUSTOM, MAX_SET_WORDS, type WeatState } from './state';

export type SetKey = 'X' | 'Y' | 'A' | 'B';
export const SET_KEYS: readonly SetKey[] = ['X', 'Y', 'A', 'B'];

export interface ChosenSets {
  sets: WeatSets;
  names: Record<SetKey, string>;
  /** Notes about the typed lists (cut, repeats…), prefixed with the set's name. */
  messages: string[];
}

export function chooseSets(test: string, texts: Record<SetKey, string>): ChosenSets {
  const preset = test === CUSTOM ? undefined : WEAT_PRESETS.find((p) => p.id === test);
  if (preset) return { sets: preset.sets, names: preset.names, messages: [] };
  const messages: string[] = [];
  const parse = (key: SetKey) => {
    const parsed = parseWordList(texts[key], MAX_SET_WORDS);
    messages.push(...parsed.messages.map((m) => `Set ${key}: ${m}`));
    return parsed.words;
  };
  const sets = { X: parse('X'), Y: parse('Y'), A: parse('A'), B: parse('B') };
  return { sets, names: { X: 'targets X', Y: 'targets Y', A: 'attributes A', B: 'attributes B' }, messages };
}

/** A note when a link gives word lists that its test does not read: only weat.test=custom reads them. */
export function ignoredListsNote(state: WeatState): string | null {
  if (state.test === CUSTOM) return null;
  const given = (['x', 'y', 'a', 'b'] as const).filter((k) => state[k] !== '').map((k) => `weat.${k}`);
  if (given.length === 0) return null;
  return (
    `The link gives word lists (${given.join(', ')}), but its test is ${state.test}, which uses its own; ` +
    'they were ignored. With weat.test=custom the link would use them.'
  );
}

/**
 * Just the rows the test reads, so a worker gets a few hundred KB instead of
 * the whole table. WEAT on this subset equals WEAT on the full table: the rows
 * are copied exactly and the same words are found or missing.
 */
export function subsetForSets(emb: Embeddings, sets: WeatSets): Embeddings {
  const rows = new Set<number>();
  for (const key of SET_KEYS) for (const f of lookupWords(emb, sets[key]).found) rows.add(f.index);
  return subsetEmbeddings(
    emb,
    [...rows].sort((a, b) => a - b),
  );
}
