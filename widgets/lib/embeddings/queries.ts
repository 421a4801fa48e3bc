/**
 * Neighbour and analogy queries written against any scorer (TF.js or plain
 * JS). They reproduce the core's `nearestNeighbours` and `analogy` exactly,
 * except that the one heavy step, M·q, is handed to the scorer.
 */
import {
  normalizeWord,
  rowOf,
  topK,
  unitVector,
  withWords,
  type AnalogyOptions,
  type AnalogyQuery,
  type AnalogyResult,
  type Embeddings,
  type NeighboursResult,
} from './core';
import type { ScoreMany, Scorer } from './tf-scorer';

export async function neighboursVia(emb: Embeddings, scoreMany: ScoreMany, query: string, k: number): Promise<NeighboursResult> {
  const word = normalizeWord(query);
  const i = emb.index.get(word);
  if (i === undefined) return { neighbours: [], unknown: [word] };
  const [scores] = await scoreMany([rowOf(emb, i)]);
  if (!scores) throw new Error('the scorer returned nothing');
  return { neighbours: withWords(emb, topK(scores, k, new Set([i]))), unknown: [] };
}

export async function analogyVia(
  emb: Embeddings,
  scorer: Pick<Scorer, 'scoreMany' | 'cosMul'>,
  query: AnalogyQuery,
  options: AnalogyOptions = {},
): Promise<AnalogyResult> {
  const { method = '3CosAdd', k = 10, excludeInputs = true, epsilon = 0.001 } = options;
  const words = [query.a, query.b, query.c].map(normalizeWord);
  const indices = words.map((w) => emb.index.get(w));
  const unknown = words.filter((_, i) => indices[i] === undefined);
  const [ia, ib, ic] = indices;
  if (ia === undefined || ib === undefined || ic === undefined) return { results: [], unknown };
  const [a, b, c] = [rowOf(emb, ia), rowOf(emb, ib), rowOf(emb, ic)];
  let scores: Float32Array;
  if (method === '3CosAdd') {
    const target = new Float32Array(emb.dims);
    for (let j = 0; j < emb.dims; j++) target[j] = (a[j] as number) - (b[j] as number) + (c[j] as number);
    const [s] = await scorer.scoreMany([unitVector(target)]);
    if (!s) throw new Error('the scorer returned nothing');
    scores = s;
  } else {
    scores = await scorer.cosMul(a, b, c, epsilon);
  }
  const exclude = excludeInputs ? new Set([ia, ib, ic]) : undefined;
  return { results: withWords(emb, topK(scores, k, exclude)), unknown: [] };
}
