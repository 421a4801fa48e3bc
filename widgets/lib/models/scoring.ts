/**
 * Scoring held-out digits by reconstruction error, as the anomaly figure, the
 * model cards (scripts/models/card-analyses.ts) and the disaggregated-evaluation
 * figure all do: per-image errors, the scorer a shipped model acts as, and the
 * 1 % threshold. Pure; TF.js comes in as a parameter.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { bytesToPixels } from './preprocess';
import { PIXELS } from './registry';
import type { Reconstructor } from './roles';

/** The chapter's rule for a deployed detector: a threshold set from normal data alone, which 1 % of them exceed. */
export const NORMAL_FLAG_RATE = 0.01;

/**
 * The threshold that at most `fraction` of the normal scores exceed (flagging is
 * "score > threshold"): midway between the largest score left unflagged and the smallest
 * flagged one. Midway rather than on the unflagged score itself, so that a difference in the
 * last digits (another backend, a printed rounding) cannot move that score across it.
 */
export function thresholdExceededBy(normal: ArrayLike<number>, fraction: number = NORMAL_FLAG_RATE): number {
  const sorted = Float64Array.from(normal).sort();
  const above = Math.floor(fraction * sorted.length);
  const kept = sorted[sorted.length - above - 1] as number;
  if (above === 0) return kept;
  const flagged = sorted[sorted.length - above] as number;
  // Tied scores across the line stay unflagged: never more than the fraction.
  return kept + (flagged - kept) / 2;
}

/**
 * Per-image reconstruction error (mean squared error per pixel) for images
 * [start, start + count) of a uint8 set: one batch, one read-back.
 */
export async function reconstructionErrors(
  tfc: typeof tf,
  model: Reconstructor,
  images: Uint8Array,
  start: number,
  count: number,
): Promise<Float32Array> {
  const pixels = bytesToPixels(images.subarray(start * PIXELS, (start + count) * PIXELS));
  const out = tfc.tidy(() => {
    const x = tfc.tensor2d(pixels, [count, PIXELS]);
    return tfc.mean(tfc.squaredDifference(model.reconstruct(x), x), 1);
  });
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

/** Components PCA keeps when it scores: as many as the autoencoders' code has numbers. */
export const PCA_SCORER_COMPONENTS = 16;

/** A shipped model as a scorer: an autoencoder as it is, PCA with its first 16 components. */
export function asScorer(
  m: Reconstructor | { basis: unknown; reconstruct(x: tf.Tensor2D, k: number): tf.Tensor2D },
): Reconstructor {
  return 'basis' in m ? { reconstruct: (x) => m.reconstruct(x, PCA_SCORER_COMPONENTS) } : m;
}
