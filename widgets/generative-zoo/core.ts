/**
 * What each family of the generative zoo offers on the same two moons, from the shipped
 * models: samples, the log-likelihood each can state of the held-out points (exact for the
 * flow, bounds and an estimate for the VAE, a bound for diffusion, nothing for the GAN),
 * the network passes one sample costs, and the energy distance of the samples to the
 * held-out points. TF.js and the diffusion model's noise predictor are passed in, so the
 * build and the Node tests run this same code.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { baseDraws, forward, logProb } from '../lib/coupling-flow';
import { DIFFUSION_T, diffusionBound, linearSchedule, sampleAll, type NoisePredictor } from '../lib/diffusion';
import { applyMlp } from '../lib/mlp';
import { buildFlow, buildGenerator, buildVae, ZOO_DATA, ZOO_FLOW } from '../lib/models/zoo-2d';
import { mulberry32, normalSampler } from '../lib/rng';
import { energyDistance, gaussianBaselineNll, makeDataset } from '../lib/toy-2d';
import { elbo, importanceLogLikelihood, sampleVae } from '../lib/vae-2d';

type Tf = typeof TfCore;

export const ZOO_EVAL = {
  /** Samples per family, for the energy distance and the pictures. */
  samples: 2000,
  sampleSeed: 7,
  /** S, importance samples per held-out point for the VAE's estimate of log p(x). */
  importanceSamples: 100,
  /** Draws per point for the VAE's ELBO (averaged). */
  elboDraws: 10,
  /** Seed of the evaluation draws: the VAE's ELBO and estimate, and the diffusion bound's x_t. */
  evalSeed: 13,
  /** A fresh sample of the data itself, the energy distance's floor. */
  floorSeed: 99,
} as const;

export type Family = 'flow' | 'vae' | 'gan' | 'diffusion';

export interface LogLikelihood {
  /**
   * What the number is: exact, a lower bound, an estimate. For diffusion, 'bound' takes the
   * reverse steps' variance σ_t² = β̃_t of the book's sampler, 'bound-wide' σ_t² = β_t.
   */
  kind: 'exact' | 'ELBO' | 'IWAE' | 'bound' | 'bound-wide';
  /** Mean over the held-out points, nats per point (higher is better). */
  value: number;
}

export interface FamilyResult {
  family: Family;
  model: string;
  samples: Float32Array;
  logLikelihood: LogLikelihood[];
  /** For diffusion: the bound's terms L₀ … L_T, means over the held-out points. */
  boundTerms?: Float64Array;
  /** Network evaluations to draw one sample. */
  passes: number;
  energy: number;
}

export interface ZooResult {
  families: FamilyResult[];
  heldOut: Float32Array;
  /** The energy distance of a fresh sample of the data: what sampling alone costs. */
  floor: number;
  /** Mean log-likelihood of the best single Gaussian. */
  gaussian: number;
}

export interface ZooModels {
  flow: Float32Array;
  gan: Float32Array;
  vae: Float32Array;
  denoiser: NoisePredictor;
}

export function heldOutPoints(): Float32Array {
  return makeDataset(ZOO_DATA.dataset, ZOO_DATA.heldOutPoints, ZOO_DATA.heldOutSeed);
}

const normals = (n: number, seed: number) => {
  const normal = normalSampler(mulberry32(seed));
  return Float32Array.from({ length: n }, () => normal());
};

/** A tensor's values, the tensor released. */
const read = (t: TfCore.Tensor): Float32Array => {
  const v = t.dataSync() as Float32Array;
  t.dispose();
  return v;
};

function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return s / v.length;
}

export function evaluateFlow(tf: Tf, params: Float32Array, heldOut: Float32Array): Omit<FamilyResult, 'energy'> {
  const flow = buildFlow(tf, params);
  try {
    const n = heldOut.length / 2;
    const samples = read(
      tf.tidy(() => forward(tf, flow, tf.tensor2d(baseDraws(ZOO_EVAL.samples, ZOO_EVAL.sampleSeed), [ZOO_EVAL.samples, 2])).x),
    );
    const lp = read(tf.tidy(() => logProb(tf, flow, tf.tensor2d(heldOut, [n, 2]))));
    return { family: 'flow', model: 'flow-moons', samples, logLikelihood: [{ kind: 'exact', value: mean(lp) }], passes: 1 };
  } finally {
    flow.dispose();
  }
}

