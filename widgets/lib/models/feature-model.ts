/**
 * A self-supervised encoder as loaded: pixels → features (the representation a probe or a
 * figure uses), and the head its pretext task trained on top (a contrastive encoder's
 * projection, a rotation model's four logits). Every method keeps its intermediate tensors
 * in tf.tidy; the caller disposes what it gets back.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { ModelInfo } from './registry';

export class FeatureModel {
  constructor(
    readonly info: ModelInfo,
    readonly encoder: tfl.LayersModel,
    readonly head: tfl.LayersModel,
  ) {}

  get id(): string {
    return this.info.id;
  }

  get kind(): 'simclr' | 'rotation' {
    return this.info.kind as 'simclr' | 'rotation';
  }

  /** Pixels [n, 784] in [0, 1] → features [n, latent]. */
  features(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.encoder.predict(x) as tf.Tensor2D);
  }

  /** Features → the head's output: a projection [n, 64], or rotation logits [n, 4]. */
  headOf(h: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.head.predict(h) as tf.Tensor2D);
  }

  /** Pixels → the head's output. */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.headOf(this.features(x)));
  }

  dispose(): void {
    this.encoder.dispose();
    this.head.dispose();
  }
}
