/**
 * Train the two self-supervised encoders with raw ops on the training digits, without
 * their labels:
 * - contrastive (SimCLR-style): two random views of every digit of a batch
 *   (widgets/lib/ssl/augment.ts), the NT-Xent loss on the head's projections;
 * - rotation (Gidaris et al. 2018): every digit turned by 0, 1, 2 and 3 quarter turns,
 *   cross-entropy on which turn it was.
 * The encoder's features are what the book uses; the head is kept for the figures.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { buildFeatureEncoder, buildHead, featureSpec, headSpec } from '../../widgets/lib/models/architecture';
import { PIXELS, type ModelInfo } from '../../widgets/lib/models/registry';
import { createRng, mulberry32, normalSampler } from '../../widgets/lib/rng';
import { applyNetwork, copyIntoLayers, disposeNetwork, initNetwork, networkVariables, type RawNetwork } from './dense-net';
import { ntXentLoss } from './nt-xent-tf';
import { heldOutViews, turnedTensor, turnMeasures, viewMeasures } from './ssl-metrics';
import { allTurns, viewPairs } from './ssl-views';
import { CONTRASTIVE_TEMPERATURE, type TrainSettings } from './settings';
import { trainLoop, type EpochLog } from './train-loop';
import type { TrainingData } from './training-data';

export interface TrainedFeatureModel {
  readonly encoder: tfl.LayersModel;
  readonly head: tfl.LayersModel;
  readonly history: EpochLog[];
  readonly seconds: number;
}

const outputOf = (enc: RawNetwork, head: RawNetwork, x: tf.Tensor2D) =>
  applyNetwork(head, applyNetwork(enc, x)[0] as tf.Tensor2D)[0] as tf.Tensor2D;

function toLayers(info: ModelInfo, enc: RawNetwork, head: RawNetwork): Pick<TrainedFeatureModel, 'encoder' | 'head'> {
  const encoder = buildFeatureEncoder(info);
  const headModel = buildHead(info);
  copyIntoLayers(enc, encoder);
  copyIntoLayers(head, headModel);
  return { encoder, head: headModel };
}

export function trainContrastive(info: ModelInfo, data: TrainingData, settings: TrainSettings): TrainedFeatureModel {
  const start = performance.now();
  const initRng = createRng(settings.seed);
  const enc = initNetwork(featureSpec(info), initRng);
  const head = initNetwork(headSpec(info), initRng);
  const rand = mulberry32(settings.seed + 1);
  const normal = normalSampler(mulberry32(settings.seed + 2));
  const held = heldOutViews(data.heldout, data.heldoutCount, settings.batchSize);
  const history = trainLoop({
    label: info.id,
    count: data.trainCount,
    ...settings,
    variables: [...networkVariables(enc), ...networkVariables(head)],
    loss: (rows) => {
      const views = viewPairs(data.train, rows.dataSync(), rand, normal);
      return ntXentLoss(outputOf(enc, head, tf.tensor2d(views, [2 * settings.batchSize, PIXELS])), CONTRASTIVE_TEMPERATURE);
    },
    evaluate: () => {
      const m = viewMeasures((x) => outputOf(enc, head, x), held, settings.batchSize, CONTRASTIVE_TEMPERATURE);
      return { viewLoss: m.viewLoss, viewAccuracy: m.viewAccuracy };
    },
  });
  const layers = toLayers(info, enc, head);
  disposeNetwork(enc);
  disposeNetwork(head);
  return { ...layers, history, seconds: (performance.now() - start) / 1000 };
}

export function trainRotation(info: ModelInfo, data: TrainingData, settings: TrainSettings): TrainedFeatureModel {
  const start = performance.now();
  const initRng = createRng(settings.seed);
  const enc = initNetwork(featureSpec(info), initRng);
  const head = initNetwork(headSpec(info), initRng);
  const turned = tf.tensor2d(allTurns(data.train, data.trainCount), [4 * data.trainCount, PIXELS]);
  const turns = tf.oneHot(
    tf.tensor1d(
      Int32Array.from({ length: 4 * data.trainCount }, (_, i) => i % 4),
      'int32',
    ),
    4,
  );
  const heldTurned = turnedTensor(data.heldout, data.heldoutCount);
  const history = trainLoop({
    label: info.id,
    count: 4 * data.trainCount,
    ...settings,
    variables: [...networkVariables(enc), ...networkVariables(head)],
    loss: (rows) => {
      const logp = tf.logSoftmax(outputOf(enc, head, tf.gather(turned, rows)));
      return tf.neg(tf.mean(tf.sum(tf.mul(logp, tf.gather(turns, rows)), 1))) as tf.Scalar;
    },
    evaluate: () => ({ rotationAccuracy: turnMeasures((x) => outputOf(enc, head, x), heldTurned).rotationAccuracy }),
  });
  const layers = toLayers(info, enc, head);
  for (const t of [turned, turns, heldTurned]) t.dispose();
  disposeNetwork(enc);
  disposeNetwork(head);
  return { ...layers, history, seconds: (performance.now() - start) / 1000 };
}
