/**
 * Train a plain or denoising autoencoder with raw ops. Loss: binary
 * cross-entropy between the clean digit's grey levels and the decoder's
 * sigmoid output, averaged over pixels. The DAE sees inputs corrupted afresh
 * every epoch by the shared corrupt() function.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { buildDecoder, buildEncoder, decoderSpec, encoderSpec } from '../../widgets/lib/models/architecture';
import { bernoulliLogLikelihood } from '../../widgets/lib/models/metrics';
import { corrupt } from '../../widgets/lib/models/preprocess';
import { createRng } from '../../widgets/lib/rng';
import { PIXELS, type ModelInfo } from '../../widgets/lib/models/registry';
import { applyNetwork, copyIntoLayers, disposeNetwork, initNetwork, networkVariables, type RawNetwork } from './dense-net';
import { HELDOUT_NOISE_SEED, type TrainSettings } from './settings';
import { trainLoop, type EpochLog } from './train-loop';
import type { TrainingData } from './training-data';

export interface TrainedPair {
  readonly encoder: tfl.LayersModel;
  readonly decoder: tfl.LayersModel;
  readonly history: EpochLog[];
  readonly seconds: number;
}

function logitsOf(enc: RawNetwork, dec: RawNetwork, x: tf.Tensor2D): tf.Tensor2D {
  const [code] = applyNetwork(enc, x) as [tf.Tensor2D];
  return (applyNetwork(dec, code) as [tf.Tensor2D])[0];
}

export function toLayers(info: ModelInfo, enc: RawNetwork, dec: RawNetwork): Pick<TrainedPair, 'encoder' | 'decoder'> {
  const encoder = buildEncoder(info);
  const decoder = buildDecoder(info);
  copyIntoLayers(enc, encoder);
  copyIntoLayers(dec, decoder);
  return { encoder, decoder };
}

export function trainAutoencoder(info: ModelInfo, data: TrainingData, settings: TrainSettings): TrainedPair {
  const start = performance.now();
  const initRng = createRng(settings.seed);
  const enc = initNetwork(encoderSpec(info), initRng);
  const dec = initNetwork(decoderSpec(info), initRng);
  const denoising = info.kind === 'dae';
  const clean = tf.tensor2d(data.train, [data.trainCount, PIXELS]);
  const heldClean = tf.tensor2d(data.heldout, [data.heldoutCount, PIXELS]);
  const heldInput = denoising
    ? tf.tensor2d(corrupt(data.heldout, createRng(HELDOUT_NOISE_SEED)), [data.heldoutCount, PIXELS])
    : heldClean;
  const noiseRng = createRng(settings.seed + 1);
  let input = clean;
  const history = trainLoop({
    label: info.id,
    count: data.trainCount,
    ...settings,
    variables: [...networkVariables(enc), ...networkVariables(dec)],
    beforeEpoch: () => {
      if (!denoising) return;
      if (input !== clean) input.dispose();
      input = tf.tensor2d(corrupt(data.train, noiseRng), [data.trainCount, PIXELS]);
    },
    loss: (rows) => {
      const logits = logitsOf(enc, dec, tf.gather(input, rows));
      return tf.div(tf.neg(tf.mean(bernoulliLogLikelihood(tf.gather(clean, rows), logits))), PIXELS) as tf.Scalar;
    },
    evaluate: () =>
      tf.tidy(() => {
        const out = tf.sigmoid(logitsOf(enc, dec, heldInput));
        return { mse: tf.mean(tf.squaredDifference(out, heldClean)).dataSync()[0] as number };
      }),
  });
  const layers = toLayers(info, enc, dec);
  for (const t of new Set([input, clean, heldClean, heldInput])) t.dispose();
  disposeNetwork(enc);
  disposeNetwork(dec);
  return { ...layers, history, seconds: (performance.now() - start) / 1000 };
}
