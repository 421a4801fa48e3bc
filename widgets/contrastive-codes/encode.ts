/**
 * What the figure asks of the contrastive encoder, shared by the page and the
 * build: the 128 features of every held-out digit, and the projections of a
 * digit and its views, whose cosine similarity is what the loss was trained on.
 * TF.js and the model come in as parameters.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { SIDE } from '../lib/ssl/augment';
import type { EncodeFn } from '../lib/digits/encode';
import { viewSimilarities, viewsOf } from './core';

const PIXELS = SIDE * SIDE;

/** The two parts of the shipped model the figure uses (a FeatureModel). */
export interface ContrastiveModel {
  features(x: TfCore.Tensor2D): TfCore.Tensor2D;
  apply(x: TfCore.Tensor2D): TfCore.Tensor2D;
}

/** Digits per batch of features: a batch of 50 through the 784 → 256 → 128 encoder took up to 64 ms on a busy CPU, 25 stays inside a slice. */
export const FEATURE_BATCH = 25;

export function featureEncoder(model: ContrastiveModel): EncodeFn {
  return (x) => model.features(x);
}

/** The cosine similarity of each view's projection to the original digit's, for one seed and strength. */
export async function viewScores(
  tf: typeof TfCore,
  model: ContrastiveModel,
  image: Float32Array,
  seed: number,
  strength: number,
): Promise<{ views: Float32Array[]; similarities: number[] }> {
  const views = viewsOf(image, seed, strength);
  const rows = new Float32Array((views.length + 1) * PIXELS);
  rows.set(image, 0);
  views.forEach((v, j) => rows.set(v, (j + 1) * PIXELS));
  const z = tf.tidy(() => model.apply(tf.tensor2d(rows, [views.length + 1, PIXELS])));
  try {
    const data = (await z.data()) as Float32Array;
    const d = z.shape[1];
    return { views, similarities: viewSimilarities(data.subarray(0, d), data.subarray(d), d) };
  } finally {
    z.dispose();
  }
}
