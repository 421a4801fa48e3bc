/** Train one encoder/decoder model, save it (uint8 weights if that costs nothing), measure it, write its card. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { decoderSpec, encoderSpec, denseLayers, type NetworkSpec } from '../../widgets/lib/models/architecture';
import { AutoencoderModel, VaeModel } from '../../widgets/lib/models/autoencoders';
import { loadModel } from '../../widgets/lib/models/loader';
import { BINARISE_THRESHOLD, DAE_NOISE_SIGMA } from '../../widgets/lib/models/preprocess';
import type { ModelId, ModelInfo } from '../../widgets/lib/models/registry';
import { parameterCount } from './dense-net';
import { evaluateAutoencoder, evaluateVae, roundMetrics, type HeldOut } from './evaluate';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { cardAnalyses } from './card-analyses';
import { writeCard } from './model-card';
import { saveLayersModel, type WeightFormat } from './save-layers';
import { HELDOUT_NOISE_SEED, NLL_SAMPLES, NLL_SEED, type TrainSettings } from './settings';
import { trainAutoencoder, type TrainedPair } from './train-autoencoder';
import { trainVae } from './train-vae';
import type { TrainingData } from './training-data';

/** Quantised weights are kept when the headline metric worsens by less than this (relative). */
const QUANTISATION_TOLERANCE = 0.005;

function describe(spec: NetworkSpec): string[] {
  return denseLayers(spec).map((l) => `${l.name}: dense ${l.inputSize} → ${l.units}, ${l.activation}`);
}

function wrap(info: ModelInfo, pair: Pick<TrainedPair, 'encoder' | 'decoder'>): AutoencoderModel | VaeModel {
  return info.kind === 'vae'
    ? new VaeModel(info, pair.encoder, pair.decoder)
    : new AutoencoderModel(info, pair.encoder, pair.decoder);
}

async function evaluate(model: AutoencoderModel | VaeModel, held: HeldOut): Promise<Record<string, number>> {
  return model instanceof VaeModel ? evaluateVae(model, held) : evaluateAutoencoder(model, held, model.info.kind === 'dae');
}

function headline(info: ModelInfo, m: Record<string, number>): number {
  return (info.kind === 'vae' ? m['nll'] : info.kind === 'dae' ? m['denoisedMse'] : m['mse']) ?? NaN;
}

export async function runLayersModel(
  info: ModelInfo,
  data: TrainingData,
  settings: TrainSettings,
  publicDir: string,
  dataDir: string = publicDir,
): Promise<void> {
  const dir = join(publicDir, 'models', info.id);
  const held: HeldOut = { pixels: data.heldout, count: data.heldoutCount };
  console.log(`\n== ${info.id}: ${info.description}`);
  const trained = info.kind === 'vae' ? trainVae(info, data, settings) : trainAutoencoder(info, data, settings);
  const floatModel = wrap(info, trained);
  const floatMetrics = await evaluate(floatModel, held);

  const save = async (format: WeightFormat) => {
    rmSync(dir, { recursive: true, force: true });
    await saveLayersModel(trained.encoder, join(dir, 'encoder'), format);
    await saveLayersModel(trained.decoder, join(dir, 'decoder'), format);
  };
  await save('uint8');
  const shipped = await loadModel(info.id as ModelId, { fetch: fileFetch(publicDir), verify: false });
  const quantMetrics = await evaluate(shipped as AutoencoderModel | VaeModel, held);
  shipped.dispose();
  const cost = headline(info, quantMetrics) / headline(info, floatMetrics) - 1;
  const format: WeightFormat = cost < QUANTISATION_TOLERANCE ? 'uint8' : 'float32';
  if (format === 'float32') await save('float32');
  floatModel.dispose();
  console.log(`${info.id}: held-out float ${JSON.stringify(floatMetrics)}`);
  console.log(`${info.id}: held-out uint8 ${JSON.stringify(quantMetrics)} → shipping ${format} weights`);

  const analyses = await cardAnalyses(info, publicDir, dataDir, false);
  const enc = encoderSpec(info);
  const dec = decoderSpec(info);
  const files = writeCard({
    info,
    dir,
    architecture: {
      encoder: describe(enc),
      decoder: [...describe(dec), 'pixels: sigmoid'],
      encoderOutputs: info.encoderOutputs,
      format: 'tf.layers models (model.json + weights.bin), encoder and decoder separately',
    },
    parameters: { encoder: parameterCount(enc), decoder: parameterCount(dec), total: parameterCount(enc) + parameterCount(dec) },
    data,
    preprocessing:
      info.kind === 'vae'
        ? `grey levels / 255, binarised: pixel > ${BINARISE_THRESHOLD} → 1 else 0`
        : info.kind === 'dae'
          ? `grey levels / 255; inputs corrupted each epoch with N(0, ${DAE_NOISE_SIGMA}²) noise clipped to [0, 1], targets clean`
          : 'grey levels / 255',
    training: {
      ...settings,
      optimiser: 'Adam (β1 0.9, β2 0.999, ε 1e-7)',
      loss:
        info.kind === 'vae'
          ? 'negative ELBO: Bernoulli log-likelihood summed over pixels + KL to N(0, I), nats per digit, one sample per digit'
          : 'binary cross-entropy between clean target and sigmoid output, mean over pixels',
      initialisation: 'Glorot uniform kernels from the seeded generator, zero biases',
      backend: 'tfjs wasm (Node), raw ops, then copied into tf.layers models',
      seconds: Math.round(trained.seconds),
      history: trained.history.map((h) => ({ epoch: h.epoch, trainLoss: round(h.trainLoss), ...roundMetrics(h.heldOut) })),
    },
    metrics: {
      heldOut: { float32: roundMetrics(floatMetrics), shipped: roundMetrics(quantMetrics) },
      definition:
        info.kind === 'vae'
          ? `nll: importance-weighted estimate of −log p(x) (Burda et al. 2016) with K = ${NLL_SAMPLES} samples per digit, seed ${NLL_SEED}, over all ${data.heldoutCount} held-out digits binarised at ${BINARISE_THRESHOLD}, in nats; negElbo: mean single-sample bound over the same draws`
          : info.kind === 'dae'
            ? `mse: per-pixel mean squared error of clean → reconstruction; denoisedMse: corrupted (σ ${DAE_NOISE_SIGMA}, seed ${HELDOUT_NOISE_SEED}) → reconstruction vs clean; noisyInputMse: the corrupted input vs clean. All ${data.heldoutCount} held-out digits, grey levels in [0, 1]`
            : `mse: per-pixel mean squared error of reconstruction over all ${data.heldoutCount} held-out digits, grey levels in [0, 1]`,
    },
    quantization: {
      weights:
        format === 'uint8'
          ? 'uint8 affine per tensor (q·scale + min), read natively by tf.loadLayersModel'
          : 'float32 (uint8 cost too much)',
      headlineMetricRelativeChange: round(cost),
      tolerance: QUANTISATION_TOLERANCE,
    },
    analyses,
  });
  const gz = files.reduce((n, f) => n + f.gzipBytes, 0);
  console.log(
    `${info.id}: ${files.reduce((n, f) => n + f.bytes, 0)} bytes, ${gz} gzipped, trained in ${trained.seconds.toFixed(0)} s`,
  );
}

function round(x: number): number {
  return Number(x.toPrecision(6));
}
