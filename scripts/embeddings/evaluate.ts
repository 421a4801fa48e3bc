/** Quality measures for choosing the vocabulary size and checking the quantization. */
import { mulberry32 } from '../../widgets/lib/rng';
import { analogyByIndex, scoreAll, topK, rowOf, type Embeddings } from '../../widgets/lib/embeddings/core';
import type { AnalogyQuestion } from './analogy-check-set';

export interface AnalogyAccuracy {
  questions: number;
  /** Questions whose four words are all in the vocabulary. */
  answerable: number;
  correct: number;
  /** correct / questions: an unanswerable question counts as wrong, as a reader would experience it. */
  accuracy: number;
  /** correct / answerable. */
  accuracyAnswerable: number;
}

/** Top-1 accuracy of 3CosAdd with the question words excluded (the standard protocol). */
export function analogyAccuracy(emb: Embeddings, questions: readonly AnalogyQuestion[]): AnalogyAccuracy {
  let answerable = 0;
  let correct = 0;
  for (const q of questions) {
    const [ia, ib, ic, ie] = [q.a, q.b, q.c, q.expected].map((w) => emb.index.get(w));
    if (ia === undefined || ib === undefined || ic === undefined || ie === undefined) continue;
    answerable++;
    if (analogyByIndex(emb, ia, ib, ic, { k: 1 })[0]?.index === ie) correct++;
  }
  const n = questions.length;
  return { questions: n, answerable, correct, accuracy: correct / n, accuracyAnswerable: answerable ? correct / answerable : 0 };
}

/** `count` distinct words drawn (seeded) from the first `fromTop` words of a table. */
export function sampleQueryWords(emb: Embeddings, count: number, fromTop: number, seed: number): string[] {
  const rng = mulberry32(seed);
  const pool = emb.words.slice(0, fromTop);
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, count);
}

/** The k nearest words (query excluded) of each query word, as word lists. */
export function neighbourLists(emb: Embeddings, queries: readonly string[], k: number): string[][] {
  return queries.map((w) => {
    const i = emb.index.get(w);
    if (i === undefined) return [];
    return topK(scoreAll(emb, rowOf(emb, i)), k, new Set([i])).map((s) => emb.words[s.index] ?? '');
  });
}

/** Mean share of the reference's top-k neighbours that the candidate also returns. */
export function neighbourAgreement(reference: readonly string[][], candidate: readonly string[][]): number {
  let total = 0;
  reference.forEach((ref, q) => {
    const cand = new Set(candidate[q] ?? []);
    total += ref.length ? ref.filter((w) => cand.has(w)).length / ref.length : 1;
  });
  return reference.length ? total / reference.length : 1;
}
