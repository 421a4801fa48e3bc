/**
 * Preprocessing shared by training and widgets, so a widget feeds a model
 * exactly what it was trained on. Plain typed arrays: no TF.js here, so any
 * island may import it (the tensor versions are in ./tensors).
 */
import type { Rng } from '../rng';

/** VAE digits are black and white: a pixel is 1 when its grey level is above this. */
export const BINARISE_THRESHOLD = 0.5;

/** The DAE's training corruption: add N(0, σ²) noise to each pixel, then clip to [0, 1]. */
export const DAE_NOISE_SIGMA = 0.5;

export function binarise(pixels: Float32Array): Float32Array {
  return pixels.map((v) => (v > BINARISE_THRESHOLD ? 1 : 0));
}

/** Gaussian corruption with clipping; the same function made the DAE's training inputs. */
export function corrupt(pixels: Float32Array, rng: Rng, sigma: number = DAE_NOISE_SIGMA): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const v = (pixels[i] as number) + sigma * rng.normal();
    out[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return out;
}

/** Grey levels 0..255 (the shipped uint8 files) to floats in [0, 1]. */
export function bytesToPixels(bytes: Uint8Array): Float32Array {
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (bytes[i] as number) / 255;
  return out;
}

/** Floats in [0, 1] back to bytes (for drawing or storing). */
export function pixelsToBytes(pixels: Float32Array): Uint8Array {
  const out = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = Math.round(Math.min(1, Math.max(0, pixels[i] as number)) * 255);
  return out;
}
