/** Which shipped model gives each representation its points, and how it encodes (shared by the page and the build). */
import type * as TfCore from '@tensorflow/tfjs-core';
import { aeEncoder, vaeMeanEncoder, type EncodeFn } from '../lib/digits/encode';
import type { Representation } from './core';

/**
 * Digits per encoding batch here: three models encode while the pixel table is
 * built, and a batch of 100 through vae-d16 takes over 100 ms on the CPU backend.
 */
export const ENCODE_BATCH = 25;

export type LearnedRepresentation = Exclude<Representation, 'pixels'>;
export const LEARNED: readonly LearnedRepresentation[] = ['ae-d2', 'ae-d16', 'vae-d16'];

/** What each representation asks of its model: an autoencoder's code, or a VAE's posterior mean. */
export interface RepresentationModels {
  'ae-d2': { encode(x: TfCore.Tensor2D): TfCore.Tensor2D };
  'ae-d16': { encode(x: TfCore.Tensor2D): TfCore.Tensor2D };
  'vae-d16': { encode(x: TfCore.Tensor2D): { mean: TfCore.Tensor2D } };
}

export function encoderOf<R extends LearnedRepresentation>(tf: typeof TfCore, rep: R, model: RepresentationModels[R]): EncodeFn {
  return rep === 'vae-d16'
    ? vaeMeanEncoder(tf, model as RepresentationModels['vae-d16'])
    : aeEncoder(model as RepresentationModels['ae-d2']);
}
