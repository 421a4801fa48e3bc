/**
 * The few-labels experiment (chapter 9): a linear probe on six frozen representations of
 * the training digits, given 10 … 9,000 labels in seeded balanced draws, judged on the
 * 1,000 held-out digits; beside them the same-size network trained end to end on the
 * same labels, from scratch and from the contrastive encoder's weights. Runs on the
 * shipped models, so the numbers are those of the files the book serves.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AutoencoderModel, VaeModel } from '../../widgets/lib/models/autoencoders';
import type { FeatureModel } from '../../widgets/lib/models/feature-model';
import { loadModel } from '../../widgets/lib/models/loader';
import type { PcaModel } from '../../widgets/lib/models/pca';
import { binarise } from '../../widgets/lib/models/preprocess';
import { PIXELS } from '../../widgets/lib/models/registry';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { createRng, shuffledIndices } from '../../widgets/lib/rng';
import { LABEL_COUNTS, drawsOf, labelledRows, summarise, type Summary } from '../../widgets/lib/ssl/few-labels';
import { accuracy, subset, trainProbe, type ProbeData } from '../../widgets/lib/ssl/probe';
import { denseLayers, featureSpec } from '../../widgets/lib/models/architecture';
import { MODELS } from '../../widgets/lib/models/registry';
import { applyNetwork, initNetwork, networkVariables, type RawNetwork } from './dense-net';
import { DEFAULT_SEED } from './settings';

/** Whether to check the models against their cards (off while training writes a card that needs these numbers). */
export const VERIFY = { cards: true };

export const REPRESENTATIONS = ['pixels', 'pca-16', 'ae-d16', 'vae-d16', 'simclr-d128', 'rotation-d128'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

/** End-to-end training of the probe's network: Adam at this rate, this many steps, batches of up to this many. */
export const END_TO_END = { steps: 600, batchSize: 100, learningRate: 1e-3, fineTuneLearningRate: 3e-4 } as const;

export interface FewLabelsRow {
  readonly method: Method;
  readonly labels: number;
  readonly accuracy: Summary;
  /** Each draw's held-out accuracy, in draw order. */
  readonly draws: number[];
}

interface Split {
  readonly train: Float32Array;
  readonly trainLabels: ArrayLike<number>;
  readonly heldout: Float32Array;
  readonly heldoutLabels: ArrayLike<number>;
}

/** Methods in the order the cards list them: the six probes, then the two networks trained end to end. */
export const METHODS = [...REPRESENTATIONS, 'end-to-end', 'fine-tuned'] as const;
export type Method = (typeof METHODS)[number];

async function features(
  rep: Representation,
  pixels: Float32Array,
  count: number,
  publicDir: string,
): Promise<ProbeData['features']> {
  if (rep === 'pixels') return pixels;
  const model = await loadModel(rep === 'pca-16' ? 'pca' : rep, {
    fetch: fileFetch(publicDir),
    warmUp: false,
    verify: VERIFY.cards,
  });
  try {
    const x = tf.tensor2d(rep === 'vae-d16' ? binarise(pixels) : pixels, [count, PIXELS]);
    const out = tf.tidy(() => {
      if (rep === 'pca-16') return (model as PcaModel).encode(x, 16);
      if (rep === 'ae-d16') return (model as AutoencoderModel).encode(x);
      if (rep === 'vae-d16') return (model as VaeModel).encode(x).mean;
      return (model as FeatureModel).features(x);
    });
    const data = (await out.data()) as Float32Array;
    tf.dispose([x, out]);
    return data;
  } finally {
    model.dispose();
  }
}

/** The contrastive encoder's architecture with a linear layer of 10 classes on top, from its weights or from scratch. */
async function classifier(fromPretrained: boolean, seed: number, publicDir: string): Promise<RawNetwork> {
  const info = MODELS['simclr-d128'];
  const spec = {
    trunk: [...featureSpec(info).trunk, { name: 'classes', inputSize: info.latent, units: 10, activation: 'linear' as const }],
    heads: [],
  };
  const net = initNetwork(spec, createRng(seed));
  if (fromPretrained) {
    const model = await loadModel('simclr-d128', { fetch: fileFetch(publicDir), warmUp: false, verify: VERIFY.cards });
    denseLayers(featureSpec(info)).forEach((layer, i) => {
      const [kernel, bias] = model.encoder.getLayer(layer.name).getWeights() as [tf.Tensor, tf.Tensor];
      net.trunk[i]?.kernel.assign(kernel as tf.Tensor2D);
      net.trunk[i]?.bias.assign(bias as tf.Tensor1D);
    });
    model.dispose();
  }
  return net;
}

async function endToEnd(split: Split, rows: number[], fromPretrained: boolean, seed: number, publicDir: string): Promise<number> {
  const net = await classifier(fromPretrained, seed, publicDir);
  const optimizer = tf.train.adam(fromPretrained ? END_TO_END.fineTuneLearningRate : END_TO_END.learningRate);
  const x = tf.tensor2d(
    Float32Array.from(subset({ features: split.train, dim: PIXELS, labels: split.trainLabels }, rows).features),
    [rows.length, PIXELS],
  );
  const y = tf.oneHot(
    tf.tensor1d(
      rows.map((r) => split.trainLabels[r] as number),
      'int32',
    ),
    10,
  );
  const rng = createRng(seed + 1);
  const batch = Math.min(END_TO_END.batchSize, rows.length);
  let order = shuffledIndices(rows.length, rng);
  let at = 0;
  for (let step = 0; step < END_TO_END.steps; step++) {
    if (at + batch > rows.length) {
      order = shuffledIndices(rows.length, rng);
      at = 0;
    }
    const idx = tf.tensor1d(Int32Array.from(order.subarray(at, at + batch)), 'int32');
    at += batch;
    optimizer.minimize(
      () => {
        const logits = applyNetwork(net, tf.gather(x, idx))[0] as tf.Tensor2D;
        return tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(logits), tf.gather(y, idx)), 1))) as tf.Scalar;
      },
      false,
      networkVariables(net),
    );
    idx.dispose();
  }
  const held = tf.tensor2d(split.heldout, [split.heldoutLabels.length, PIXELS]);
  const predicted = tf.tidy(() => tf.argMax(applyNetwork(net, held)[0] as tf.Tensor2D, 1).dataSync());
  let right = 0;
  predicted.forEach((p, i) => {
    if (p === split.heldoutLabels[i]) right++;
  });
  tf.dispose([x, y, held]);
  optimizer.dispose();
  for (const v of networkVariables(net)) v.dispose();
  return right / split.heldoutLabels.length;
}

