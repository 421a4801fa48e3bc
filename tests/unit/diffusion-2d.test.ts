/** The diffusion figure's core: schedule, forward marginal, reverse step, sampler and energy distance. */
import { describe, expect, it } from 'vitest';
import { mulberry32, normalSampler } from '~/lib/rng';
import { forwardSample, linearSchedule, reverseStep, sampleAll, posteriorCoefficients } from '~/lib/diffusion';
import {
  energyDistance,
  samplingTimesteps,
  sampleChain,
  scheduleRows,
  forwardCloud,
  dataPoints,
  N_POINTS,
  TRACKED,
  SCHEDULE,
} from '~/widgets/diffusion-2d/core';
import { denoiserInputs, DENOISER_INPUT } from '~/lib/diffusion';

const S = linearSchedule(50, 1e-3, 0.2);

describe('the linear schedule', () => {
  it('multiplies the αs into ᾱ and ends near pure noise', () => {
    let prod = 1;
    for (let t = 1; t <= 50; t++) {
      prod *= 1 - S.beta[t - 1]!;
      expect(S.alphaBar[t]).toBeCloseTo(prod, 12);
    }
    expect(S.beta[0]).toBeCloseTo(1e-3, 12);
    expect(S.beta[49]).toBeCloseTo(0.2, 12);
    expect(S.alphaBar[0]).toBe(1);
    expect(S.alphaBar[50]).toBeLessThan(0.01);
    const rows = scheduleRows(S);
    for (const r of rows) expect(r.signal ** 2 + r.noise ** 2).toBeCloseTo(1, 12);
  });
});

describe('the forward marginal q(x_t | x₀) = N(√ᾱ_t x₀, (1 − ᾱ_t) I)', () => {
  it.each([1, 10, 25, 50])('matches its mean and variance when sampled, t = %i', (t) => {
    const n = 100_000;
    const x0 = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      x0[2 * i] = 1.5;
      x0[2 * i + 1] = -0.5;
    }
    const { xt } = forwardSample(x0, t, S, normalSampler(mulberry32(t)));
    const ab = S.alphaBar[t]!;
    for (const [d, c] of [
      [0, 1.5],
      [1, -0.5],
    ] as const) {
      let m = 0;
      let v = 0;
      for (let i = 0; i < n; i++) m += xt[2 * i + d]!;
      m /= n;
      for (let i = 0; i < n; i++) v += (xt[2 * i + d]! - m) ** 2;
      v /= n - 1;
      const variance = 1 - ab;
      // Within 5 standard errors of the closed form.
      expect(Math.abs(m - Math.sqrt(ab) * c)).toBeLessThan(5 * Math.sqrt(variance / n));
      expect(Math.abs(v - variance)).toBeLessThan(5 * variance * Math.sqrt(2 / n));
    }
  });
});

describe('the reverse step', () => {
  it('with the true noise and η = 1 is the posterior q(x_{t−1} | x_t, x₀), as Bayes’ rule on the two Gaussians gives it', () => {
    for (const t of [2, 10, 30, 50]) {
      const x0 = 1.2;
      const eps = -0.7;
      const ab = S.alphaBar[t]!;
      const xt = Math.sqrt(ab) * x0 + Math.sqrt(1 - ab) * eps;
      // Brute force: prior N(√ᾱ_{t−1} x₀, 1 − ᾱ_{t−1}) on x_{t−1}, likelihood N(x_t; √α_t x_{t−1}, β_t).
      const abPrev = S.alphaBar[t - 1]!;
      const beta = S.beta[t - 1]!;
      const alpha = 1 - beta;
      const precision = 1 / (1 - abPrev) + alpha / beta;
      const mean = ((Math.sqrt(abPrev) * x0) / (1 - abPrev) + (Math.sqrt(alpha) * xt) / beta) / precision;
      const c = posteriorCoefficients(t, S);
      expect(c.cx0 * x0 + c.cxt * xt).toBeCloseTo(mean, 12);
      expect(c.variance).toBeCloseTo(1 / precision, 12);
      const atMean = reverseStep([xt], [eps], t, t - 1, S, 1, [0]);
      expect(atMean[0]).toBeCloseTo(mean, 10);
      const oneSd = reverseStep([xt], [eps], t, t - 1, S, 1, [1]);
      expect(oneSd[0]! - atMean[0]!).toBeCloseTo(Math.sqrt(1 / precision), 10);
    }
  });

  it('with the true noise and η = 0 lands on x₀ in one jump from any t', () => {
    const ab = S.alphaBar[40]!;
    const xt = Math.sqrt(ab) * 2 + Math.sqrt(1 - ab) * 0.3;
    expect(reverseStep([xt], [0.3], 40, 0, S, 0, null)[0]).toBeCloseTo(2, 10);
  });
});

