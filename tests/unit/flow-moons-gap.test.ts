/**
 * What the flow chapter's exercise flow-moons-gap tells the reader to expect from the figure
 * (FLOW_GAP in src/components/exercise/figure-ranges.ts): the figure's default flow, trained on the
 * CPU backend by the figure's own trainer for the stated steps, lands in the stated ranges.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Registers the gradients, as in the page (tfjs-core alone has none).
import '@tensorflow/tfjs-layers';
import { FLOW_GAP } from '../../src/components/exercise/figure-ranges';
import { MOONS_ARCS, makeDataset, moonsDistance, offMoonsFraction } from '~/lib/toy-2d';
import { schema } from '~/widgets/flow-2d/state';
import { SAMPLE_COUNT, Trainer } from '~/widgets/flow-2d/trainer';

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('the distance to the two moons', () => {
  it('is 0 on the centre lines, the radial offset beside them, and the distance to an end beyond them', () => {
    for (const { cx, cy, r, upper } of MOONS_ARCS) {
      for (let k = 0; k <= 8; k++) {
        const t = (Math.PI * k) / 8;
        const [ux, uy] = [Math.cos(t), upper ? Math.sin(t) : -Math.sin(t)];
        expect(moonsDistance(cx + r * ux, cy + r * uy)).toBeCloseTo(0, 12);
        // Outside the arc, away from the other moon.
        expect(moonsDistance(cx + (r + 0.3) * ux, cy + (r + 0.3) * uy)).toBeCloseTo(0.3, 12);
      }
    }
    // Below the upper moon's left end (−2.4, −0.4), on the far side of its diameter.
    expect(moonsDistance(-2.4, -0.7)).toBeCloseTo(0.3, 12);
    // The upper moon's centre is 1.6 from its own arc but nearer the lower one's: |√(1.6² + 0.8²) − 1.6|.
    expect(moonsDistance(-0.8, -0.4)).toBeCloseTo(Math.hypot(1.6, 0.8) - 1.6, 12);
    expect(offMoonsFraction([0, 0.6, -2.4, -0.4, 5, 5, -2.4, -1.4], 0.4)).toBe(0.5);
  });

  it('puts the data themselves on the crescents, all but a share below the stated bound', () => {
    const big = offMoonsFraction(makeDataset('moons', 100_000, 5), FLOW_GAP.offDistance);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(FLOW_GAP.dataGapFraction);
  });
});

describe('exercise flow-moons-gap', () => {
  it('names the figure’s defaults and its number of samples', () => {
    expect([FLOW_GAP.seed, FLOW_GAP.learningRate, FLOW_GAP.layers]).toEqual([
      schema.seed.default,
      schema.lr.default,
      schema.layers.default,
    ]);
    expect(FLOW_GAP.samples).toBe(SAMPLE_COUNT);
  });

  it('states the held-out NLL and the share of samples off the crescents that the default flow reaches', () => {
    const trainer = new Trainer(tf, {
      dataset: schema.dataset.default,
      seed: schema.seed.default,
      learningRate: schema.lr.default,
      layers: schema.layers.default,
    });
    try {
      expect(schema.dataset.default).toBe('moons');
      const data = offMoonsFraction(trainer.train, FLOW_GAP.offDistance);
      const before = offMoonsFraction(trainer.untrained().samples, FLOW_GAP.offDistance);
      while (trainer.steps < FLOW_GAP.steps) trainer.step(10).dispose();
      expect(trainer.steps).toBe(FLOW_GAP.steps);
      const nll = tf.tidy(() => trainer.heldOutNll().dataSync()[0]!);
      const samples = tf.tidy(() => trainer.samples().dataSync());
      const gap = offMoonsFraction(samples, FLOW_GAP.offDistance);
      console.log(
        `flow-moons-gap after ${trainer.steps} steps: held-out NLL ${nll.toFixed(3)} nats, ` +
          `${(100 * gap).toFixed(1)}% of samples off the crescents (${(100 * before).toFixed(1)}% untrained), data ${(100 * data).toFixed(1)}%`,
      );
      expect(nll).toBeGreaterThanOrEqual(FLOW_GAP.nll[0]);
      expect(nll).toBeLessThanOrEqual(FLOW_GAP.nll[1]);
      expect(gap).toBeGreaterThanOrEqual(FLOW_GAP.gapFraction[0]);
      expect(gap).toBeLessThanOrEqual(FLOW_GAP.gapFraction[1]);
      expect(data).toBeLessThan(FLOW_GAP.dataGapFraction);
      // The samples still put more in the gap than the data do, and far less than the untrained Gaussian.
      expect(gap).toBeGreaterThan(data);
      expect(gap).toBeLessThan(before / 2);
    } finally {
      trainer.dispose();
    }
  }, 180_000);
});
