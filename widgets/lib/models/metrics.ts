/**
 * Held-out metrics, shared by the training script (which writes them into the
 * model cards) and the tests (which check them against the quality bars).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Posterior } from './autoencoders';

const LOG_2PI = Math.log(2 * Math.PI);

/** Σ over pixels of log Bernoulli(x | sigmoid(logits)), computed stably: x·l − softplus(l). */
export function bernoulliLogLikelihood(x: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const softplus = tf.add(tf.relu(logits), tf.log1p(tf.exp(tf.neg(tf.abs(logits)))));
    return tf.sum(tf.sub(tf.mul(x, logits), softplus), -1);
  });
}

/** KL(N(mean, exp(logVar)) ‖ N(0, I)) per row. */
export function gaussianKl(mean: tf.Tensor, logVar: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.mul(-0.5, tf.sum(tf.sub(tf.add(1, logVar), tf.add(tf.square(mean), tf.exp(logVar))), -1)));
}

/** Mean squared error per pixel between x and reconstruct(x), over all rows, in batches. */
export async function reconstructionMse(
  reconstruct: (x: tf.Tensor2D) => tf.Tensor2D,
  x: tf.Tensor2D,
  target: tf.Tensor2D = x,
  batchSize = 250,
): Promise<number> {
  const n = x.shape[0];
  let total = 0;
  for (let start = 0; start < n; start += batchSize) {
    const size = Math.min(batchSize, n - start);
    const sse = tf.tidy(() => {
      const xb = tf.slice(x, [start, 0], [size, -1]);
      const tb = tf.slice(target, [start, 0], [size, -1]);
      return tf.sum(tf.squaredDifference(reconstruct(xb), tb));
    });
    total += (await sse.data())[0] as number;
    sse.dispose();
  }
  return total / (n * x.shape[1]);
}

export interface VaeLike {
  readonly latent: number;
  encode(x: tf.Tensor2D): Posterior;
  decodeLogits(z: tf.Tensor2D): tf.Tensor2D;
}

export interface NllOptions {
  /** Importance samples per digit (K). */
  readonly samples: number;
  readonly seed: number;
  /** Digits per batch; each batch decodes batchSize × samples codes. */
  readonly batchSize?: number;
}

export interface NllResult {
  /** −log p(x) in nats per digit, by the importance-weighted bound with K samples (Burda et al. 2016). */
  readonly nll: number;
  /** −ELBO in nats per digit (the average single-sample bound over the same draws). */
  readonly negElbo: number;
  readonly samples: number;
  readonly digits: number;
  /** The same two quantities for each digit, in nats (their means are nll and negElbo). */
  readonly perDigit: { readonly nll: Float32Array; readonly negElbo: Float32Array };
}

/**
 * log p(x) ≈ log (1/K) Σ_k p(x|z_k) p(z_k) / q(z_k|x), z_k ~ q(z|x).
 * x must be binarised (0/1): the decoder is a Bernoulli likelihood.
 */
export async function importanceWeightedNll(vae: VaeLike, x: tf.Tensor2D, options: NllOptions): Promise<NllResult> {
  const { samples: k, seed } = options;
  const batchSize = options.batchSize ?? Math.max(1, Math.floor(5000 / k));
  const [n, dim] = x.shape;
  const d = vae.latent;
  let sumLogPx = 0;
  let sumElbo = 0;
  const perDigit = { nll: new Float32Array(n), negElbo: new Float32Array(n) };
  for (let start = 0, batch = 0; start < n; start += batchSize, batch++) {
    const b = Math.min(batchSize, n - start);
    const [logPx, elbo, rowNll, rowNegElbo] = tf.tidy(() => {
      const xb = tf.slice(x, [start, 0], [b, -1]);
      const post = vae.encode(xb);
      const eps = tf.randomNormal([b, k, d], 0, 1, 'float32', seed + batch);
      const std = tf.exp(tf.mul(post.logVar, 0.5));
      const z = tf.add(tf.expandDims(post.mean, 1), tf.mul(tf.expandDims(std, 1), eps));
      const logits = tf.reshape(vae.decodeLogits(tf.reshape(z, [b * k, d])), [b, k, dim]);
      const logPxz = bernoulliLogLikelihood(tf.expandDims(xb, 1), logits);
      const logPz = tf.sub(tf.mul(-0.5, tf.sum(tf.square(z), -1)), (d / 2) * LOG_2PI);
      const logQz = tf.sub(
        tf.mul(-0.5, tf.add(tf.sum(tf.square(eps), -1), tf.expandDims(tf.sum(post.logVar, -1), 1))),
        (d / 2) * LOG_2PI,
      );
      const logW = tf.sub(tf.add(logPxz, logPz), logQz);
      const rowLogPx = tf.sub(tf.logSumExp(logW, 1), Math.log(k));
      const rowElbo = tf.mean(logW, 1);
      return [tf.sum(rowLogPx), tf.sum(rowElbo), tf.neg(rowLogPx), tf.neg(rowElbo)];
    });
    sumLogPx += (await logPx.data())[0] as number;
    sumElbo += (await elbo.data())[0] as number;
    perDigit.nll.set(await rowNll.data(), start);
    perDigit.negElbo.set(await rowNegElbo.data(), start);
    for (const t of [logPx, elbo, rowNll, rowNegElbo]) t.dispose();
  }
  return { nll: -sumLogPx / n, negElbo: -sumElbo / n, samples: k, digits: n, perDigit };
}
