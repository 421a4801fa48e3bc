/** Shared setup for the model tests: wasm backend, shipped files read from public/ through the real loader. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { useWasmBackend } from '../../scripts/models/backend';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { loadDigitSet, type DigitSet } from '~/lib/digits/sets';
import type { FetchLike } from '~/lib/load/fetch-bytes';

export const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

export const publicFetch: FetchLike = fileFetch(PUBLIC_DIR);

export async function setupBackend(): Promise<void> {
  await useWasmBackend();
}

export function heldOut(): Promise<DigitSet> {
  return loadDigitSet('mnist-heldout', { fetch: publicFetch });
}

export interface Card {
  id: string;
  files: { path: string; bytes: number; gzipBytes: number; sha256: string }[];
  size: { bytes: number; gzipBytes: number };
  metrics: { heldOut: { float32: Record<string, number>; shipped: Record<string, number> } };
  [field: string]: unknown;
}

export function readCard(id: string): Card {
  return JSON.parse(readFileSync(join(PUBLIC_DIR, 'models', id, 'card.json'), 'utf8')) as Card;
}

/** Serve public/ but let a test replace (or remove, with null) chosen files. */
export function tamperedFetch(changes: Record<string, (bytes: Uint8Array) => Uint8Array | null>): FetchLike {
  return async (url) => {
    const change = Object.entries(changes).find(([path]) => url.endsWith(path))?.[1];
    const response = await publicFetch(url);
    if (!change || !response.ok) return response;
    const changed = change(new Uint8Array(await response.arrayBuffer()));
    return changed ? new Response(new Uint8Array(changed), { status: 200 }) : new Response('not found', { status: 404 });
  };
}

/** Run fn, dispose what it returns, and report how many tensors were left behind. */
export function leakedTensors(fn: () => tf.Tensor | tf.Tensor[] | Record<string, tf.Tensor>): number {
  const before = tf.memory().numTensors;
  const out = fn();
  const list = out instanceof tf.Tensor ? [out] : Array.isArray(out) ? out : Object.values(out);
  for (const t of list) t.dispose();
  return tf.memory().numTensors - before;
}
