/**
 * NT-Xent on TF.js, for training: the same loss as widgets/lib/ssl/nt-xent.ts (tested
 * against it), on a batch of 2N projections in pairs [a0, b0, a1, b1, …].
 */
import * as tf from '@tensorflow/tfjs-core';

/** Keeps the normalisation finite for an all-zero projection. */
const EPSILON = 1e-12;

export function ntXentLoss(z: tf.Tensor2D, temperature: number): tf.Scalar {
  return tf.tidy(() => {
    const n = z.shape[0];
    const unit = tf.div(z, tf.sqrt(tf.add(tf.sum(tf.square(z), 1, true), EPSILON)));
    const logits = tf.div(tf.matMul(unit, tf.transpose(unit)), temperature);
    // A view is not its own negative: push the diagonal far below every other logit.
    const masked = tf.sub(logits, tf.mul(tf.eye(n), 1e9));
    const logp = tf.logSoftmax(masked);
    const positives = tf.oneHot(
      tf.tensor1d(
        Int32Array.from({ length: n }, (_, i) => i ^ 1),
        'int32',
      ),
      n,
    );
    return tf.neg(tf.mean(tf.sum(tf.mul(logp, positives), 1))) as tf.Scalar;
  });
}
