/**
 * The held-out digits through an encoder, a batch at a time, so that encoding
 * all 1,000 never blocks the page: each batch runs inside `run` (the page's
 * `rt.run('batched', …)`; at build time a plain call) and is read back outside
 * it, with the page given a turn between batches. TF.js and the model come in
 * as parameters, so figures and build-time code share this.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { Points } from '../clustering/points';
import { BINARISE_THRESHOLD, bytesToPixels } from '../models/preprocess';
import { PIXELS } from '../models/registry';
import { runSliced, type SliceOptions } from '../schedule';

/** Pixels [n, 784] → codes [n, d], inside a tidy the caller opens. */
export type EncodeFn = (x: TfCore.Tensor2D) => TfCore.Tensor2D;

/** An autoencoder's code of the grey digits. */
export function aeEncoder(model: { encode(x: TfCore.Tensor2D): TfCore.Tensor2D }): EncodeFn {
  return (x) => model.encode(x);
}

/** A VAE's posterior mean of the digits binarised at 0.5, as it was trained. */
export function vaeMeanEncoder(tf: typeof TfCore, model: { encode(x: TfCore.Tensor2D): { mean: TfCore.Tensor2D } }): EncodeFn {
  return (x) => model.encode(tf.cast(tf.greater(x, BINARISE_THRESHOLD), 'float32') as TfCore.Tensor2D).mean;
}

/** The first k PCA coefficients. */
export function pcaEncoder(model: { encode(x: TfCore.Tensor2D, k: number): TfCore.Tensor2D }, k: number): EncodeFn {
  return (x) => model.encode(x, k);
}

/** The 784 grey levels in [0, 1] of every digit, row-major. */
export function pixelPoints(images: Uint8Array): Points {
  return { n: images.length / PIXELS, d: PIXELS, data: bytesToPixels(images) };
}

/** One batch of digits through an encoder, as a tensor the caller reads and disposes. */
export function encodeBatch(tf: typeof TfCore, encode: EncodeFn, pixels: Float32Array, n: number): TfCore.Tensor2D {
  return tf.tidy(() => encode(tf.tensor2d(pixels, [n, PIXELS])));
}

/** Digits per encoding batch: a batch of 1,000 through a 256-unit layer is a long task on the CPU backend. */
export const ENCODE_CHUNK = 100;

/** Every digit through an encoder, `chunk` (by default ENCODE_CHUNK) at a time. */
export async function encodeAll(
  tf: typeof TfCore,
  run: <T>(fn: () => T) => T,
  encode: EncodeFn,
  pixels: Points,
  slice: Omit<SliceOptions, 'onProgress'> = {},
  chunk = ENCODE_CHUNK,
): Promise<Points> {
  const starts = Array.from({ length: Math.ceil(pixels.n / chunk) }, (_, i) => i * chunk);
  const parts = await runSliced(
    starts,
    async (start) => {
      const n = Math.min(chunk, pixels.n - start);
      const rows = (pixels.data as Float32Array).subarray(start * PIXELS, (start + n) * PIXELS);
      const z = run(() => encodeBatch(tf, encode, rows, n));
      try {
        return { d: z.shape[1], values: (await z.data()) as Float32Array };
      } finally {
        z.dispose();
      }
    },
    slice,
  );
  const d = parts[0]?.d ?? 0;
  const data = new Float32Array(pixels.n * d);
  parts.forEach((p, i) => data.set(p.values, i * chunk * d));
  return { n: pixels.n, d, data };
}
