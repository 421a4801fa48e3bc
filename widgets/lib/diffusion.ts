/**
 * 2-d diffusion models, the pure parts: the noise schedule, the time features of
 * the denoiser's input, the forward marginal, the reverse step and the energy
 * distance. Shared by the training script, the denoiser wrapper, the tests and the
 * figure, so the model is sampled with the schedule it was trained on.
 */
import type { Uniform } from './rng';

/** Steps of the forward process. */
export const DIFFUSION_T = 50;
/** β₁ and β_T of the linear schedule: ᾱ_T ≈ 0.005, so x_T is nearly pure noise for data of scale 2. */
export const BETA_MIN = 1e-3;
export const BETA_MAX = 0.2;

export interface Schedule {
  readonly T: number;
  /** β_t for t = 1…T, at index t − 1. */
  readonly beta: Float64Array;
  /** α_t = 1 − β_t. */
  readonly alpha: Float64Array;
  /** ᾱ_t = ∏_{s ≤ t} α_s, at index t; ᾱ₀ = 1. */
  readonly alphaBar: Float64Array;
}

export function linearSchedule(T = DIFFUSION_T, betaMin = BETA_MIN, betaMax = BETA_MAX): Schedule {
  const beta = new Float64Array(T);
  const alpha = new Float64Array(T);
  const alphaBar = new Float64Array(T + 1);
  alphaBar[0] = 1;
  for (let t = 1; t <= T; t++) {
    const b = T === 1 ? betaMin : betaMin + ((betaMax - betaMin) * (t - 1)) / (T - 1);
    beta[t - 1] = b;
    alpha[t - 1] = 1 - b;
    alphaBar[t] = alphaBar[t - 1]! * (1 - b);
  }
  return { T, beta, alpha, alphaBar };
}

/** Frequencies of the sinusoidal time embedding: sin and cos of π·f·t/T for each f. */
export const TIME_FREQUENCIES = [0.5, 1, 2, 4] as const;
/** Network input width: x, y and the time features. */
export const DENOISER_INPUT = 2 + 2 * TIME_FREQUENCIES.length;

/**
 * The denoiser's inputs for n points at step t: rows [x, y, sin, cos, …], so the
 * network is a plain dense stack and the embedding is the same in every runtime.
 */
export function denoiserInputs(points: ArrayLike<number>, t: number, T = DIFFUSION_T): Float32Array {
  const n = points.length / 2;
  const features = TIME_FREQUENCIES.flatMap((f) => [Math.sin((Math.PI * f * t) / T), Math.cos((Math.PI * f * t) / T)]);
  const out = new Float32Array(n * DENOISER_INPUT);
  for (let i = 0; i < n; i++) {
    const row = i * DENOISER_INPUT;
    out[row] = points[2 * i]!;
    out[row + 1] = points[2 * i + 1]!;
    for (let k = 0; k < features.length; k++) out[row + 2 + k] = features[k]!;
  }
  return out;
}

/** Per-point time steps (training draws a different t for each point). */
export function denoiserInputsAt(points: ArrayLike<number>, ts: ArrayLike<number>, T = DIFFUSION_T): Float32Array {
  const n = points.length / 2;
  const out = new Float32Array(n * DENOISER_INPUT);
  for (let i = 0; i < n; i++) {
    const row = i * DENOISER_INPUT;
    const t = ts[i]!;
    out[row] = points[2 * i]!;
    out[row + 1] = points[2 * i + 1]!;
    TIME_FREQUENCIES.forEach((f, k) => {
      out[row + 2 + 2 * k] = Math.sin((Math.PI * f * t) / T);
      out[row + 3 + 2 * k] = Math.cos((Math.PI * f * t) / T);
    });
  }
  return out;
}

/** x_t = √ᾱ_t x₀ + √(1 − ᾱ_t) ε: a draw from q(x_t | x₀), with ε from `normal`. Returns x_t and ε. */
export function forwardSample(
  x0: ArrayLike<number>,
  t: number,
  schedule: Schedule,
  normal: Uniform,
): { xt: Float64Array; eps: Float64Array } {
  const ab = schedule.alphaBar[t]!;
  const a = Math.sqrt(ab);
  const b = Math.sqrt(1 - ab);
  const xt = new Float64Array(x0.length);
  const eps = new Float64Array(x0.length);
  for (let i = 0; i < x0.length; i++) {
    const e = normal();
    eps[i] = e;
    xt[i] = a * x0[i]! + b * e;
  }
  return { xt, eps };
}