describe('sampling time steps', () => {
  it('visits T … 0, strided evenly when fewer steps are asked', () => {
    expect(samplingTimesteps(50, 50)).toEqual(Array.from({ length: 51 }, (_, i) => 50 - i));
    expect(samplingTimesteps(5, 50)).toEqual([50, 40, 30, 20, 10, 0]);
    expect(samplingTimesteps(1, 50)).toEqual([50, 0]);
    expect(samplingTimesteps(0, 50)).toEqual([50, 0]);
    expect(samplingTimesteps(99, 50)).toHaveLength(51);
  });
});

/** The exact noise predictor for data N(0, s² I): E[ε | x_t] = √(1 − ᾱ_t) x_t / (ᾱ_t s² + 1 − ᾱ_t). */
const gaussianPredictor =
  (s2: number, schedule = S) =>
  (x: Float64Array, t: number) => {
    const ab = schedule.alphaBar[t]!;
    return x.map((v) => (Math.sqrt(1 - ab) * v) / (ab * s2 + 1 - ab));
  };

describe('the reverse chain with an exact noise predictor', () => {
  it('DDPM and DDIM both draw N(0, s² I) for Gaussian data, given Ho et al.’s 1000 small steps', () => {
    // With few large steps DDPM's variance β̃ misses the spread of x₀ given x_t; small steps make that negligible.
    const fine = linearSchedule(1000, 1e-4, 0.02);
    for (const eta of [1, 0]) {
      const x = sampleAll(gaussianPredictor(0.25, fine), {
        n: 10_000,
        steps: 1000,
        eta,
        schedule: fine,
        normal: normalSampler(mulberry32(3)),
      });
      let v = 0;
      for (const value of x) v += value * value;
      expect(v / x.length).toBeGreaterThan(0.25 * 0.93);
      expect(v / x.length).toBeLessThan(0.25 * 1.07);
    }
  });

  it('sends every sample to the point for data on a single point', () => {
    const c = [1, -2];
    const predict = (x: Float64Array, t: number) => {
      const ab = S.alphaBar[t]!;
      return x.map((v, i) => (v - Math.sqrt(ab) * c[i % 2]!) / Math.sqrt(1 - ab));
    };
    const { samples, paths } = sampleChain(predict, 5, 10, 'ddpm');
    expect(samples).toHaveLength(2 * N_POINTS);
    for (let i = 0; i < samples.length; i++) expect(samples[i]).toBeCloseTo(c[i % 2]!, 6);
    expect(paths).toHaveLength(TRACKED);
    expect(paths[0]).toHaveLength(11);
  });

  it('is fixed by its seed', () => {
    const a = sampleChain(gaussianPredictor(1), 9, 20, 'ddpm').samples;
    const b = sampleChain(gaussianPredictor(1), 9, 20, 'ddpm').samples;
    const c = sampleChain(gaussianPredictor(1), 10, 20, 'ddpm').samples;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});

describe('the energy distance', () => {
  it('matches hand-worked cases', () => {
    // One point each, 5 apart: 2·5 − 0 − 0.
    expect(energyDistance([0, 0], [3, 4])).toBeCloseTo(10, 12);
    // X = {(0,0), (1,0)}, Y = {(0,0)}: 2·½ − ½ − 0.
    expect(energyDistance([0, 0, 1, 0], [0, 0])).toBeCloseTo(0.5, 12);
    expect(energyDistance([1, 2, 3, 4], [3, 4, 1, 2])).toBeCloseTo(0, 12);
    expect(energyDistance([0, 0, 1, 0], [5, 5])).toBeCloseTo(energyDistance([5, 5], [0, 0, 1, 0]), 12);
  });
});

describe('the figure helpers', () => {
  it('draw the forward cloud from the shown points, seeded', () => {
    const x0 = dataPoints('moons', 1);
    expect(forwardCloud(x0, 0, 1)).toEqual(Float64Array.from(x0));
    expect(forwardCloud(x0, 20, 1)).toEqual(forwardCloud(x0, 20, 1));
    expect(SCHEDULE.T).toBe(50);
  });

  it('feed the network x, y and the time features', () => {
    const input = denoiserInputs([0.5, -1, 2, 3], 25, 50);
    expect(input).toHaveLength(2 * DENOISER_INPUT);
    expect(input[DENOISER_INPUT]).toBe(2);
    expect(input[2]).toBeCloseTo(Math.sin(Math.PI * 0.5 * 0.5), 6);
    expect(input[3]).toBeCloseTo(Math.cos(Math.PI * 0.5 * 0.5), 6);
  });
});
