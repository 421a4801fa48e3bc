/**
 * The word vectors for every word figure on a page: downloaded once (about
 * 4 MB), only when the first such figure is about to be seen (islands hydrate
 * on visibility), with byte progress, a stall timeout and a Retry after failure.
 */
import { assetKey } from '../ui/asset-keys';
import { useAsset, type AssetState, type Progress } from '../ui/useAsset';
import { loadEmbeddings, type EmbeddingManifest, type Embeddings } from './core';

export interface Glove {
  emb: Embeddings;
  manifest: EmbeddingManifest;
  /** Download, check and decode time, in ms. */
  loadMs: number;
}

const BASE = `${import.meta.env.BASE_URL}data/glove/`;

export function useEmbeddings(): AssetState<Glove> {
  return useAsset<Glove>(assetKey.wordVectors(), loadGlove);
}

async function loadGlove(onProgress: (p: Progress) => void): Promise<Glove> {
  const t0 = performance.now();
  const { embeddings, manifest } = await loadEmbeddings(BASE, { onProgress: (loaded, total) => onProgress({ loaded, total }) });
  return { emb: embeddings, manifest, loadMs: performance.now() - t0 };
}
