/**
 * Reconstruction of one digit by ae-d16, ae-d2 and PCA with k components, and
 * the per-pixel mean squared error of each. The models are the shared
 * wrappers from ~/lib/models; TF.js comes in as a parameter so that this file
 * runs in Node tests (cpu backend) and in the page alike.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { PIXELS } from '../lib/models/registry';
import type { Reconstructor } from '../lib/models/roles';
import { mulberry32 } from '../lib/rng';

export interface PcaReconstructor {
  reconstruct(x: TfCore.Tensor2D, k: number): TfCore.Tensor2D;
}
export interface Models {
  ae16: Reconstructor;
  ae2: Reconstructor;
  pca: PcaReconstructor;
}
export type Method = keyof Models;
export const METHODS: readonly Method[] = ['ae16', 'ae2', 'pca'];

export interface Reconstruction {
  /** 784 values; PCA's are not clipped (its error is measured unclipped, as on its card). */
  pixels: Float32Array;
  mse: number;
}

/** Per-pixel mean squared error, accumulated in double precision. */
export function mse(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`mse: lengths ${a.length} and ${b.length} differ`);
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    s += d * d;
  }
  return s / a.length;
}

/** One digit through the three models: one batch of one, all intermediates freed. */
export function reconstructAll(tf: typeof TfCore, models: Models, x: Float32Array, k: number): Record<Method, Reconstruction> {
  const [ae16, ae2, pca] = tf.tidy(() => {
    const input = tf.tensor2d(x, [1, PIXELS]);
    return [models.ae16.reconstruct(input), models.ae2.reconstruct(input), models.pca.reconstruct(input, k)].map(
      (t) => t.dataSync() as Float32Array,
    );
  });
  const wrap = (pixels: Float32Array | undefined): Reconstruction => {
    if (!pixels) throw new Error('missing reconstruction');
    return { pixels, mse: mse(x, pixels) };
  };
  return { ae16: wrap(ae16), ae2: wrap(ae2), pca: wrap(pca) };
}

/** The gallery: the first `perClass` held-out digits of each class, in class order. */
export function galleryIndices(labels: ArrayLike<number>, perClass = 2): number[] {
  const out: number[] = [];
  for (let c = 0; c < 10; c++) {
    let found = 0;
    for (let i = 0; i < labels.length && found < perClass; i++) {
      if (labels[i] === c) {
        out.push(i);
        found++;
      }
    }
  }
  return out;
}

/** The held-out digit that "Next random" shows for a seed. */
export function randomIndex(seed: number, count: number): number {
  return Math.floor(mulberry32(seed)() * count);
}
