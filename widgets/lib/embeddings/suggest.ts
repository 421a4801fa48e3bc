/** What to say when a typed word is not in the shipped vocabulary. */
import { normalizeWord, type Embeddings } from './core';

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/** Up to `n` known words within edit distance 2 (1 for short words), closest first, then most frequent. */
export function suggestWords(emb: Embeddings, raw: string, n = 5): string[] {
  const word = normalizeWord(raw);
  if (word === '') return [];
  const max = word.length <= 4 ? 1 : 2;
  const found: { w: string; d: number; i: number }[] = [];
  emb.words.forEach((w, i) => {
    if (w === word) return;
    const d = editDistance(word, w, max);
    if (d <= max) found.push({ w, d, i });
  });
  return found
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, n)
    .map((f) => f.w);
}

/** One sentence explaining why a word was not found. */
export function unknownWordMessage(emb: Embeddings, raw: string): string {
  const word = normalizeWord(raw);
  const count = emb.words.length.toLocaleString('en');
  if (word === '') return 'Type a word (letters or digits).';
  if (/\s/.test(raw.trim())) return `“${raw.trim()}” has a space in it: the vocabulary holds single words only, not phrases.`;
  return `“${word}” is not among the ${count} words we ship (the most frequent words of GloVe’s vocabulary, lower-cased).`;
}
