/**
 * The static figure's samples, made at build time in Node with the shipped denoiser on the
 * CPU backend, by the same core as the live figure.
 */
import { buildTimeModel } from '../lib/node/models';
import { modelFor, sampleChain, sampleQuality } from './core';
import type { Diffusion2dState } from './state';

export async function buildSamples(state: Diffusion2dState) {
  const model = await buildTimeModel(modelFor(state.data));
  const run = sampleChain((x, t) => model.predictNoiseArray(x, t), state.seed, state.steps, state.sampler);
  return { ...run, energy: sampleQuality(run.samples, state.data) };
}
