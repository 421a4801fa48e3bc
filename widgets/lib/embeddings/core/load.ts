/**
 * Fetch and decode the asset from the site's own origin (e.g. "/data/glove/").
 * Uses only fetch and Web Crypto, which browsers and Node 22 both provide.
 */
import { decodeEmbeddings, type EmbeddingManifest } from './format';
import type { Embeddings } from './vocab';

export interface LoadedEmbeddings {
  embeddings: Embeddings;
  manifest: EmbeddingManifest;
}

export interface LoadOptions {
  fetch?: (url: string) => Promise<Response>;
  /** Check the files against the manifest's SHA-256 (about 20 ms for 4 MB); default true. */
  verify?: boolean;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchOk(fetchImpl: (url: string) => Promise<Response>, url: string): Promise<Response> {
  const res = await fetchImpl(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return res;
}

export async function loadEmbeddings(baseUrl: string, options: LoadOptions = {}): Promise<LoadedEmbeddings> {
  const fetchImpl = options.fetch ?? ((url: string) => fetch(url));
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const manifest = (await (await fetchOk(fetchImpl, `${base}manifest.json`)).json()) as EmbeddingManifest;
  const [vectors, words] = await Promise.all(
    [manifest.files.vectors, manifest.files.words].map(async (f) => (await fetchOk(fetchImpl, base + f.path)).arrayBuffer()),
  );
  if (vectors === undefined || words === undefined) throw new Error('asset files missing');
  if (options.verify ?? true) {
    const [hv, hw] = await Promise.all([sha256Hex(vectors), sha256Hex(words)]);
    if (hv !== manifest.files.vectors.sha256) throw new Error(`${manifest.files.vectors.path} does not match its SHA-256 in the manifest`);
    if (hw !== manifest.files.words.sha256) throw new Error(`${manifest.files.words.path} does not match its SHA-256 in the manifest`);
  }
  const embeddings = decodeEmbeddings(vectors, new TextDecoder().decode(words), manifest);
  return { embeddings, manifest };
}
