/**
 * The shipped 2-d diffusion models: loaded through the browser's loader, sampled with the
 * book's sampler, and judged by the energy distance to held-out data; their cards must say
 * what the files give, and their training loss must have fallen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { linearSchedule, sampleAll } from '~/lib/diffusion';
import { energyDistance } from '~/lib/toy-2d';
import { loadModel } from '~/lib/models/loader';
import { MODELS, type ModelId } from '~/lib/models/registry';
import { DenoiserModel } from '~/lib/models/denoiser';
import { mulberry32, normalSampler } from '~/lib/rng';
import { makeDataset, type DatasetName } from '~/lib/toy-2d';
import { DENOISER_SETTINGS } from '../../scripts/models/train-denoiser';
import { publicFetch, readCard, setupBackend } from './helpers';

/**
 * Quality bars: a sample of the data itself scores about 0.003–0.004 against the held-out
 * points, so 50 DDPM steps must come within a few times that, and 5 steps of DDIM within 0.05.
 */
const BAR_FULL = 0.012;
const BAR_FIVE_DDIM = 0.05;
const CARD_TOLERANCE = 0.02;

const IDS = (Object.keys(MODELS) as ModelId[]).filter((id) => MODELS[id].kind === 'ddpm');

beforeAll(setupBackend);

describe.each(IDS)('%s', (id) => {
  const card = readCard(id) as unknown as {
    metrics: { heldOut: Record<'DDPM' | 'DDIM', Record<string, number>>; baseline: number };
    training: { history: { epoch: number; trainLoss: number; heldOutLoss: number }[] };
  };
  const dataset = id.replace('ddpm-', '') as DatasetName;
  const heldOut = makeDataset(dataset, DENOISER_SETTINGS.heldOutPoints, DENOISER_SETTINGS.heldOutSeed);
  const S = linearSchedule();

  const measure = async (steps: number, eta: number): Promise<number> => {
    const model = await loadModel(id, { fetch: publicFetch });
    expect(model).toBeInstanceOf(DenoiserModel);
    const before = tf.memory().numTensors;
    const samples = sampleAll((x, t) => (model as DenoiserModel).predictNoiseArray(x, t), {
      n: DENOISER_SETTINGS.evalSamples,
      steps,
      eta,
      schedule: S,
      normal: normalSampler(mulberry32(DENOISER_SETTINGS.evalSeed)),
    });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
    return energyDistance(samples, heldOut);
  };

  it(`samples within energy distance ${BAR_FULL} of held-out data in ${S.T} DDPM steps, as its card says`, async () => {
    const d = await measure(S.T, 1);
    expect(d).toBeLessThan(BAR_FULL);
    expect(Math.abs(d - card.metrics.heldOut.DDPM[`${S.T} steps`]!)).toBeLessThan(CARD_TOLERANCE * d + 1e-5);
  });

  it(`samples within ${BAR_FIVE_DDIM} in 5 DDIM steps, and 2 steps cost clearly more`, async () => {
    const five = await measure(5, 0);
    expect(five).toBeLessThan(BAR_FIVE_DDIM);
    expect(Math.abs(five - card.metrics.heldOut.DDIM['5 steps']!)).toBeLessThan(CARD_TOLERANCE * five + 1e-5);
    expect(card.metrics.heldOut.DDIM['2 steps']).toBeGreaterThan(3 * five);
  });

  it('learned: the training and held-out losses fell, and the held-out loss stayed near the training loss', () => {
    const h = card.training.history;
    expect(h.length).toBeGreaterThan(5);
    const first = h[0]!;
    const last = h.at(-1)!;
    expect(last.trainLoss).toBeLessThan(first.trainLoss);
    expect(last.heldOutLoss).toBeLessThan(first.heldOutLoss);
    // The loss of a noise predictor that always answers 0 is E‖ε‖²/2 = 1; a useful one is well below.
    expect(last.heldOutLoss).toBeLessThan(0.6);
    expect(Math.abs(last.heldOutLoss - last.trainLoss)).toBeLessThan(0.1);
  });
});
