/**
 * Fetch and decode the asset from the site's own origin (e.g. "/data/glove/"),
 * through the same download helper as the models: byte progress, and a file
 * that sends nothing for STALL_MS is given up so the reader gets a Retry.
 * Each file is checked against the size and SHA-256 in manifest.json. Uses
 * only fetch and Web Crypto, which browsers and Node 22 both provide.
 */
import { DataLoadError, type LoadFailure } from '../../load/errors';
import { defaultFetch, fetchBytes, parseJson, type FetchLike, type Published } from '../../load/fetch-bytes';
import { decodeEmbeddings, type EmbeddingManifest } from './format';
import type { Embeddings } from './vocab';

export interface LoadedEmbeddings {
  embeddings: Embeddings;
  manifest: EmbeddingManifest;
}

export interface LoadOptions {
  fetch?: FetchLike;
  /** Check the files against the manifest's SHA-256 (about 20 ms for 4 MB); default true. */
  verify?: boolean;
  /** Bytes of the vectors and words received so far, of `total` (known once the manifest is in). */
  onProgress?: (loaded: number, total: number) => void;
  /** Give up on a file that sends nothing for this long, in ms; default the models' STALL_MS. */
  stallMs?: number;
}

const DATASET = 'word vectors';

function fail(file: string) {
  return (reason: LoadFailure, detail: string): never => {
    throw new DataLoadError(DATASET, file, reason, detail);
  };
}

export async function loadEmbeddings(baseUrl: string, options: LoadOptions = {}): Promise<LoadedEmbeddings> {
  const fetchFn = options.fetch ?? defaultFetch();
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const verify = options.verify ?? true;
  const get = (file: string, onChunk?: (n: number) => void, published?: Published) =>
    fetchBytes(fetchFn, base + file, fail(file), {
      onChunk,
      stallMs: options.stallMs,
      published: verify ? published : undefined,
    });
  const manifest = parseJson(await get('manifest.json'), fail('manifest.json')) as EmbeddingManifest;
  const { vectors: vf, words: wf } = manifest.files;
  const total = vf.bytes + wf.bytes;
  let loaded = 0;
  const count = (n: number) => options.onProgress?.((loaded += n), total);
  options.onProgress?.(0, total);
  const [vectors, words] = await Promise.all([get(vf.path, count, vf), get(wf.path, count, wf)]);
  const embeddings = decodeEmbeddings(vectors, new TextDecoder().decode(words), manifest);
  return { embeddings, manifest };
}
