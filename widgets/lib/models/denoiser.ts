/**
 * The 2-d diffusion models' noise predictor ε_θ(x_t, t): a dense stack on
 * [x, y, time features] (widgets/lib/diffusion.ts). Built here for
 * training and for loading, so the two cannot drift.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { DENOISER_INPUT, denoiserInputs } from '../diffusion';
import type { ModelInfo } from './registry';

export function buildDenoiser(info: ModelInfo): tfl.LayersModel {
  const input = tfl.input({ shape: [DENOISER_INPUT], name: 'xt_time' });
  let x: tfl.SymbolicTensor = input;
  info.hidden.forEach((units, i) => {
    x = tfl.layers.dense({ units, activation: 'relu', name: `denoiser_dense_${i}` }).apply(x) as tfl.SymbolicTensor;
  });
  const eps = tfl.layers.dense({ units: 2, activation: 'linear', name: 'eps' }).apply(x) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: eps, name: `${info.id}_denoiser`.replaceAll('-', '_') });
}

export class DenoiserModel {
  readonly kind = 'ddpm';

  constructor(
    readonly info: ModelInfo,
    readonly net: tfl.LayersModel,
  ) {}

  get id(): string {
    return this.info.id;
  }

  /** Predicted noise [n, 2] for points [n, 2] at step t; the caller disposes it. */
  predictNoise(points: tf.Tensor2D, t: number): tf.Tensor2D {
    return tf.tidy(() => {
      const n = points.shape[0];
      const input = tf.tensor2d(denoiserInputs(points.dataSync(), t), [n, DENOISER_INPUT]);
      return this.net.predict(input) as tf.Tensor2D;
    });
  }

  /** The same from plain numbers [x₀, y₀, x₁, …], read back synchronously (small n, CPU backend). */
  predictNoiseArray(points: ArrayLike<number>, t: number): Float32Array {
    const n = points.length / 2;
    const out = tf.tidy(() => this.net.predict(tf.tensor2d(denoiserInputs(points, t), [n, DENOISER_INPUT])) as tf.Tensor2D);
    try {
      return out.dataSync() as Float32Array;
    } finally {
      out.dispose();
    }
  }

  dispose(): void {
    this.net.dispose();
  }
}
