/**
 * Train a variational autoencoder (Kingma & Welling 2014) with raw ops on
 * binarised digits: Bernoulli likelihood, standard normal prior, the
 * reparameterisation z = μ + σ·ε with ε drawn from a per-step seed.
 * Loss: the negative ELBO in nats per digit.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decoderSpec, encoderSpec } from '../../widgets/lib/models/architecture';
import { bernoulliLogLikelihood, gaussianKl } from '../../widgets/lib/models/metrics';
import { binarise } from '../../widgets/lib/models/preprocess';
import { createRng } from '../../widgets/lib/rng';
import { PIXELS, type ModelInfo } from '../../widgets/lib/models/registry';
import { applyNetwork, disposeNetwork, initNetwork, networkVariables, type RawNetwork } from './dense-net';
import type { TrainSettings } from './settings';
import { toLayers, type TrainedPair } from './train-autoencoder';
import { trainLoop } from './train-loop';
import type { TrainingData } from './training-data';

function negElbo(enc: RawNetwork, dec: RawNetwork, x: tf.Tensor2D, seed: number): tf.Scalar {
  const [mean, logVar] = applyNetwork(enc, x) as [tf.Tensor2D, tf.Tensor2D];
  const eps = tf.randomNormal(mean.shape, 0, 1, 'float32', seed);
  const z = tf.add(mean, tf.mul(tf.exp(tf.mul(logVar, 0.5)), eps)) as tf.Tensor2D;
  const [logits] = applyNetwork(dec, z) as [tf.Tensor2D];
  return tf.mean(tf.sub(gaussianKl(mean, logVar), bernoulliLogLikelihood(x, logits)));
}

export function trainVae(info: ModelInfo, data: TrainingData, settings: TrainSettings): TrainedPair {
  const start = performance.now();
  const initRng = createRng(settings.seed);
  const enc = initNetwork(encoderSpec(info), initRng);
  const dec = initNetwork(decoderSpec(info), initRng);
  const train = tf.tensor2d(binarise(data.train), [data.trainCount, PIXELS]);
  const held = tf.tensor2d(binarise(data.heldout), [data.heldoutCount, PIXELS]);
  const history = trainLoop({
    label: info.id,
    count: data.trainCount,
    ...settings,
    variables: [...networkVariables(enc), ...networkVariables(dec)],
    loss: (rows, step) => negElbo(enc, dec, tf.gather(train, rows), settings.seed * 100_003 + step),
    evaluate: () => tf.tidy(() => ({ negElbo: negElbo(enc, dec, held, 1).dataSync()[0] as number })),
  });
  const layers = toLayers(info, enc, dec);
  train.dispose();
  held.dispose();
  disposeNetwork(enc);
  disposeNetwork(dec);
  return { ...layers, history, seconds: (performance.now() - start) / 1000 };
}
