/** How each learned representation encodes digits with its shipped model (the same calls as scripts/models/few-labels.ts). */
import type * as TfCore from '@tensorflow/tfjs-core';
import { aeEncoder, pcaEncoder, vaeMeanEncoder, type EncodeFn } from '../lib/digits/encode';
import type { ModelId } from '../lib/models/registry';
import type { Representation } from './core';

export type LearnedRepresentation = Exclude<Representation, 'pixels'>;

/** The model behind each learned representation. */
export const MODEL_OF = {
  'pca-16': 'pca',
  'ae-d16': 'ae-d16',
  'vae-d16': 'vae-d16',
  'simclr-d128': 'simclr-d128',
  'rotation-d128': 'rotation-d128',
} as const satisfies Record<LearnedRepresentation, ModelId>;

/** What each representation asks of its model. */
export interface RepresentationModels {
  'pca-16': { encode(x: TfCore.Tensor2D, k: number): TfCore.Tensor2D };
  'ae-d16': { encode(x: TfCore.Tensor2D): TfCore.Tensor2D };
  'vae-d16': { encode(x: TfCore.Tensor2D): { mean: TfCore.Tensor2D } };
  'simclr-d128': { features(x: TfCore.Tensor2D): TfCore.Tensor2D };
  'rotation-d128': { features(x: TfCore.Tensor2D): TfCore.Tensor2D };
}

/** Digits per encoding batch: a batch of 100 through a 256-unit layer can pass 50 ms on the CPU backend. */
export const ENCODE_BATCH = 25;

export function encoderOf(
  tf: typeof TfCore,
  rep: LearnedRepresentation,
  model: RepresentationModels[LearnedRepresentation],
): EncodeFn {
  switch (rep) {
    case 'pca-16':
      return pcaEncoder(model as RepresentationModels['pca-16'], 16);
    case 'ae-d16':
      return aeEncoder(model as RepresentationModels['ae-d16']);
    case 'vae-d16':
      return vaeMeanEncoder(tf, model as RepresentationModels['vae-d16']);
    default: {
      const m = model as RepresentationModels['simclr-d128'];
      return (x) => m.features(x);
    }
  }
}
