/**
 * The shipped asset read from disk at build time, for the widgets' static
 * fallbacks and the bias chapter's tables. Decoded once per build with the same
 * core the browser uses, so the fallback shows what the live widget computes.
 * Node only: never import this from an island.
 */
// Straight from the modules, not the core's index, which also loads every preset word list.
import { decodeEmbeddings, type EmbeddingManifest } from '../embeddings/core/format';
import type { Embeddings } from '../embeddings/core/vocab';
import type { GloveCard } from '../embeddings/card';
import { readPublic, readPublicJson } from './public-files';

const DIR = 'data/glove';

let embeddings: Embeddings | null = null;
let card: GloveCard | null = null;

export function buildTimeManifest(): EmbeddingManifest {
  return readPublicJson<EmbeddingManifest>(`${DIR}/manifest.json`);
}

export function buildTimeEmbeddings(): Embeddings {
  if (embeddings) return embeddings;
  const manifest = buildTimeManifest();
  const vectors = readPublic(`${DIR}/${manifest.files.vectors.path}`);
  const words = readPublic(`${DIR}/${manifest.files.words.path}`).toString('utf8');
  embeddings = decodeEmbeddings(vectors, words, manifest);
  return embeddings;
}

export function buildTimeCard(): GloveCard {
  card ??= readPublicJson<GloveCard>(`${DIR}/card.json`);
  return card;
}
