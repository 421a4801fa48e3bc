/**
 * Inference wrappers around a loaded encoder/decoder pair. Every method keeps
 * its intermediate tensors in tf.tidy; the caller disposes what it gets back.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { LOGITS_LAYER } from './architecture';
import type { ModelInfo } from './registry';

function predictOne(model: tfl.LayersModel, x: tf.Tensor): tf.Tensor2D {
  return model.predict(x) as tf.Tensor2D;
}

class EncoderDecoder {
  private logitsModel: tfl.LayersModel | null = null;

  constructor(
    readonly info: ModelInfo,
    readonly encoder: tfl.LayersModel,
    readonly decoder: tfl.LayersModel,
  ) {}

  get id(): string {
    return this.info.id;
  }

  get latent(): number {
    return this.info.latent;
  }

  /** Codes [n, latent] → pixel intensities in [0, 1], [n, 784]. */
  decode(z: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => predictOne(this.decoder, z));
  }

  /** Codes → the decoder's pre-sigmoid outputs (Bernoulli logits), [n, 784]. */
  decodeLogits(z: tf.Tensor2D): tf.Tensor2D {
    this.logitsModel ??= tfl.model({ inputs: this.decoder.inputs, outputs: this.decoder.getLayer(LOGITS_LAYER).output });
    const m = this.logitsModel;
    return tf.tidy(() => predictOne(m, z));
  }

  dispose(): void {
    this.encoder.dispose();
    this.decoder.dispose();
  }
}

/** Plain and denoising autoencoders: deterministic code. */
export class AutoencoderModel extends EncoderDecoder {
  readonly kind = 'ae';

  /** Pixels [n, 784] in [0, 1] → codes [n, latent]. */
  encode(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => predictOne(this.encoder, x));
  }

  reconstruct(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.decode(this.encode(x)));
  }
}

export interface Posterior {
  readonly mean: tf.Tensor2D;
  readonly logVar: tf.Tensor2D;
}

/** Variational autoencoders: the encoder gives a Gaussian q(z|x) = N(mean, exp(logVar)). */
export class VaeModel extends EncoderDecoder {
  readonly kind = 'vae';

  /** Binarised pixels [n, 784] → posterior mean and log-variance, each [n, latent]. */
  encode(x: tf.Tensor2D): Posterior {
    const [mean, logVar] = this.encoder.predict(x) as tf.Tensor2D[];
    if (!mean || !logVar) throw new Error(`${this.id}: encoder must have two outputs`);
    return { mean, logVar };
  }

  /** Decode the posterior mean: the usual "reconstruction" picture. */
  reconstruct(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.decode(this.encode(x).mean));
  }

  /** z = mean + exp(logVar / 2) · ε, with ε ~ N(0, I) drawn from a seed. */
  sampleLatent(posterior: Posterior, seed: number): tf.Tensor2D {
    return tf.tidy(() => {
      const eps = tf.randomNormal(posterior.mean.shape, 0, 1, 'float32', seed);
      return tf.add(posterior.mean, tf.mul(tf.exp(tf.mul(posterior.logVar, 0.5)), eps));
    });
  }

  /** New digits: decode n draws from the prior N(0, I). */
  generate(n: number, seed: number): tf.Tensor2D {
    return tf.tidy(() => this.decode(tf.randomNormal([n, this.latent], 0, 1, 'float32', seed)));
  }
}
