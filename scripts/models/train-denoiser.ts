/**
 * Train a 2-d diffusion model's noise predictor (DDPM's simple loss, Ho et al. 2020):
 * t uniform in 1…T, ε ~ N(0, I), x_t = √ᾱ_t x₀ + √(1 − ᾱ_t) ε, minimise ‖ε − ε_θ(x_t, t)‖².
 * Then sample it and measure the energy distance to held-out data, and write the model
 * and its card to <out>/models/<id>/.
 */
import * as tf from '@tensorflow/tfjs-core';
import { join } from 'node:path';
import { buildDenoiser } from '../../widgets/lib/models/denoiser';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import { DENOISER_INPUT, denoiserInputs, denoiserInputsAt, linearSchedule, sampleAll } from '../../widgets/lib/diffusion';
import { mulberry32, normalSampler } from '../../widgets/lib/rng';
import { energyDistance, makeDataset, type DatasetName } from '../../widgets/lib/toy-2d';
import { saveLayersModel } from './save-layers';
import { writeDenoiserCard } from './denoiser-card';

export const DENOISER_SETTINGS = {
  trainPoints: 8000,
  heldOutPoints: 2000,
  dataSeed: 11,
  heldOutSeed: 12,
  seed: 2026,
  iterations: 6000,
  batchSize: 256,
  learningRate: 3e-3,
  /** The learning rate falls linearly to this fraction by the end. */
  finalLearningRate: 0.1,
  logEvery: 500,
  evalSamples: 2000,
  evalSeed: 7,
  evalSteps: [50, 20, 10, 5, 2],
} as const;

export function denoiserDataset(info: ModelInfo): DatasetName {
  return info.id.replace(/^ddpm-/, '') as DatasetName;
}

export async function runDenoiser(info: ModelInfo, outDir: string): Promise<void> {
  const S = DENOISER_SETTINGS;
  const started = performance.now();
  const dataset = denoiserDataset(info);
  const schedule = linearSchedule();
  const train = makeDataset(dataset, S.trainPoints, S.dataSeed);
  const heldOut = makeDataset(dataset, S.heldOutPoints, S.heldOutSeed);
  const uniform = mulberry32(S.seed);
  const normal = normalSampler(uniform);
  const net = buildDenoiser(info);
  // Glorot kernels from the seeded generator, zero biases: the same weights on every run.
  net.setWeights(
    net.getWeights().map((w) => {
      if (w.shape.length === 1) return tf.zeros(w.shape);
      const [fanIn, fanOut] = w.shape as [number, number];
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      return tf.tensor(
        Float32Array.from({ length: fanIn * fanOut }, () => (2 * uniform() - 1) * limit),
        w.shape,
      );
    }),
  );
  const optimizer = tf.train.adam(S.learningRate);
  const batch = (points: Float32Array, n: number, pick: () => number) => {
    const x0 = new Float32Array(2 * n);
    const ts = new Float32Array(n);
    const eps = new Float32Array(2 * n);
    const xt = new Float32Array(2 * n);
    for (let i = 0; i < n; i++) {
      const j = pick();
      const t = 1 + Math.floor(uniform() * schedule.T);
      const ab = schedule.alphaBar[t]!;
      ts[i] = t;
      for (let d = 0; d < 2; d++) {
        x0[2 * i + d] = points[2 * j + d]!;
        const e = normal();
        eps[2 * i + d] = e;
        xt[2 * i + d] = Math.sqrt(ab) * points[2 * j + d]! + Math.sqrt(1 - ab) * e;
      }
    }
    return { input: denoiserInputsAt(xt, ts), eps };
  };
  // One fixed held-out batch (points, t and noise drawn once) so the logged held-out loss is comparable.
  const held = batch(
    heldOut,
    S.heldOutPoints,
    (() => {
      let k = 0;
      return () => k++;
    })(),
  );
  const heldLoss = () =>
    tf.tidy(() => {
      const pred = net.predict(tf.tensor2d(held.input, [S.heldOutPoints, DENOISER_INPUT])) as tf.Tensor2D;
      return tf.mean(tf.squaredDifference(pred, tf.tensor2d(held.eps, [S.heldOutPoints, 2]))).dataSync()[0]!;
    });
  const history: { iteration: number; trainLoss: number; heldOutLoss: number }[] = [];
  let running = 0;
  for (let it = 1; it <= S.iterations; it++) {
    // Adam reads its (protected) learning rate at every step, so the decay is set there.
    (optimizer as unknown as { learningRate: number }).learningRate =
      S.learningRate * (1 - (1 - S.finalLearningRate) * ((it - 1) / S.iterations));
    const b = batch(train, S.batchSize, () => Math.floor(uniform() * S.trainPoints));
    const loss = optimizer.minimize(
      () =>
        tf.tidy(() => {
          const pred = net.apply(tf.tensor2d(b.input, [S.batchSize, DENOISER_INPUT])) as tf.Tensor2D;
          return tf.mean(tf.squaredDifference(pred, tf.tensor2d(b.eps, [S.batchSize, 2]))) as tf.Scalar;
        }),
      true,
    );
    running += loss!.dataSync()[0]!;
    loss!.dispose();
    if (it % S.logEvery === 0) {
      history.push({ iteration: it, trainLoss: round(running / S.logEvery), heldOutLoss: round(heldLoss()) });
      running = 0;
      console.log(`  ${info.id} ${it}: train ${history.at(-1)!.trainLoss}, held-out ${history.at(-1)!.heldOutLoss}`);
    }
  }
  const trainSeconds = (performance.now() - started) / 1000;
  const predict = (points: Float64Array, t: number) =>
    tf.tidy(() =>
      (net.predict(tf.tensor2d(denoiserInputs(points, t), [points.length / 2, DENOISER_INPUT])) as tf.Tensor).dataSync(),
    );
  const evaluation = S.evalSteps.map((steps) => {
    const row: Record<string, number> = { steps };
    for (const [name, eta] of [
      ['ddpm', 1],
      ['ddim', 0],
    ] as const) {
      const samples = sampleAll(predict, {
        n: S.evalSamples,
        steps,
        eta,
        schedule,
        normal: normalSampler(mulberry32(S.evalSeed)),
      });
      row[name] = round(energyDistance(samples, heldOut));
    }
    return row;
  });
  const dir = join(outDir, 'models', info.id);
  await saveLayersModel(net, join(dir, 'denoiser'), 'float32');
  writeDenoiserCard({
    info,
    dir,
    dataset,
    net,
    history,
    evaluation,
    baseline: round(energyDistance(makeDataset(dataset, S.evalSamples, 99), heldOut)),
    seconds: Math.round(trainSeconds),
  });
  net.dispose();
  optimizer.dispose();
  console.log(`  ${info.id}: ${trainSeconds.toFixed(1)} s, energy distance ${JSON.stringify(evaluation[0])}`);
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
