/**
 * The shipped asset read from disk at build time, for the widgets' static
 * fallbacks and the tables of chapter 12. Decoded once per build with the same
 * core the browser uses, so the fallback shows what the live widget computes.
 * Never import this from an island: it uses node:fs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Straight from the modules, not the core's index: that pulls in JSON word lists Playwright's loader cannot import.
import { decodeEmbeddings, type EmbeddingManifest } from '../embeddings/core/format';
import type { Embeddings } from '../embeddings/core/vocab';
import type { GloveCard } from '../embeddings/card';

const DIR = join(process.cwd(), 'public/data/glove');

let embeddings: Embeddings | null = null;
let card: GloveCard | null = null;

export function buildTimeManifest(): EmbeddingManifest {
  return JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as EmbeddingManifest;
}

export function buildTimeEmbeddings(): Embeddings {
  if (embeddings) return embeddings;
  const manifest = buildTimeManifest();
  const vectors = readFileSync(join(DIR, manifest.files.vectors.path));
  const words = readFileSync(join(DIR, manifest.files.words.path), 'utf8');
  embeddings = decodeEmbeddings(vectors, words, manifest);
  return embeddings;
}

export function buildTimeCard(): GloveCard {
  card ??= JSON.parse(readFileSync(join(DIR, 'card.json'), 'utf8')) as GloveCard;
  return card;
}
