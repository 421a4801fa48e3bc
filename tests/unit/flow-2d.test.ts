import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Registers the gradients, as in the page (tfjs-core alone has none).
import '@tensorflow/tfjs-layers';
import { createFlow, forward, inverse, logProb, DEFAULT_CONFIG, type Flow } from '~/lib/coupling-flow';
import { gaussianBaselineNll, makeDataset } from '~/widgets/flow-2d/data';
import { Trainer } from '~/widgets/flow-2d/trainer';

beforeAll(async () => {
  tf.env().set('IS_TEST', true); // no "install tfjs-node" notice
  await tf.setBackend('cpu');
  await tf.ready();
});

/** ∫ p over [−10, 10]² by the midpoint rule. */
function mass(flow: Flow, h = 0.04): number {
  const pts: number[] = [];
  for (let x = -10; x < 10; x += h) for (let y = -10; y < 10; y += h) pts.push(x + h / 2, y + h / 2);
  return tf.tidy(() => tf.sum(tf.exp(logProb(tf, flow, tf.tensor2d(pts, [pts.length / 2, 2])))).dataSync()[0]!) * h * h;
}

/** A flow with random (not identity) output layers, so that the tests exercise real scales and shifts. */
function randomFlow(seed: number): Flow {
  const flow = createFlow(tf, { ...DEFAULT_CONFIG, layers: 4 }, seed);
  let k = 0;
  for (const v of flow.variables) {
    const noise = tf.tidy(() => tf.add(v, tf.randomNormal(v.shape, 0, 0.1, 'float32', seed + k++)));
    v.assign(noise);
    noise.dispose();
  }
  return flow;
}

describe('affine coupling flow', () => {
  let flow: Flow;
  beforeAll(() => {
    flow = randomFlow(3);
  });
  afterAll(() => flow.dispose());

  it('inverse(forward(z)) = z and forward(inverse(x)) = x', () => {
    const z = tf.randomNormal([200, 2], 0, 1.5, 'float32', 1) as tf.Tensor2D;
    const [errZ, errX] = tf.tidy(() => {
      const { x } = forward(tf, flow, z);
      const back = inverse(tf, flow, x).z;
      const x2 = forward(tf, flow, inverse(tf, flow, z).z).x;
      return [tf.max(tf.abs(tf.sub(back, z))).dataSync()[0]!, tf.max(tf.abs(tf.sub(x2, z))).dataSync()[0]!];
    });
    z.dispose();
    expect(errZ).toBeLessThan(1e-4);
    expect(errX).toBeLessThan(1e-4);
  });

  it('the forward and inverse log-dets are opposite and match a numerical Jacobian', () => {
    const points = [
      [0.3, -0.7],
      [1.5, 1.1],
      [-2, 0.4],
      [0, 0],
    ] as const;
    const h = 1e-2;
    for (const [a, b] of points) {
      const probe = tf.tensor2d([a, b, a + h, b, a - h, b, a, b + h, a, b - h], [5, 2]);
      const [xs, logDet, backLogDet] = tf.tidy(() => {
        const { x, logDet } = forward(tf, flow, probe);
        const back = inverse(tf, flow, x);
        return [x.dataSync(), logDet.dataSync()[0]!, back.logDet.dataSync()[0]!];
      });
      probe.dispose();
      // Central differences: columns ∂x/∂z₁ and ∂x/∂z₂.
      const j11 = (xs[2]! - xs[4]!) / (2 * h);
      const j21 = (xs[3]! - xs[5]!) / (2 * h);
      const j12 = (xs[6]! - xs[8]!) / (2 * h);
      const j22 = (xs[7]! - xs[9]!) / (2 * h);
      const numeric = Math.log(Math.abs(j11 * j22 - j12 * j21));
      expect(logDet).toBeCloseTo(numeric, 2);
      expect(backLogDet).toBeCloseTo(-logDet, 4);
    }
  });

  it('log p integrates to about 1 over the plane', () => {
    expect(mass(flow)).toBeCloseTo(1, 2);
  });

  it('starts as the identity, so the untrained flow is N(0, I)', () => {
    const fresh = createFlow(tf, DEFAULT_CONFIG, 1);
    const lp = tf.tidy(() => logProb(tf, fresh, tf.tensor2d([0, 0, 1, 2], [2, 2])).dataSync());
    fresh.dispose();
    expect(lp[0]).toBeCloseTo(-Math.log(2 * Math.PI), 5);
    expect(lp[1]).toBeCloseTo(-Math.log(2 * Math.PI) - 2.5, 5);
  });
});

describe('training on two moons', () => {
  it('beats the best single Gaussian by 0.5 nats after 600 steps, without leaking tensors', () => {
    const empty = tf.memory().numTensors;
    const trainer = new Trainer(tf, { dataset: 'moons', seed: 1, learningRate: 0.005, layers: 6 });
    const start = tf.tidy(() => trainer.heldOutNll().dataSync()[0]!);
    // The plain-JS picture of the untrained flow (shown before TF.js has run anything) is the flow's own.
    const untrained = trainer.untrained();
    expect(untrained.testNll).toBeCloseTo(start, 4);
    const density = tf.tidy(() => trainer.density(1, 4).dataSync());
    const quarter = untrained.density.length / 4;
    for (let i = 0; i < quarter; i += 97) expect(density[i]).toBeCloseTo(untrained.density[quarter + i]!, 6);
    expect(Array.from(tf.tidy(() => trainer.samples().dataSync())).slice(0, 50)).toEqual(
      Array.from(untrained.samples).slice(0, 50),
    );
    // The first step creates Adam's moment variables; after it the count must not grow.
    trainer.step(1).dispose();
    const tensors = tf.memory().numTensors;
    const t0 = performance.now();
    for (let i = 0; i < 60; i++) trainer.step(10).dispose();
    const msPerStep = (performance.now() - t0) / 600;
    for (let i = 0; i < 3; i++) {
      trainer.density().dispose();
      trainer.samples().dispose();
      trainer.heldOutNll().dispose();
    }
    expect(tf.memory().numTensors).toBe(tensors);
    const end = tf.tidy(() => trainer.heldOutNll().dataSync()[0]!);
    console.log(
      `two moons: held-out NLL ${start.toFixed(3)} → ${end.toFixed(3)} nats (Gaussian ${trainer.baseline.toFixed(3)}), ${msPerStep.toFixed(1)} ms/step on cpu`,
    );
    expect(end).toBeLessThan(trainer.baseline - 0.5);
    // A trained flow is still a normalized density.
    expect(mass(trainer.flow)).toBeCloseTo(1, 2);
    trainer.dispose();
    // Data, weights and Adam's moments all go with the trainer.
    expect(tf.memory().numTensors).toBe(empty);
  });

  it('makes reproducible data, and the Gaussian yardstick is right for a Gaussian', () => {
    expect(makeDataset('moons', 50, 4)).toEqual(makeDataset('moons', 50, 4));
    // For N(0, I) the yardstick is log 2π + 1.
    const g = new Float32Array(40000);
    let s = 0;
    for (let i = 0; i < g.length; i += 2) {
      const u = (i * 0.618034) % 1 || 0.5;
      const v = (i * 0.4142136) % 1 || 0.5;
      const r = Math.sqrt(-2 * Math.log(u));
      g[i] = r * Math.cos(2 * Math.PI * v);
      g[i + 1] = r * Math.sin(2 * Math.PI * v);
      s++;
    }
    expect(s).toBe(20000);
    expect(gaussianBaselineNll(g)).toBeCloseTo(Math.log(2 * Math.PI) + 1, 1);
  });
});
