/**
 * Frozen features for the probe, extracted only for the digits a run needs (the labelled
 * training digits of its draw, and the held-out digits), a batch at a time on the `batched`
 * workload with the page given a turn between batches, and cached per representation and
 * model: a second draw or count encodes only the digits it has not seen. A model reloaded
 * after a backend change is a new cache key, so its features are computed again.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { encodeAll, type EncodeFn } from '../lib/digits/encode';
import { bytesToPixels } from '../lib/models/preprocess';
import { PIXELS } from '../lib/models/registry';
import type { ProbeData } from '../lib/ssl/probe';
import { ENCODE_BATCH } from './encoders';

interface Cache {
  dim: number;
  /** trainCount × dim, valid where `have` is 1. */
  train: Float32Array | null;
  have: Uint8Array;
  held: Float32Array | null;
}

const caches = new WeakMap<object, Cache>();

export interface Digits {
  /** The training digits as bytes: only the rows a run needs are turned into floats (7 MB at once would be a long task). */
  readonly trainImages: Uint8Array;
  readonly trainLabels: Uint8Array;
  readonly heldPixels: Float32Array;
  readonly heldLabels: Uint8Array;
}

export interface Encoder {
  readonly tf: typeof TfCore;
  readonly run: <T>(fn: () => T) => T;
  readonly encode: EncodeFn;
}

/** The rows' grey levels as floats in [0, 1], as bytesToPixels makes them. */
const pick = (images: Uint8Array, rows: readonly number[]) => {
  const out = new Float32Array(rows.length * PIXELS);
  rows.forEach((r, i) => out.set(bytesToPixels(images.subarray(r * PIXELS, (r + 1) * PIXELS)), i * PIXELS));
  return out;
};

/**
 * The probe's training set (the rows `rows`) and held-out set in one representation: the
 * pixels themselves when `encoder` is null, else the model's features. `key` names the
 * cache (the model, or the digit set for pixels).
 */
export async function probeSets(
  key: object,
  encoder: Encoder | null,
  digits: Digits,
  rows: readonly number[],
  signal: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<{ train: ProbeData; held: ProbeData }> {
  const trainCount = digits.trainLabels.length;
  const heldCount = digits.heldLabels.length;
  const labels = rows.map((r) => digits.trainLabels[r] as number);
  if (!encoder) {
    const train = { features: pick(digits.trainImages, rows), dim: PIXELS, labels };
    return { train, held: { features: digits.heldPixels, dim: PIXELS, labels: digits.heldLabels } };
  }
  let cache = caches.get(key);
  if (!cache) {
    cache = { dim: 0, train: null, have: new Uint8Array(trainCount), held: null };
    caches.set(key, cache);
  }
  const c = cache;
  const missing = rows.filter((r) => c.have[r] !== 1);
  const total = missing.length + (c.held ? 0 : heldCount);
  const encodeRows = async (pixels: Float32Array, n: number, before: number) => {
    let batches = 0;
    // Each call of `run` is one batch: counting them is the progress.
    const run = <T>(fn: () => T): T => {
      const out = encoder.run(fn);
      batches++;
      onProgress?.(before + Math.min(n, batches * ENCODE_BATCH), total);
      return out;
    };
    return encodeAll(encoder.tf, run, encoder.encode, { n, d: PIXELS, data: pixels }, { signal, yieldFirst: true }, ENCODE_BATCH);
  };
  if (!c.held) {
    const z = await encodeRows(digits.heldPixels, heldCount, 0);
    c.dim = z.d;
    c.held = z.data as Float32Array;
  }
  if (missing.length > 0) {
    const z = await encodeRows(pick(digits.trainImages, missing), missing.length, c.held ? total - missing.length : 0);
    c.train ??= new Float32Array(trainCount * z.d);
    const train = c.train;
    missing.forEach((r, i) => {
      train.set((z.data as Float32Array).subarray(i * z.d, (i + 1) * z.d), r * z.d);
      c.have[r] = 1;
    });
  }
  const train = c.train as Float32Array;
  const features = new Float32Array(rows.length * c.dim);
  rows.forEach((r, i) => features.set(train.subarray(r * c.dim, (r + 1) * c.dim), i * c.dim));
  return { train: { features, dim: c.dim, labels }, held: { features: c.held, dim: c.dim, labels: digits.heldLabels } };
}
