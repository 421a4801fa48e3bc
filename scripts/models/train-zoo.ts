/**
 * Train the generative zoo's 2-d models on the diffusion model's two moons: a flow by
 * maximum likelihood, a GAN (generator and discriminator, the generator shipped) and a
 * VAE on its ELBO. Seeded data, weights, batches and noise; Adam with a learning rate
 * falling linearly to a tenth. Each model is written as one float32 vector (params.bin)
 * with its card to <out>/models/<id>/.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createFlow, nll } from '../../widgets/lib/coupling-flow';
import { applyMlp, createMlp, packVariables } from '../../widgets/lib/mlp';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import { ZOO_DATA, ZOO_DISCRIMINATOR, ZOO_FLOW, ZOO_GENERATOR, ZOO_VAE, type ZooKind } from '../../widgets/lib/models/zoo-2d';
import { mulberry32, normalSampler } from '../../widgets/lib/rng';
import { energyDistance, makeDataset } from '../../widgets/lib/toy-2d';
import { createVae2d, elbo } from '../../widgets/lib/vae-2d';
import { discriminatorLoss, generatorLoss } from '../../widgets/gan-2d/core';
import { evaluateFlow, evaluateGan, evaluateVae, heldOutPoints } from '../../widgets/generative-zoo/core';
import { writeFile } from '../data/node-files';
import { writeZooCard, type ZooHistoryRow } from './zoo-card';

export const ZOO_TRAINING = {
  seed: 2026,
  batchSize: 256,
  /** The learning rate falls linearly to this fraction by the end. */
  finalLearningRate: 0.1,
  logEvery: 500,
  flow: { iterations: 4000, learningRate: 3e-3 },
  /** Adam's β₁ = 0.5 for both networks, as in most GAN code since DCGAN. */
  gan: { iterations: 6000, learningRate: 1e-3, beta1: 0.5 },
  vae: { iterations: 6000, learningRate: 3e-3 },
} as const;

type Optimizer = ReturnType<typeof tf.train.adam>;
const setRate = (opt: Optimizer, rate: number) => ((opt as unknown as { learningRate: number }).learningRate = rate);
const decayed = (base: number, it: number, total: number) =>
  base * (1 - (1 - ZOO_TRAINING.finalLearningRate) * ((it - 1) / total));
const round = (x: number) => Number(x.toPrecision(6));
const scalar = (t: tf.Tensor | null) => {
  if (!t) throw new Error('the optimizer returned no loss');
  const v = t.dataSync()[0]!;
  t.dispose();
  return v;
};

