/**
 * The cards of the two self-supervised encoders: architecture, training with its views,
 * held-out measures on the shipped weights (overall, and by class and factor as every
 * digit card has), and, once both encoders exist, the few-labels experiment.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { readJson, writeJson } from '../data/node-files';
import { denseLayers, featureSpec, headSpec, type NetworkSpec } from '../../widgets/lib/models/architecture';
import type { FeatureModel } from '../../widgets/lib/models/feature-model';
import { loadModel } from '../../widgets/lib/models/loader';
import type { ModelInfo } from '../../widgets/lib/models/registry';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { PROBE_SETTINGS } from '../../widgets/lib/ssl/probe';
import { VIEW_SETTINGS } from '../../widgets/lib/ssl/augment';
import { DRAW_SEED, DRAWS, LABEL_COUNTS } from '../../widgets/lib/ssl/few-labels';
import { analyse, digitFactors, type CardAnalyses } from './card-analyses';
import { parameterCount } from './dense-net';
import { roundMetrics } from './evaluate';
import { END_TO_END, type FewLabelsRow } from './few-labels';
import { writeCard } from './model-card';
import { CONTRASTIVE_TEMPERATURE, HELDOUT_VIEW_SEED, type TrainSettings } from './settings';
import { heldOutViews, turnedTensor, turnMeasures, viewMeasures } from './ssl-metrics';
import type { TrainedFeatureModel } from './train-ssl';
import type { TrainingData } from './training-data';
import { loadDigitSet } from '../../widgets/lib/digits/sets';

const describe = (spec: NetworkSpec) =>
  denseLayers(spec).map((l) => `${l.name}: dense ${l.inputSize} → ${l.units}, ${l.activation}`);

/** The views, in words, from the settings the training used. */
export function augmentationWords(): string[] {
  const v = VIEW_SETTINGS;
  return [
    `rotation by up to ±${v.rotate}° (not more: a 6 turned far becomes a 9)`,
    `scaling between ${Math.round(100 * (1 - v.scale))} % and ${Math.round(100 * (1 + v.scale))} %`,
    `shift by up to ±${v.shift} pixels in each direction (a crop of the 28 × 28 frame)`,
    `with chance ${v.eraseChance}, one rectangle of up to ${v.eraseSide} × ${v.eraseSide} pixels erased`,
    `Gaussian noise of standard deviation ${v.noise} per pixel, clipped to [0, 1]`,
    'no flips (a mirrored 2 or 5 is another shape) and no colour changes (the digits are grey)',
  ];
}

interface Measured {
  readonly metrics: Record<string, number>;
  readonly perDigit: Float32Array;
  readonly definition: string;
}

function measure(info: ModelInfo, apply: (x: tf.Tensor2D) => tf.Tensor2D, data: TrainingData, batch: number): Measured {
  if (info.kind === 'simclr') {
    const m = viewMeasures(apply, heldOutViews(data.heldout, data.heldoutCount, batch), batch, CONTRASTIVE_TEMPERATURE);
    return {
      metrics: { heldoutViewLoss: m.viewLoss, heldoutViewAccuracy: m.viewAccuracy },
      perDigit: m.perDigit,
      definition: `Two random views of each of the ${data.heldoutCount} held-out digits (seed ${HELDOUT_VIEW_SEED}), in batches of ${batch} digits as in training. heldoutViewLoss: NT-Xent at τ = ${CONTRASTIVE_TEMPERATURE}, mean over the batches (chance, every similarity equal: ln ${2 * batch - 1}). heldoutViewAccuracy: the share of views whose most similar other view of its batch (cosine of the projections) is its partner; chance is 1 / ${2 * batch - 1}.`,
    };
  }
  const turned = turnedTensor(data.heldout, data.heldoutCount);
  const m = turnMeasures(apply, turned);
  turned.dispose();
  return {
    metrics: { heldoutRotationAccuracy: m.rotationAccuracy },
    perDigit: m.perDigit,
    definition: `Each of the ${data.heldoutCount} held-out digits at 0, 1, 2 and 3 quarter turns counter-clockwise; heldoutRotationAccuracy is the share of the ${4 * data.heldoutCount} whose turn the head's largest logit names (chance 0.25).`,
  };
}

