/**
 * What a figure asks of a model, as types only (no TF.js at run time): the
 * shipped autoencoders, VAEs and PCA (with k fixed) all play these roles.
 */
import type * as tf from '@tensorflow/tfjs-core';

/** Codes [n, latent] → pixels [n, 784]. */
export interface Decoder {
  decode(z: tf.Tensor2D): tf.Tensor2D;
}

/** Pixels [n, 784] → their reconstructions [n, 784]. */
export interface Reconstructor {
  reconstruct(x: tf.Tensor2D): tf.Tensor2D;
}
