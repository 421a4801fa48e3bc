/** Runs WEAT (with its permutation test) off the main thread, so a large custom test never freezes the page; it posts its progress as it samples. */
import { buildIndex, type Embeddings } from '../lib/embeddings/core/vocab';
import { weat, type WeatSets } from '../lib/embeddings/core/weat';

export interface WeatRequest {
  words: string[];
  dims: number;
  unit: Float32Array;
  sets: WeatSets;
}

// The project's types are the DOM's; a worker's global scope needs only these two members.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WeatRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { words, dims, unit, sets } = event.data;
  const emb: Embeddings = { words, dims, unit, lengths: new Float32Array(words.length), index: buildIndex(words) };
  const onProgress = (done: number, total: number) => scope.postMessage({ progress: { done, total } });
  scope.postMessage({ result: weat(emb, sets, {}, onProgress) });
};