export async function writeSslCard(
  info: ModelInfo,
  data: TrainingData,
  settings: TrainSettings,
  trained: TrainedFeatureModel,
  publicDir: string,
): Promise<void> {
  const dir = join(publicDir, 'models', info.id);
  const float = measure(
    info,
    (x) => trained.head.predict(trained.encoder.predict(x) as tf.Tensor2D) as tf.Tensor2D,
    data,
    settings.batchSize,
  );
  const model = (await loadModel(info.id as 'simclr-d128', { fetch: fileFetch(publicDir), verify: false })) as FeatureModel;
  const shipped = measure(info, (x) => model.apply(x), data, settings.batchSize);
  model.dispose();
  const digits = await loadDigitSet('mnist-heldout', { fetch: fileFetch(publicDir) });
  const factors = digitFactors(digits);
  const table = analyse(shipped.perDigit, digits, factors);
  const analyses: CardAnalyses = {
    factors: {
      measuredOn: `the ${digits.count.toLocaleString('en')} held-out digits (grey levels / 255)`,
      binning: 'terciles over the held-out digits, as on every digit card',
      code: 'widgets/lib/models/factors.ts',
      definitions: factors.records,
    },
    quantitativeAnalyses: {
      metric: info.kind === 'simclr' ? 'viewsFound' : 'turnsRight',
      definition:
        info.kind === 'simclr'
          ? 'per held-out digit, the share of its two views (as in metrics) whose most similar other view is its partner (higher is better)'
          : 'per held-out digit, the share of its four quarter turns whose turn the model names (higher is better)',
      code: 'scripts/models/ssl-metrics.ts, widgets/lib/models/disaggregate.ts',
      overall: table.overall,
      unitary: { class: table.byClass, ...table.byFactor },
      intersectional: table.byClassAndFactor,
    },
  };
  const enc = featureSpec(info);
  const head = headSpec(info);
  const headlineChange = Object.values(shipped.metrics)[0]! / Object.values(float.metrics)[0]! - 1;
  const history = trained.history.map((h) => ({
    epoch: h.epoch,
    trainLoss: Number(h.trainLoss.toPrecision(6)),
    ...roundMetrics(h.heldOut),
  }));
  writeCard({
    info,
    dir,
    architecture: {
      encoder: describe(enc),
      head: describe(head),
      features: `the encoder's output, ${info.latent} numbers per digit (after its ReLU): what probes and figures use`,
      format: 'tf.layers models (model.json + weights.bin), encoder and head separately',
    },
    parameters: { encoder: parameterCount(enc), head: parameterCount(head), total: parameterCount(enc) + parameterCount(head) },
    data,
    preprocessing: 'grey levels / 255; labels are not used in training',
    training: {
      ...settings,
      ...(info.kind === 'simclr'
        ? {
            temperature: CONTRASTIVE_TEMPERATURE,
            viewsPerDigit: 2,
            augmentations: augmentationWords(),
            loss: `NT-Xent (Chen et al. 2020): for each of the 2 × ${settings.batchSize} views, −log of the softmax, over the other ${2 * settings.batchSize - 1} views of its batch, of the cosine similarity to its partner divided by τ; mean over views`,
            views: 'drawn afresh for every batch from a generator seeded by seed + 1 (uniform) and seed + 2 (noise)',
          }
        : {
            turns: 'every training digit at 0, 1, 2 and 3 quarter turns counter-clockwise: 36,000 (digit, turn) pairs',
            loss: 'cross-entropy of the head’s four logits against the turn, mean over the batch',
          }),
      optimiser: 'Adam (β1 0.9, β2 0.999, ε 1e-7)',
      initialisation: 'Glorot uniform kernels from the seeded generator, zero biases',
      backend: 'tfjs wasm (Node), raw ops, then copied into tf.layers models',
      seconds: Math.round(trained.seconds),
      history,
    },
    metrics: {
      heldOut: { float32: roundMetrics(float.metrics), shipped: roundMetrics(shipped.metrics) },
      ...roundMetrics(shipped.metrics),
      definition: shipped.definition,
    },
    quantization: {
      weights: 'uint8 affine per tensor (q·scale + min), read natively by tf.loadLayersModel',
      headlineMetricRelativeChange: Number(headlineChange.toPrecision(6)),
    },
    analyses,
  });
}

/** The experiment's settings and rows, as the cards store them. */
export function fewLabelsSection(rows: readonly FewLabelsRow[]) {
  return {
    question:
      'Held-out accuracy of a classifier given few labels: a linear probe on frozen features of each representation, beside the same network trained end to end',
    labelCounts: LABEL_COUNTS,
    draws: DRAWS,
    drawSeed: DRAW_SEED,
    drawRule:
      'labels drawn balanced per class (count / 10 of each), seeded by drawSeed + 1000 · count + draw; all 9,000 labels form a single draw',
    probe: {
      ...PROBE_SETTINGS,
      method: 'softmax regression on standardised features, L2 penalty, Nesterov-accelerated gradient (widgets/lib/ssl/probe.ts)',
    },
    endToEnd: {
      ...END_TO_END,
      network: 'the contrastive encoder’s architecture with a dense layer of 10 classes on top; cross-entropy, Adam',
    },
    heldout: 'the 1,000 held-out digits; accuracy as a fraction',
    code: 'scripts/models/few-labels.ts',
    rows,
  };
}

/** Put the experiment into both encoders' cards: the whole table into the contrastive card, the rotation rows into the rotation card. */
export function writeFewLabels(publicDir: string, rows: readonly FewLabelsRow[]): void {
  for (const id of ['simclr-d128', 'rotation-d128']) {
    const path = join(publicDir, 'models', id, 'card.json');
    const card = readJson<Record<string, unknown>>(path);
    const section = fewLabelsSection(id === 'simclr-d128' ? rows : rows.filter((r) => r.method === id));
    writeJson(path, { ...card, fewLabels: id === 'simclr-d128' ? section : { ...section, fullTable: 'the simclr-d128 card' } });
  }
}
