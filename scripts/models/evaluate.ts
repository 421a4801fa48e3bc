/** Held-out metrics of a model, exactly as the tests recompute them. */
import * as tf from '@tensorflow/tfjs-core';
import type { AutoencoderModel, VaeModel } from '../../widgets/lib/models/autoencoders';
import { importanceWeightedNll, reconstructionMse } from '../../widgets/lib/models/metrics';
import type { PcaModel } from '../../widgets/lib/models/pca';
import { binarise, corrupt } from '../../widgets/lib/models/preprocess';
import { createRng } from '../../widgets/lib/rng';
import { PIXELS } from '../../widgets/lib/models/registry';
import { HELDOUT_NOISE_SEED, NLL_SAMPLES, NLL_SEED } from './settings';

export interface HeldOut {
  readonly pixels: Float32Array;
  readonly count: number;
}

export const PCA_REPORTED_K = [2, 16, 64] as const;

export async function evaluatePca(pca: PcaModel, held: HeldOut): Promise<Record<string, number>> {
  const x = tf.tensor2d(held.pixels, [held.count, PIXELS]);
  const out: Record<string, number> = {};
  for (const k of PCA_REPORTED_K) out[`mse_k${k}`] = await reconstructionMse((b) => pca.reconstruct(b, k), x);
  x.dispose();
  return out;
}

export async function evaluateAutoencoder(
  model: AutoencoderModel,
  held: HeldOut,
  denoising: boolean,
): Promise<Record<string, number>> {
  const x = tf.tensor2d(held.pixels, [held.count, PIXELS]);
  const out: Record<string, number> = { mse: await reconstructionMse((b) => model.reconstruct(b), x) };
  if (denoising) {
    const noisy = tf.tensor2d(corrupt(held.pixels, createRng(HELDOUT_NOISE_SEED)), [held.count, PIXELS]);
    out['denoisedMse'] = await reconstructionMse((b) => model.reconstruct(b), noisy, x);
    out['noisyInputMse'] = await reconstructionMse((b) => b, noisy, x);
    noisy.dispose();
  }
  x.dispose();
  return out;
}

export async function evaluateVae(model: VaeModel, held: HeldOut): Promise<Record<string, number>> {
  const x = tf.tensor2d(binarise(held.pixels), [held.count, PIXELS]);
  const r = await importanceWeightedNll(model, x, { samples: NLL_SAMPLES, seed: NLL_SEED });
  x.dispose();
  return { nll: r.nll, negElbo: r.negElbo };
}

/** Six significant digits: enough for any metric here, short enough to read in a card. */
export function roundMetrics(m: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number(v.toPrecision(6))]));
}
