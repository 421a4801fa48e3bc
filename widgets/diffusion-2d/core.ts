/**
 * The diffusion figure's computation: the data, the forward marginal q(x_t | x₀) drawn for
 * the shown points, the schedule's curves, the reverse chain with a few tracked points,
 * and the energy distance of the samples to the data. Pure, tested in Node; the noise
 * predictor is passed in (the shipped model in the page, the same model in Node tests).
 */
import { DIFFUSION_T, ReverseChain, forwardSample, linearSchedule, type NoisePredictor, type Schedule } from '../lib/diffusion';
import { mulberry32, normalSampler } from '../lib/rng';
import { energyDistance, makeDataset } from '../lib/toy-2d';

export { energyDistance } from '../lib/toy-2d';
export { reverseStep, samplingTimesteps, posteriorCoefficients, linearSchedule } from '../lib/diffusion';

export const DIFFUSION_DATASETS = ['mixture', 'moons', 'spiral'] as const;
export type DiffusionDataset = (typeof DIFFUSION_DATASETS)[number];
export const DATA_LABELS: Record<DiffusionDataset, string> = {
  mixture: 'Eight Gaussians',
  moons: 'Two moons',
  spiral: 'A spiral',
};
export const SAMPLERS = ['ddpm', 'ddim'] as const;
export type SamplerName = (typeof SAMPLERS)[number];
export const SAMPLER_LABELS: Record<SamplerName, string> = {
  ddpm: 'DDPM (stochastic)',
  ddim: 'DDIM (deterministic)',
};
export const ETA: Record<SamplerName, number> = { ddpm: 1, ddim: 0 };

/** Points drawn of the data, and samples drawn by the reverse chain. */
export const N_POINTS = 400;
/** Samples whose paths are drawn. */
export const TRACKED = 6;
/** The data set the samples are compared with: independent of the shown points. */
const REFERENCE_SEED = 424_242;

export const SCHEDULE: Schedule = linearSchedule();

export function modelFor(data: DiffusionDataset): `ddpm-${DiffusionDataset}` {
  return `ddpm-${data}`;
}

/** The shown data points x₀ for a seed. */
export function dataPoints(data: DiffusionDataset, seed: number): Float32Array {
  return makeDataset(data, N_POINTS, seed);
}

/** The held-out comparison set for the energy distance (fixed, so every seed is judged against the same points). */
export function referencePoints(data: DiffusionDataset): Float32Array {
  return makeDataset(data, N_POINTS, REFERENCE_SEED);
}

/** x_t for each shown point: one draw of q(x_t | x₀) = N(√ᾱ_t x₀, (1 − ᾱ_t) I), seeded. */
export function forwardCloud(x0: Float32Array, t: number, seed: number): Float64Array {
  return forwardSample(x0, t, SCHEDULE, normalSampler(mulberry32(seed * 7919 + t))).xt;
}

export interface ScheduleRow {
  readonly t: number;
  readonly signal: number;
  readonly noise: number;
}

/** √ᾱ_t (the data's weight) and √(1 − ᾱ_t) (the noise's standard deviation) for t = 0…T. */
export function scheduleRows(schedule: Schedule = SCHEDULE): ScheduleRow[] {
  return Array.from({ length: schedule.T + 1 }, (_, t) => ({
    t,
    signal: Math.sqrt(schedule.alphaBar[t]!),
    noise: Math.sqrt(1 - schedule.alphaBar[t]!),
  }));
}

/** The sampler's generator for a seed: x_T and every step's noise come from it, in order. */
export function samplerNormal(seed: number): () => number {
  return normalSampler(mulberry32(seed + 1_000_003));
}

export function newChain(seed: number, steps: number, sampler: SamplerName): ReverseChain {
  return new ReverseChain({ n: N_POINTS, steps, eta: ETA[sampler], schedule: SCHEDULE, normal: samplerNormal(seed) });
}

/** The tracked points' positions so far: one path per tracked sample, [x, y] per visited step. */
export function trackPaths(paths: number[][][], x: ArrayLike<number>): number[][][] {
  return Array.from({ length: TRACKED }, (_, i) => [...(paths[i] ?? []), [x[2 * i]!, x[2 * i + 1]!]]);
}

/** Run a chain to the end, synchronously (Node tests; the page steps it frame by frame). */
export function sampleChain(
  predict: NoisePredictor,
  seed: number,
  steps: number,
  sampler: SamplerName,
): { samples: Float64Array; paths: number[][][] } {
  const chain = newChain(seed, steps, sampler);
  let paths = trackPaths([], chain.x);
  while (!chain.done) paths = trackPaths(paths, chain.next(predict));
  return { samples: chain.x, paths };
}

/** The readout: squared energy distance between the samples and the reference data. */
export function sampleQuality(samples: ArrayLike<number>, data: DiffusionDataset): number {
  return energyDistance(samples, referencePoints(data));
}

export { DIFFUSION_T };
