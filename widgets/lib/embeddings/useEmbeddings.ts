/**
 * The word vectors for every Part V widget on a page: downloaded once (about
 * 4 MB), only when the first such widget is about to be seen (islands hydrate
 * on visibility), with byte progress and a Retry after failure.
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
  const manifestRes = await fetch(`${BASE}manifest.json`);
  if (!manifestRes.ok) throw new Error(`could not load ${BASE}manifest.json: HTTP ${manifestRes.status}`);
  const manifestText = await manifestRes.text();
  const manifest = JSON.parse(manifestText) as EmbeddingManifest;
  const total = manifest.files.vectors.bytes + manifest.files.words.bytes;
  let loaded = 0;
  onProgress({ loaded, total });
  // The core fetches the manifest again; serve it from memory and count the other files' bytes as they arrive.
  const countingFetch = async (url: string): Promise<Response> => {
    if (url.endsWith('manifest.json')) return new Response(manifestText, { status: 200 });
    const res = await fetch(url);
    if (!res.ok || !res.body) return res;
    const reader = res.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          return;
        }
        loaded += value.byteLength;
        onProgress({ loaded, total });
        controller.enqueue(value);
      },
    });
    return new Response(body, { status: res.status, headers: res.headers });
  };
  const { embeddings } = await loadEmbeddings(BASE, { fetch: countingFetch });
  return { emb: embeddings, manifest, loadMs: performance.now() - t0 };
}