/**
 * The time steps a sampler of `steps` steps visits, from T down to 0: T and then
 * evenly spaced (rounded) steps, ending at 0. With steps = T it is T, T − 1, …, 0.
 */
export function samplingTimesteps(steps: number, T: number): number[] {
  const s = Math.max(1, Math.min(T, Math.round(steps)));
  const out: number[] = [];
  for (let k = s; k >= 0; k--) out.push(Math.round((k * T) / s));
  return out;
}

/**
 * One reverse step from x_t to x_s (s < t) given the predicted noise, in the form of
 * Song, Meng and Ermon's DDIM (eq. 12): x̂₀ = (x_t − √(1 − ᾱ_t) ε̂)/√ᾱ_t, and
 *   x_s = √ᾱ_s x̂₀ + √(1 − ᾱ_s − σ²) ε̂ + σ z,  σ = η √((1 − ᾱ_s)/(1 − ᾱ_t)) √(1 − ᾱ_t/ᾱ_s).
 * η = 1 and s = t − 1 is DDPM's ancestral step (σ² = β̃_t); η = 0 is deterministic.
 * `z` holds standard normal draws (ignored when η = 0).
 */
export function reverseStep(
  xt: ArrayLike<number>,
  epsHat: ArrayLike<number>,
  t: number,
  s: number,
  schedule: Schedule,
  eta: number,
  z: ArrayLike<number> | null,
): Float64Array {
  const abT = schedule.alphaBar[t]!;
  const abS = schedule.alphaBar[s]!;
  const sigma = eta * Math.sqrt((1 - abS) / (1 - abT)) * Math.sqrt(1 - abT / abS);
  const dir = Math.sqrt(Math.max(0, 1 - abS - sigma * sigma));
  const out = new Float64Array(xt.length);
  for (let i = 0; i < xt.length; i++) {
    const x0 = (xt[i]! - Math.sqrt(1 - abT) * epsHat[i]!) / Math.sqrt(abT);
    out[i] = Math.sqrt(abS) * x0 + dir * epsHat[i]! + (sigma > 0 && z ? sigma * z[i]! : 0);
  }
  return out;
}

/** The DDPM posterior q(x_{t−1} | x_t, x₀) = N(μ̃, β̃ I): the coefficients of x₀ and x_t in μ̃, and β̃. */
export function posteriorCoefficients(t: number, schedule: Schedule): { cx0: number; cxt: number; variance: number } {
  const ab = schedule.alphaBar[t]!;
  const abPrev = schedule.alphaBar[t - 1]!;
  const beta = schedule.beta[t - 1]!;
  const alpha = schedule.alpha[t - 1]!;
  return {
    cx0: (Math.sqrt(abPrev) * beta) / (1 - ab),
    cxt: (Math.sqrt(alpha) * (1 - abPrev)) / (1 - ab),
    variance: ((1 - abPrev) / (1 - ab)) * beta,
  };
}

/** A noise predictor: ε̂ for points (interleaved x, y) at step t. */
export type NoisePredictor = (points: Float64Array, t: number) => ArrayLike<number>;

export interface SamplerOptions {
  readonly n: number;
  readonly steps: number;
  /** 1: DDPM's ancestral sampling (on the visited steps); 0: deterministic DDIM. */
  readonly eta: number;
  readonly schedule: Schedule;
  readonly normal: Uniform;
}

/**
 * A reverse chain one step at a time, so a figure can draw it and yield between
 * steps: x_T from N(0, I), then `next(eps)` until `done`. The draws come from
 * `normal` in a fixed order (x_T, then one z per step), so a seed fixes the samples.
 */
export class ReverseChain {
  readonly times: number[];
  index = 0;
  x: Float64Array;

  constructor(readonly options: SamplerOptions) {
    this.times = samplingTimesteps(options.steps, options.schedule.T);
    this.x = new Float64Array(2 * options.n);
    for (let i = 0; i < this.x.length; i++) this.x[i] = options.normal();
  }

  get done(): boolean {
    return this.index >= this.times.length - 1;
  }

  /** The step the chain is at now. */
  get t(): number {
    return this.times[this.index]!;
  }