export async function fewLabels(split: Split, publicDir: string, log = console.log): Promise<FewLabelsRow[]> {
  const rows: FewLabelsRow[] = [];
  const push = (method: Method, labels: number, draws: number[]) => {
    const row = { method, labels, accuracy: summarise(draws), draws };
    rows.push(row);
    log(
      `${method.padEnd(22)} ${String(labels).padStart(5)} labels: ${(100 * row.accuracy.mean).toFixed(1)} % ± ${(100 * row.accuracy.sd).toFixed(1)}`,
    );
  };
  for (const rep of REPRESENTATIONS) {
    const dim = rep === 'pixels' ? PIXELS : rep.endsWith('16') ? 16 : 128;
    const train: ProbeData = {
      features: await features(rep, split.train, split.trainLabels.length, publicDir),
      dim,
      labels: split.trainLabels,
    };
    const held: ProbeData = {
      features: await features(rep, split.heldout, split.heldoutLabels.length, publicDir),
      dim,
      labels: split.heldoutLabels,
    };
    for (const count of LABEL_COUNTS) {
      const draws = Array.from({ length: drawsOf(count, split.trainLabels.length) }, (_, d) => d);
      push(
        rep,
        count,
        draws.map((d) => accuracy(trainProbe(subset(train, labelledRows(split.trainLabels, count, d))), held)),
      );
    }
  }
  for (const [method, pretrained] of [
    ['end-to-end', false],
    ['fine-tuned', true],
  ] as const) {
    for (const count of LABEL_COUNTS) {
      const draws = Array.from({ length: drawsOf(count, split.trainLabels.length) }, (_, d) => d);
      const accs: number[] = [];
      for (const d of draws)
        accs.push(await endToEnd(split, labelledRows(split.trainLabels, count, d), pretrained, DEFAULT_SEED + d, publicDir));
      push(method, count, accs);
    }
  }
  return rows;
}
