/**
 * The generative zoo's shipped 2-d models, evaluated by the figure's own code on the CPU
 * backend: every family must clear a quality bar, every bound must sit where the theory
 * puts it, and the claims the chapter's prose makes about the table must hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffusionBound, linearSchedule, posteriorCoefficients } from '~/lib/diffusion';
import { loadModel } from '~/lib/models/loader';
import { MODELS } from '~/lib/models/registry';
import { parameterCount, ZOO_DATA, type ZooKind } from '~/lib/models/zoo-2d';
import { mulberry32, normalSampler } from '~/lib/rng';
import { type ZooResult } from '~/widgets/generative-zoo/core';
import { buildZoo } from '~/widgets/generative-zoo/build-time';
import { zooValue } from '~/widgets/generative-zoo/zoo-values';
import { DENOISER_SETTINGS } from '../../scripts/models/train-denoiser';
import { publicFetch, readCard, tamperedFetch } from './helpers';

/** A fresh sample of the data scores about 0.003 against the held-out points. */
const BAR = { gan: 0.05, vae: 0.01, flow: 0.01, diffusion: 0.01 } as const;
/** Every model that states a likelihood must beat the best single Gaussian by this many nats per point. */
const OVER_GAUSSIAN = 0.5;

let zoo: ZooResult;

beforeAll(async () => {
  zoo = await buildZoo();
}, 120_000);

describe('the zoo models', () => {
  it('learn the same points the diffusion model learned', () => {
    expect(ZOO_DATA.trainPoints).toBe(DENOISER_SETTINGS.trainPoints);
    expect(ZOO_DATA.trainSeed).toBe(DENOISER_SETTINGS.dataSeed);
    expect(ZOO_DATA.heldOutPoints).toBe(DENOISER_SETTINGS.heldOutPoints);
    expect(ZOO_DATA.heldOutSeed).toBe(DENOISER_SETTINGS.heldOutSeed);
  });

  it.each(Object.entries(BAR))('%s samples come within its bar of the held-out points', (family, bar) => {
    const f = zoo.families.find((x) => x.family === family)!;
    expect(f.samples.length).toBe(2 * 2000);
    expect(f.energy).toBeGreaterThan(0);
    expect(f.energy).toBeLessThan(bar);
  });

  it('state likelihoods in the order theory puts them: ELBO ≤ IWAE estimate, and all above the single Gaussian', () => {
    const [elbo, iwae, exact] = [zooValue(zoo, 'ELBO'), zooValue(zoo, 'IWAE'), zooValue(zoo, 'exact')];
    expect(iwae).toBeGreaterThan(elbo);
    for (const v of [elbo, iwae, exact]) expect(v).toBeGreaterThan(zoo.gaussian + OVER_GAUSSIAN);
    expect(zoo.families.find((f) => f.family === 'gan')!.logLikelihood).toEqual([]);
  });

  it('bear out what the chapter says of the table', () => {
    // "the flow is ahead of the VAE's estimate"
    expect(zooValue(zoo, 'flowOverIwae')).toBeGreaterThan(0);
    // "its variational bound … is worse than the single Gaussian's"
    expect(zooValue(zoo, 'bound')).toBeLessThan(zoo.gaussian);
    // "the KL terms of t = 2 and 3 contribute more than the other 47 together"
    expect(zooValue(zoo, 'boundFirstSteps')).toBeGreaterThan(zooValue(zoo, 'boundOtherSteps'));
    // "with σ_t² = β_t … the bound beats the single Gaussian"
    expect(zooValue(zoo, 'bound-wide')).toBeGreaterThan(zoo.gaussian);
    // "its samples are among the closest to the data": closer than the GAN's
    const energy = (f: string) => zoo.families.find((x) => x.family === f)!.energy;
    expect(energy('diffusion')).toBeLessThan(energy('gan'));
  });

  it('match the numbers their cards record (freshness: the card was written by this code on the wasm backend)', () => {
    for (const f of zoo.families.filter((x) => x.family !== 'diffusion')) {
      const card = readCard(f.model as 'flow-moons') as unknown as {
        metrics: { heldOut: Record<string, Record<string, number>> };
      };
      const recorded = Object.values(card.metrics.heldOut['energy distance']!)[0]!;
      expect(f.energy).toBeCloseTo(recorded, 4);
      const lls = Object.values(card.metrics.heldOut['log-likelihood (nats per point)'] ?? {});
      expect(lls).toHaveLength(f.logLikelihood.length);
      lls.forEach((v, i) => expect(f.logLikelihood[i]!.value).toBeCloseTo(v, 3));
    }
  });
});

describe('the diffusion bound', () => {
  it('is L_T + log(2π β₁) per point for a predictor that knows the noise exactly (one-point data)', () => {
    const S = linearSchedule();
    const c = [0.7, -1.2];
    // For data at a single point c, the noise in x_t is known exactly: ε = (x_t − √ᾱ_t c)/√(1 − ᾱ_t).
    const perfect = (x: Float64Array, t: number) =>
      x.map((v, i) => (v - Math.sqrt(S.alphaBar[t]!) * c[i % 2]!) / Math.sqrt(1 - S.alphaBar[t]!));
    const { perPoint, perTerm } = diffusionBound(perfect, [...c, ...c], S, normalSampler(mulberry32(1)));
    const abT = S.alphaBar[S.T]!;
    const lT = c.reduce((n, v) => n + 0.5 * (abT * v * v + (1 - abT) - 1 - Math.log(1 - abT)), 0);
    const l0 = Math.log(2 * Math.PI * S.beta[0]!);
    expect(perPoint[0]).toBeCloseTo(lT + l0, 6);
    expect(perPoint[1]).toBeCloseTo(lT + l0, 6);
    for (let t = 1; t < S.T; t++) expect(perTerm[t]).toBeCloseTo(0, 8);
    // With σ_t² = β_t the means still agree, and each KL term is the variances' mismatch alone.
    const wide = diffusionBound(perfect, [...c, ...c], S, normalSampler(mulberry32(1)), 'beta');
    for (let t = 2; t <= S.T; t++) {
      const ratio = posteriorCoefficients(t, S).variance / S.beta[t - 1]!;
      expect(wide.perTerm[t - 1]).toBeCloseTo(ratio - 1 - Math.log(ratio), 8);
    }
  });
});

describe('params.bin', () => {
  it.each(['flow-moons', 'gan-moons', 'vae-moons'] as const)('%s holds exactly its networks’ parameters', async (id) => {
    const model = await loadModel(id, { fetch: publicFetch });
    expect(model.params.length).toBe(parameterCount(MODELS[id].kind as ZooKind));
  });

  it('a truncated download is reported as truncated, not loaded', async () => {
    const short = tamperedFetch({ 'params.bin': (bytes) => bytes.slice(0, 1000) });
    await expect(loadModel('flow-moons', { fetch: short, verify: false })).rejects.toMatchObject({
      reason: 'truncated',
      file: 'params.bin',
    });
    // With the card's check on, the same bytes fail its SHA-256 or size first: either way nothing loads.
    await expect(loadModel('flow-moons', { fetch: short })).rejects.toMatchObject({ file: 'params.bin' });
  });
});