  next(predict: NoisePredictor): Float64Array {
    const t = this.times[this.index]!;
    const s = this.times[this.index + 1]!;
    const { eta, normal, schedule } = this.options;
    let z: Float64Array | null = null;
    if (eta > 0 && s > 0) {
      z = new Float64Array(this.x.length);
      for (let i = 0; i < z.length; i++) z[i] = normal();
    }
    // The last step (to s = 0) returns the mean x̂₀: DDPM adds no noise there.
    this.x = reverseStep(this.x, predict(this.x, t), t, s, schedule, s > 0 ? eta : 0, z);
    this.index++;
    return this.x;
  }
}

/** Run a whole chain synchronously (Node: training script, tests). */
export function sampleAll(predict: NoisePredictor, options: SamplerOptions): Float64Array {
  const chain = new ReverseChain(options);
  while (!chain.done) chain.next(predict);
  return chain.x;
}

/**
 * A one-draw Monte Carlo estimate of DDPM's variational bound on −log p(x₀) per point
 * (Ho et al. 2020, eq. 5), in nats, for reverse steps N(μ_θ(x_t, t), σ_t² I):
 *   L_T = KL(q(x_T | x₀) ‖ N(0, I)),
 *   L_{t−1} = KL(q(x_{t−1} | x_t, x₀) ‖ N(μ_θ, σ_t² I))   for t ≥ 2,
 *   L₀ = −log N(x₀; μ_θ(x₁, 1), β₁ I),
 * with μ_θ = (x_t − β_t/√(1 − ᾱ_t) ε̂)/√α_t and one x_t ~ q(x_t | x₀) per step and point.
 * `variance` is Ho et al.'s choice of σ_t²: 'posterior', β̃_t, the variance of the sampler
 * this book uses (which returns the mean at its last step; L₀ scores that step with β₁,
 * since β̃₁ = 0), or 'beta', β_t. The data are continuous, so L₀ and the bound are densities.
 */
export function diffusionBound(
  predict: NoisePredictor,
  x0: ArrayLike<number>,
  schedule: Schedule,
  normal: Uniform,
  variance: 'posterior' | 'beta' = 'posterior',
): { perPoint: Float64Array; perTerm: Float64Array } {
  const n = x0.length / 2;
  const { T, beta, alpha, alphaBar } = schedule;
  const out = new Float64Array(n);
  // perTerm[0] is L₀, perTerm[t − 1] is L_{t−1} for t ≥ 2, perTerm[T] is L_T: means over the points.
  const perTerm = new Float64Array(T + 1);
  const abT = alphaBar[T]!;
  for (let i = 0; i < 2 * n; i++) {
    const m = Math.sqrt(abT) * x0[i]!;
    const v = 0.5 * (m * m + (1 - abT) - 1 - Math.log(1 - abT));
    out[i >> 1]! += v;
    perTerm[T]! += v / n;
  }
  const xt = new Float64Array(2 * n);
  for (let t = 1; t <= T; t++) {
    const ab = alphaBar[t]!;
    for (let i = 0; i < 2 * n; i++) xt[i] = Math.sqrt(ab) * x0[i]! + Math.sqrt(1 - ab) * normal();
    const eps = predict(xt, t);
    const b = beta[t - 1]!;
    const post = t >= 2 ? posteriorCoefficients(t, schedule) : null;
    // Per coordinate, KL(N(μ̃, β̃) ‖ N(μ_θ, σ²)) = ½ (β̃/σ² − 1 − log(β̃/σ²)) + (μ̃ − μ_θ)²/(2σ²).
    const sigma2 = post ? (variance === 'beta' ? b : post.variance) : b;
    const ratio = post ? post.variance / sigma2 : 1;
    const spread = 0.5 * (ratio - 1 - Math.log(ratio));
    for (let i = 0; i < 2 * n; i++) {
      const mean = (xt[i]! - (b / Math.sqrt(1 - ab)) * eps[i]!) / Math.sqrt(alpha[t - 1]!);
      if (post) {
        const d = post.cx0 * x0[i]! + post.cxt * xt[i]! - mean;
        const v = spread + (d * d) / (2 * sigma2);
        out[i >> 1]! += v;
        perTerm[t - 1]! += v / n;
      } else {
        const d = x0[i]! - mean;
        const v = 0.5 * (Math.log(2 * Math.PI * b) + (d * d) / b);
        out[i >> 1]! += v;
        perTerm[0]! += v / n;
      }
    }
  }
  return { perPoint: out, perTerm };
}
