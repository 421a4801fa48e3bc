/** What the diffusion figure must show, computed in Node by the same core with the same shipped model. */
import type { Locator } from '@playwright/test';
import { modelFor, sampleChain, sampleQuality, type DiffusionDataset, type SamplerName } from '../../widgets/diffusion-2d/core';
import { nodeModel } from './autoencoder-helpers';
import { expect } from './fixtures';

export async function expectedSamples(data: DiffusionDataset, seed: number, steps: number, sampler: SamplerName) {
  const model = await nodeModel(modelFor(data));
  const run = sampleChain((x, t) => model.predictNoiseArray(x, t), seed, steps, sampler);
  return { first: Array.from(run.samples.slice(0, 8)), energy: sampleQuality(run.samples, data) };
}

/** Wait for the reverse chain to finish, then compare its first samples and its energy distance with Node's. */
export async function expectSamplesMatch(
  fig: Locator,
  view: { data: DiffusionDataset; seed: number; steps: number; sampler: SamplerName },
): Promise<void> {
  const want = await expectedSamples(view.data, view.seed, view.steps, view.sampler);
  const reverse = fig.getByTestId('diff-reverse');
  await expect
    .poll(
      async () => {
        if ((await reverse.getAttribute('data-done')) !== 'true') return Infinity;
        const got = ((await reverse.getAttribute('data-first')) ?? '').split(',').map(Number);
        return Math.max(...want.first.map((w, i) => Math.abs(w - (got[i] ?? NaN))));
      },
      { timeout: 60_000 },
    )
    .toBeLessThan(2e-3);
  const energy = Number(await fig.getByTestId('diff-energy').textContent());
  expect(Math.abs(energy - want.energy)).toBeLessThan(2e-4);
}