export function evaluateGan(tf: Tf, params: Float32Array): Omit<FamilyResult, 'energy'> {
  const g = buildGenerator(tf, params);
  try {
    const n = ZOO_EVAL.samples;
    const samples = read(tf.tidy(() => applyMlp(tf, g, tf.tensor2d(normals(2 * n, ZOO_EVAL.sampleSeed), [n, 2]))));
    return { family: 'gan', model: 'gan-moons', samples, logLikelihood: [], passes: 1 };
  } finally {
    g.dispose();
  }
}

export function evaluateVae(tf: Tf, params: Float32Array, heldOut: Float32Array): Omit<FamilyResult, 'energy'> {
  const vae = buildVae(tf, params);
  try {
    const n = heldOut.length / 2;
    const d = vae.config.latent;
    const m = ZOO_EVAL.samples;
    const draws = normals(m * (d + 2), ZOO_EVAL.sampleSeed);
    const samples = read(
      tf.tidy(() =>
        sampleVae(tf, vae, tf.tensor2d(draws.subarray(0, m * d), [m, d]), tf.tensor2d(draws.subarray(m * d), [m, 2])),
      ),
    );
    const x = () => tf.tensor2d(heldOut, [n, 2]);
    const K = ZOO_EVAL.elboDraws;
    const elboDraws = normals(K * n * d, ZOO_EVAL.evalSeed);
    const elbos = read(
      tf.tidy(() => tf.mean(tf.reshape(elbo(tf, vae, tf.tile(x(), [K, 1]), tf.tensor2d(elboDraws, [K * n, d])), [K, n]), 0)),
    );
    const S = ZOO_EVAL.importanceSamples;
    const iwae = read(
      tf.tidy(() => importanceLogLikelihood(tf, vae, x(), tf.tensor2d(normals(S * n * d, ZOO_EVAL.evalSeed + 1), [S * n, d]))),
    );
    return {
      family: 'vae',
      model: 'vae-moons',
      samples,
      logLikelihood: [
        { kind: 'ELBO', value: mean(elbos) },
        { kind: 'IWAE', value: mean(iwae) },
      ],
      passes: 1,
    };
  } finally {
    vae.dispose();
  }
}

export function evaluateDiffusion(denoiser: NoisePredictor, heldOut: Float32Array): Omit<FamilyResult, 'energy'> {
  const schedule = linearSchedule();
  const run = sampleAll(denoiser, {
    n: ZOO_EVAL.samples,
    steps: DIFFUSION_T,
    eta: 1,
    schedule,
    normal: normalSampler(mulberry32(ZOO_EVAL.sampleSeed)),
  });
  // The same draws for both variances, so the two bounds differ by the variance alone.
  const bound = diffusionBound(denoiser, heldOut, schedule, normalSampler(mulberry32(ZOO_EVAL.evalSeed)));
  const wide = diffusionBound(denoiser, heldOut, schedule, normalSampler(mulberry32(ZOO_EVAL.evalSeed)), 'beta');
  return {
    boundTerms: bound.perTerm,
    family: 'diffusion',
    model: 'ddpm-moons',
    samples: Float32Array.from(run),
    logLikelihood: [
      { kind: 'bound', value: -mean(bound.perPoint) },
      { kind: 'bound-wide', value: -mean(wide.perPoint) },
    ],
    passes: DIFFUSION_T,
  };
}

/** Every family on the same held-out points, in the order the figure shows them. */
export function evaluateZoo(tf: Tf, models: ZooModels): ZooResult {
  const heldOut = heldOutPoints();
  const partial = [
    evaluateGan(tf, models.gan),
    evaluateVae(tf, models.vae, heldOut),
    evaluateFlow(tf, models.flow, heldOut),
    evaluateDiffusion(models.denoiser, heldOut),
  ];
  return {
    families: partial.map((f) => ({ ...f, energy: energyDistance(f.samples, heldOut) })),
    heldOut,
    floor: energyDistance(makeDataset(ZOO_DATA.dataset, ZOO_EVAL.samples, ZOO_EVAL.floorSeed), heldOut),
    gaussian: -gaussianBaselineNll(heldOut),
  };
}

/** A flow's cost per sample in coupling networks, for the caption: one pass of every coupling layer. */
export const FLOW_COUPLINGS = ZOO_FLOW.layers;
