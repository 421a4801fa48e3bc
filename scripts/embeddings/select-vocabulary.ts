/** Which words the book ships: the most frequent clean tokens plus every word a preset needs. */

/**
 * Tokens that are not words: anything without a letter (punctuation, "$", "…")
 * or with characters other than letters, digits, marks, hyphens, apostrophes
 * and periods. Letter–digit words such as "mp3" or "h1n1" are kept.
 */
export function isJunkToken(token: string): boolean {
  return !/\p{L}/u.test(token) || !/^[\p{L}\p{N}\p{M}'.-]+$/u.test(token);
}

export interface VocabularySelection {
  /** Row numbers in the source, ascending (so the asset stays in frequency order). */
  rows: number[];
  /** Required words that lie beyond the frequency cut and were added for the presets. */
  addedForPresets: string[];
  /** Required words the source does not contain at all. */
  missingFromSource: string[];
  /** Junk tokens passed over inside the frequency cut. */
  junkSkipped: string[];
}

export function selectVocabulary(sourceWords: readonly string[], topN: number, required: readonly string[]): VocabularySelection {
  const chosen = new Set<number>();
  const junkSkipped: string[] = [];
  for (let i = 0; i < sourceWords.length && chosen.size < topN; i++) {
    const w = sourceWords[i] as string;
    if (isJunkToken(w)) junkSkipped.push(w);
    else chosen.add(i);
  }
  const sourceIndex = new Map(sourceWords.map((w, i) => [w, i] as const));
  const addedForPresets: string[] = [];
  const missingFromSource: string[] = [];
  for (const w of new Set(required)) {
    const i = sourceIndex.get(w);
    if (i === undefined) missingFromSource.push(w);
    else if (!chosen.has(i)) {
      chosen.add(i);
      addedForPresets.push(w);
    }
  }
  const rows = [...chosen].sort((a, b) => a - b);
  return { rows, addedForPresets: addedForPresets.sort(), missingFromSource: missingFromSource.sort(), junkSkipped };
}
