/**
 * Codes of held-out digits and decoded paths between them. TF.js and the
 * models are passed in, so the island and the build-time fallback share it.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { AutoencoderModel, VaeModel } from '../lib/models/autoencoders';
import { binarise } from '../lib/models/preprocess';
import { interpolate, type Method } from './core';

/** ae: the code of the grey digit; vae: the posterior mean of the binarised digit (what it was trained on). */
export function encodeDigit(tfc: typeof tf, model: AutoencoderModel | VaeModel, pixels: Float32Array): Float32Array {
  const out = tfc.tidy(() => {
    if (model.kind === 'vae') return model.encode(tfc.tensor2d(binarise(pixels), [1, pixels.length])).mean;
    return model.encode(tfc.tensor2d(pixels, [1, pixels.length]));
  });
  const z = out.dataSync() as Float32Array;
  out.dispose();
  return z;
}

/** Decode the path from the code of `a` to the code of `b`: `steps` images of 784 pixels, and each code's length. */
export function decodePath(
  tfc: typeof tf,
  model: AutoencoderModel | VaeModel,
  a: Float32Array,
  b: Float32Array,
  steps: number,
  method: Method,
): { images: Float32Array; norms: number[] } {
  const za = encodeDigit(tfc, model, a);
  const zb = encodeDigit(tfc, model, b);
  const codes = interpolate(za, zb, steps, method);
  const d = za.length;
  const out = tfc.tidy(() => model.decode(tfc.tensor2d(codes, [steps, d])));
  const images = out.dataSync() as Float32Array;
  out.dispose();
  const norms = Array.from({ length: steps }, (_, k) => Math.hypot(...codes.subarray(k * d, (k + 1) * d)));
  return { images, norms };
}
