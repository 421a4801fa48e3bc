/**
 * A variational autoencoder for 2-d points (Kingma & Welling 2014), the zoo's VAE:
 *   encoder q(z | x) = N(μ(x), diag exp(v(x))),   prior p(z) = N(0, I),
 *   decoder p(x | z) = N(m(z), diag σ²), with one learned log σ per coordinate.
 * It trains on the ELBO, log p(x | z) − KL(q ‖ p) with z = μ + exp(v/2) ⊙ ε, and
 * estimates log p(x) by importance sampling with S draws from q (Burda et al.'s
 * IWAE bound, which tightens towards log p(x) as S grows). TF.js is passed in.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { applyMlp, createMlp, type Mlp } from './mlp';

type Tf = typeof TfCore;
type Tensor1D = TfCore.Tensor1D;
type Tensor2D = TfCore.Tensor2D;

export interface Vae2dConfig {
  /** Width of each hidden layer of the encoder and the decoder. */
  hidden: number;
  layers: number;
  /** d, the size of the code. */
  latent: number;
}

export interface Vae2d {
  readonly config: Vae2dConfig;
  readonly encoder: Mlp;
  readonly decoder: Mlp;
  /** log σ of the decoder's Gaussian, per coordinate ([2]). */
  readonly logScale: TfCore.Variable;
  /** Encoder, decoder, log σ: the order of the shipped parameter vector. */
  readonly variables: TfCore.Variable[];
  dispose(): void;
}

const LOG_2PI = Math.log(2 * Math.PI);

/** Seeded weights; the decoder's σ starts at 1. */
export function createVae2d(tf: Tf, config: Vae2dConfig, seed: number): Vae2d {
  const { hidden, layers, latent } = config;
  const encoder = createMlp(tf, { inputs: 2, hidden, layers, outputs: 2 * latent }, seed);
  const decoder = createMlp(tf, { inputs: latent, hidden, layers, outputs: 2 }, seed + 1, 1);
  const logScale = tf.tidy(() => tf.variable(tf.zeros([2])));
  const variables = [...encoder.variables, ...decoder.variables, logScale];
  return {
    config,
    encoder,
    decoder,
    logScale,
    variables,
    dispose: () => {
      encoder.dispose();
      decoder.dispose();
      logScale.dispose();
    },
  };
}

/** The posterior's mean and log-variance, [n, d] each. Call inside tf.tidy. */
export function encode(tf: Tf, vae: Vae2d, x: Tensor2D): { mu: Tensor2D; logVar: Tensor2D } {
  const d = vae.config.latent;
  const out = applyMlp(tf, vae.encoder, x);
  return { mu: tf.slice(out, [0, 0], [-1, d]), logVar: tf.slice(out, [0, d], [-1, d]) };
}

/** log N(x; mean, diag exp(logVar)) per row ([n]); logVar broadcasts. Call inside tf.tidy. */
function logNormal(tf: Tf, x: Tensor2D, mean: Tensor2D, logVar: TfCore.Tensor): Tensor1D {
  const z2 = tf.div(tf.square(tf.sub(x, mean)), tf.exp(logVar));
  return tf.mul(tf.sum(tf.add(tf.add(z2, logVar), LOG_2PI), 1), -0.5) as Tensor1D;
}

/** log p(x | z) per row, under the decoder's Gaussian. Call inside tf.tidy. */
function logLikelihood(tf: Tf, vae: Vae2d, x: Tensor2D, z: Tensor2D): Tensor1D {
  return logNormal(tf, x, applyMlp(tf, vae.decoder, z), tf.mul(vae.logScale, 2));
}

/**
 * The ELBO per point ([n]), with one reparameterised draw per point: `eps` holds
 * standard normal draws [n, d]. The KL term is in closed form. Call inside tf.tidy.
 */
export function elbo(tf: Tf, vae: Vae2d, x: Tensor2D, eps: Tensor2D): Tensor1D {
  const { mu, logVar } = encode(tf, vae, x);
  const z = tf.add(mu, tf.mul(tf.exp(tf.mul(logVar, 0.5)), eps)) as Tensor2D;
  const kl = tf.mul(tf.sum(tf.sub(tf.add(tf.square(mu), tf.exp(logVar)), tf.add(logVar, 1)), 1), 0.5);
  return tf.sub(logLikelihood(tf, vae, x, z), kl) as Tensor1D;
}

/**
 * The importance-sampled estimate of log p(x) per point ([n]) from S draws each:
 * log (1/S) Σ_s p(x | z_s) p(z_s) / q(z_s | x), z_s ~ q(z | x). `eps` holds S·n·d
 * standard normal draws, draw s of point i at row s·n + i. Call inside tf.tidy.
 */
export function importanceLogLikelihood(tf: Tf, vae: Vae2d, x: Tensor2D, eps: Tensor2D): Tensor1D {
  const n = x.shape[0];
  const S = eps.shape[0] / n;
  if (!Number.isInteger(S)) throw new Error(`${eps.shape[0]} draws for ${n} points`);
  const { mu, logVar } = encode(tf, vae, x);
  const tile = (t: Tensor2D) => tf.tile(t, [S, 1]) as Tensor2D;
  const [xs, mus, lvs] = [tile(x), tile(mu), tile(logVar)];
  const z = tf.add(mus, tf.mul(tf.exp(tf.mul(lvs, 0.5)), eps)) as Tensor2D;
  const logW = tf.sub(
    tf.add(logLikelihood(tf, vae, xs, z), logNormal(tf, z, tf.zerosLike(z), tf.zerosLike(z))),
    logNormal(tf, z, mus, lvs),
  );
  return tf.sub(tf.logSumExp(tf.reshape(logW, [S, n]), 0), Math.log(S)) as Tensor1D;
}

/** Samples x = m(z) + σ ⊙ noise for codes z ~ N(0, I) [n, d] and noise [n, 2]. Call inside tf.tidy. */
export function sampleVae(tf: Tf, vae: Vae2d, z: Tensor2D, noise: Tensor2D): Tensor2D {
  return tf.add(applyMlp(tf, vae.decoder, z), tf.mul(tf.exp(vae.logScale), noise)) as Tensor2D;
}