export async function runZooModel(info: ModelInfo & { kind: ZooKind }, outDir: string): Promise<void> {
  const S = ZOO_TRAINING;
  const started = performance.now();
  const train = makeDataset(ZOO_DATA.dataset, ZOO_DATA.trainPoints, ZOO_DATA.trainSeed);
  const heldOut = heldOutPoints();
  const trainT = tf.tensor2d(train, [ZOO_DATA.trainPoints, 2]);
  const heldT = tf.tensor2d(heldOut, [ZOO_DATA.heldOutPoints, 2]);
  const uniform = mulberry32(S.seed + 1);
  const normal = normalSampler(mulberry32(S.seed + 2));
  const batch = () => {
    const idx = tf.tensor1d(
      Int32Array.from({ length: S.batchSize }, () => Math.floor(uniform() * ZOO_DATA.trainPoints)),
      'int32',
    );
    const b = tf.gather(trainT, idx) as tf.Tensor2D;
    idx.dispose();
    return b;
  };
  const noise = (rows: number, cols: number) =>
    tf.tensor2d(
      Float32Array.from({ length: rows * cols }, () => normal()),
      [rows, cols],
    );
  const history: ZooHistoryRow[] = [];
  let params: Float32Array;
  let parameterTotal: number;
  let result: ReturnType<typeof evaluateFlow>;
  const log = (row: ZooHistoryRow) => {
    history.push(row);
    console.log(`  ${info.id} ${JSON.stringify(row)}`);
  };

  if (info.kind === 'flow') {
    const { iterations, learningRate } = S.flow;
    const flow = createFlow(tf, ZOO_FLOW, S.seed);
    const opt = tf.train.adam(learningRate);
    let running = 0;
    for (let it = 1; it <= iterations; it++) {
      setRate(opt, decayed(learningRate, it, iterations));
      const b = batch();
      running += scalar(opt.minimize(() => nll(tf, flow, b), true, flow.variables));
      b.dispose();
      if (it % S.logEvery === 0) {
        const held = tf.tidy(() => nll(tf, flow, heldT));
        // Named as the model-cards page reads a history: trainLoss, then the held-out metric it plots.
        log({ iteration: it, trainLoss: round(running / S.logEvery), nll: round(scalar(held)) });
        running = 0;
      }
    }
    params = packVariables(flow.variables);
    parameterTotal = params.length;
    flow.dispose();
    opt.dispose();
    result = evaluateFlow(tf, params, heldOut);
  } else if (info.kind === 'gan') {
    const { iterations, learningRate, beta1 } = S.gan;
    const g = createMlp(tf, ZOO_GENERATOR, S.seed);
    const d = createMlp(tf, ZOO_DISCRIMINATOR, S.seed + 3);
    const gOpt = tf.train.adam(learningRate, beta1);
    const dOpt = tf.train.adam(learningRate, beta1);
    let dRun = 0;
    let gRun = 0;
    for (let it = 1; it <= iterations; it++) {
      const rate = decayed(learningRate, it, iterations);
      setRate(gOpt, rate);
      setRate(dOpt, rate);
      const real = batch();
      const z = noise(S.batchSize, 2);
      const fake = tf.tidy(() => applyMlp(tf, g, z));
      dRun += scalar(dOpt.minimize(() => discriminatorLoss(tf, applyMlp(tf, d, real), applyMlp(tf, d, fake)), true, d.variables));
      tf.dispose([real, z, fake]);
      const z2 = noise(S.batchSize, 2);
      gRun += scalar(gOpt.minimize(() => generatorLoss(tf, applyMlp(tf, d, applyMlp(tf, g, z2))), true, g.variables));
      z2.dispose();
      if (it % S.logEvery === 0) {
        const samples = tf.tidy(() => applyMlp(tf, g, noise(500, 2)));
        const energy = energyDistance(samples.dataSync(), heldOut.subarray(0, 1000));
        samples.dispose();
        log({ iteration: it, energyDistance: round(energy), dLoss: round(dRun / S.logEvery), gLoss: round(gRun / S.logEvery) });
        dRun = 0;
        gRun = 0;
      }
    }
    params = packVariables(g.variables);
    parameterTotal = params.length + packVariables(d.variables).length;
    for (const x of [g, d]) x.dispose();
    gOpt.dispose();
    dOpt.dispose();
    result = evaluateGan(tf, params);
  } else {
    const { iterations, learningRate } = S.vae;
    const vae = createVae2d(tf, ZOO_VAE, S.seed);
    const opt = tf.train.adam(learningRate);
    const dz = ZOO_VAE.latent;
    let running = 0;
    for (let it = 1; it <= iterations; it++) {
      setRate(opt, decayed(learningRate, it, iterations));
      const b = batch();
      const eps = noise(S.batchSize, dz);
      running += scalar(opt.minimize(() => tf.neg(tf.mean(elbo(tf, vae, b, eps))) as tf.Scalar, true, vae.variables));
      tf.dispose([b, eps]);
      if (it % S.logEvery === 0) {
        const eps2 = noise(ZOO_DATA.heldOutPoints, dz);
        const held = tf.tidy(() => tf.neg(tf.mean(elbo(tf, vae, heldT, eps2))));
        eps2.dispose();
        log({ iteration: it, trainLoss: round(running / S.logEvery), negElbo: round(scalar(held)) });
        running = 0;
      }
    }
    params = packVariables(vae.variables);
    parameterTotal = params.length;
    vae.dispose();
    opt.dispose();
    result = evaluateVae(tf, params, heldOut);
  }
  tf.dispose([trainT, heldT]);
  const seconds = Math.round((performance.now() - started) / 1000);
  const dir = join(outDir, 'models', info.id);
  mkdirSync(dir, { recursive: true });
  writeFile(join(dir, 'params.bin'), new Uint8Array(params.buffer, params.byteOffset, params.byteLength));
  writeZooCard({
    info,
    dir,
    history,
    parameters: { shipped: params.length, trained: parameterTotal },
    logLikelihood: result.logLikelihood,
    energy: round(energyDistance(result.samples, heldOut)),
    seconds,
  });
  console.log(`  ${info.id}: ${seconds} s, ${JSON.stringify(result.logLikelihood)}`);
}
