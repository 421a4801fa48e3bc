/**
 * Three ways to damage a digit, each replayable from a seed, and the error
 * of a reconstruction against the clean digit. Pure functions; the one TF.js
 * call takes the model as a parameter.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { IMAGE_SIZE } from '../lib/models/registry';
import type { Reconstructor } from '../lib/models/roles';
import { corrupt as gaussianCorrupt } from '../lib/models/preprocess';
import { createRng } from '../lib/rng';
import type { Corruption } from './corruptions';

export * from './corruptions';

/**
 * Corrupt a digit (floats in [0, 1]):
 * - gaussian: add N(0, level²) per pixel and clip (the DAE's own training corruption, level 0.5);
 * - salt-pepper: each pixel, with probability `level`, becomes 0 or 1 with equal odds;
 * - patch: a black square covering a fraction `level` of the image, at a seeded position.
 */
export function corruptDigit(pixels: Float32Array, kind: Corruption, level: number, seed: number): Float32Array {
  const rng = createRng(seed);
  if (kind === 'gaussian') return gaussianCorrupt(pixels, rng, level);
  if (kind === 'salt-pepper') {
    const out = Float32Array.from(pixels);
    for (let i = 0; i < out.length; i++) {
      if (rng.next() < level) out[i] = rng.next() < 0.5 ? 0 : 1;
    }
    return out;
  }
  return maskPatch(pixels, patchRect(level, rng.next(), rng.next()));
}

export interface Rect {
  x: number;
  y: number;
  side: number;
}

/** A square of area ≈ level × 28², placed by two uniforms in [0, 1) over the positions where it fits. */
export function patchRect(level: number, u: number, v: number): Rect {
  const side = Math.round(IMAGE_SIZE * Math.sqrt(Math.min(1, Math.max(0, level))));
  const room = IMAGE_SIZE - side;
  return { side, x: Math.floor(u * (room + 1)), y: Math.floor(v * (room + 1)) };
}

export function maskPatch(pixels: Float32Array, r: Rect): Float32Array {
  const out = Float32Array.from(pixels);
  for (let y = r.y; y < r.y + r.side; y++) {
    for (let x = r.x; x < r.x + r.side; x++) out[y * IMAGE_SIZE + x] = 0;
  }
  return out;
}

/** Mean squared error per pixel. */
export function mse(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) throw new Error('mse: arrays must have the same, non-zero length');
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    s += d * d;
  }
  return s / a.length;
}

/** One image through a model, with no tensor left behind. */
export function reconstructOne(tfc: typeof tf, model: Reconstructor, pixels: Float32Array): Float32Array {
  const out = tfc.tidy(() => model.reconstruct(tfc.tensor2d(pixels, [1, pixels.length])));
  const values = out.dataSync() as Float32Array;
  out.dispose();
  return values;
}
