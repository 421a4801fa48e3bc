/** Word pairs typed by a reader, e.g. "man woman, king queen" or "he-she; his/her". */
import { normalizeWord, type WordPair } from './core';

export interface ParsedPairs {
  pairs: WordPair[];
  /** Entries that were not two words, as typed. */
  rejected: string[];
}

export function parsePairs(text: string, maxPairs = 50): ParsedPairs {
  const pairs: WordPair[] = [];
  const rejected: string[] = [];
  for (const entry of text.split(/[,;\n]+/)) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const words = trimmed
      .split(/[\s\-–—/:>→]+/)
      .map(normalizeWord)
      .filter((w) => w !== '');
    const [x, y] = words;
    if (words.length !== 2 || x === undefined || y === undefined)
      rejected.push(trimmed.length > 30 ? `${trimmed.slice(0, 30)}…` : trimmed);
    else if (pairs.length < maxPairs) pairs.push([x, y]);
  }
  return { pairs, rejected };
}

export function pairsMessage(parsed: ParsedPairs): string | null {
  if (parsed.rejected.length === 0) return null;
  const shown = parsed.rejected
    .slice(0, 5)
    .map((r) => `“${r}”`)
    .join(', ');
  return `Each pair must be two words separated by a space, e.g. “man woman”; ignored: ${shown}${parsed.rejected.length > 5 ? '…' : ''}.`;
}
