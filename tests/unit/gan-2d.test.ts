import { describe, expect, it } from 'vitest';
import { buildTimeTf } from '~/lib/node/tf';
import { applyMlp, createMlp } from '~/lib/mlp';
import { energyDistance } from '~/lib/toy-2d';
import { discriminatorLoss, ganLosses, generatorLoss, noiseGrid, optimalDiscriminator } from '~/widgets/gan-2d/core';
import { Trainer } from '~/widgets/gan-2d/trainer';
import { COLLAPSE, schema } from '~/widgets/gan-2d/state';
import { readState } from '~/lib/url-state';

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

describe('the GAN losses', () => {
  it('match the objective on a hand-worked example', () => {
    // D = 0.8 and 0.5 on two real points, 0.2 and 0.5 on two fakes:
    // L_D = −½(log 0.8 + log 0.5) − ½(log 0.8 + log 0.5) = −log 0.8 − log 0.5 = 0.22314 + 0.69315 = 0.91629,
    // L_G = −½(log 0.2 + log 0.5) = ½(1.60944 + 0.69315) = 1.15129, and V = −L_D.
    const { d, g } = ganLosses([0.8, 0.5], [0.2, 0.5]);
    expect(d).toBeCloseTo(0.91629, 5);
    expect(g).toBeCloseTo(1.15129, 5);
  });

  it('reach log 4 and log 2 when D = ½ everywhere', () => {
    const { d, g } = ganLosses([0.5, 0.5, 0.5], [0.5]);
    expect(d).toBeCloseTo(Math.log(4), 12);
    expect(g).toBeCloseTo(Math.log(2), 12);
  });

  it('the TF.js losses from logits equal the reference from probabilities', async () => {
    const tf = await buildTimeTf();
    const real = [2.1, -0.3, 0.7];
    const fake = [-1.5, 0.2];
    const want = ganLosses(real.map(sigmoid), fake.map(sigmoid));
    const [d, g] = tf.tidy(() => {
      const r = tf.tensor2d(real, [3, 1]);
      const f = tf.tensor2d(fake, [2, 1]);
      return [discriminatorLoss(tf, r, f).dataSync()[0], generatorLoss(tf, f).dataSync()[0]];
    });
    expect(d).toBeCloseTo(want.d, 5);
    expect(g).toBeCloseTo(want.g, 5);
  });

  it('the optimal discriminator is p_data / (p_data + p_g)', () => {
    expect(optimalDiscriminator(0.3, 0.1)).toBeCloseTo(0.75, 12);
    expect(optimalDiscriminator(1, 1)).toBe(0.5);
  });
});

describe('the energy distance', () => {
  it('matches a hand case: one point each, a distance 3 apart, gives 2·3 − 0 − 0 = 6', () => {
    expect(
      energyDistance(
        [0, 0],
        [3, 4].map((v) => v * 0.6),
      ),
    ).toBeCloseTo(6, 12);
  });

  it('matches a hand case with two points a side', () => {
    // A = {(0,0), (2,0)}, B = {(0,0), (0,2)}: E|X−Y| = (0 + 2 + 2 + 2√2)/4 = 1 + √2/2,
    // E|X−X′| = E|Y−Y′| = (0 + 2 + 2 + 0)/4 = 1, so E = 2 + √2 − 2 = √2.
    expect(energyDistance([0, 0, 2, 0], [0, 0, 0, 2])).toBeCloseTo(Math.SQRT2, 12);
  });

  it('is zero for identical samples and symmetric', () => {
    const a = [0.1, 0.2, -1, 3, 2, 2];
    const b = [1, 1, 0, -2];
    expect(energyDistance(a, a)).toBeCloseTo(0, 12);
    expect(energyDistance(a, b)).toBeCloseTo(energyDistance(b, a), 12);
    expect(energyDistance(a, b)).toBeGreaterThan(0);
  });
});

describe('the networks and the noise grid', () => {
  it('an MLP is seeded: the same seed gives the same outputs', async () => {
    const tf = await buildTimeTf();
    const out = (seed: number) => {
      const net = createMlp(tf, { inputs: 2, hidden: 8, layers: 2, outputs: 1 }, seed);
      const v = tf.tidy(() => applyMlp(tf, net, tf.tensor2d([0.5, -1, 2, 0.25], [2, 2])).dataSync());
      net.dispose();
      return Array.from(v);
    };
    expect(out(3)).toEqual(out(3));
    expect(out(3)).not.toEqual(out(4));
  });

  it('the noise grid has lines of constant z₁ and of constant z₂', () => {
    const { z, line } = noiseGrid(3, 5, 2);
    expect(line.length).toBe(30);
    // The first line holds z₁ = −2 and runs z₂ from −2 to 2; line 3 holds z₂ = −2.
    expect(Array.from(z.slice(0, 4))).toEqual([-2, -2, -2, -1]);
    expect(z[2 * 15 + 1]).toBe(-2);
    expect(z[2 * 15]).toBe(-2);
    expect(z[2 * 16]).toBe(-1);
  });
});

describe('the trainer', () => {
  it('discriminator steps on a fixed generator lower its loss on that generator', async () => {
    const tf = await buildTimeTf();
    const before = tf.memory().numTensors;
    const t = new Trainer(tf, { dataset: 'mixture', seed: 5, gLr: 0.002, dLr: 0.005, dSteps: 1 });
    const read = (x: { dataSync(): unknown; dispose(): void }) => {
      const v = Array.from(x.dataSync() as Float32Array);
      x.dispose();
      return v;
    };
    const lossAt = () => read(t.losses())[0]!;
    const start = lossAt();
    expect(Math.abs(start - Math.log(4))).toBeLessThan(0.2); // D starts near ½
    for (let i = 0; i < 60; i++) read(t.dStep());
    const after = lossAt();
    expect(after).toBeLessThan(start - 0.3);
    const [dLoss, gLoss] = read(t.step(3));
    expect(t.steps).toBe(3);
    expect(Number.isFinite(dLoss) && Number.isFinite(gLoss)).toBe(true);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the caption’s collapse setting is a valid link state', () => {
    const search = new URLSearchParams(Object.entries(COLLAPSE).map(([k, v]) => [`gan.${k}`, String(v)])).toString();
    const { state, problems } = readState('gan', schema, `?${search}`);
    expect(problems).toEqual([]);
    expect(state).toEqual(COLLAPSE);
  });
});
