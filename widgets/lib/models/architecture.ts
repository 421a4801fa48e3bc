/**
 * The dense architectures, defined once. The training script runs them with raw
 * ops (see scripts/models/dense-net.ts) and copies the weights into the
 * tf.layers models built here, which is what the browser loads.
 */
import * as tfl from '@tensorflow/tfjs-layers';
import { PIXELS, type ModelInfo } from './registry';

export type Activation = 'relu' | 'sigmoid' | 'linear';

export interface DenseSpec {
  readonly name: string;
  readonly inputSize: number;
  readonly units: number;
  readonly activation: Activation;
}

export interface NetworkSpec {
  /** Layers applied one after the other. */
  readonly trunk: readonly DenseSpec[];
  /** Layers each applied to the trunk's output; one model output each. */
  readonly heads: readonly DenseSpec[];
}

/** Name of the decoder layer that gives Bernoulli logits, before the sigmoid. */
export const LOGITS_LAYER = 'logits';

function chain(prefix: string, sizes: readonly number[], first: number): DenseSpec[] {
  let inputSize = first;
  return sizes.map((units, i) => {
    const spec: DenseSpec = { name: `${prefix}_dense_${i}`, inputSize, units, activation: 'relu' };
    inputSize = units;
    return spec;
  });
}

function lastSize(trunk: readonly DenseSpec[], fallback: number): number {
  return trunk.at(-1)?.units ?? fallback;
}

/** Encoder: pixels → hidden (ReLU) → code (linear), or → mean and log-variance for a VAE. */
export function encoderSpec(info: ModelInfo): NetworkSpec {
  const trunk = chain('encoder', info.hidden, PIXELS);
  const width = lastSize(trunk, PIXELS);
  const heads = info.encoderOutputs.map((name): DenseSpec => ({
    name,
    inputSize: width,
    units: info.latent,
    activation: 'linear',
  }));
  return { trunk, heads };
}

/** Decoder: code → hidden (ReLU, mirrored) → 784 logits; a sigmoid turns them into pixels. */
export function decoderSpec(info: ModelInfo): NetworkSpec {
  const trunk = chain('decoder', [...info.hidden].reverse(), info.latent);
  const width = lastSize(trunk, info.latent);
  return { trunk: [...trunk, { name: LOGITS_LAYER, inputSize: width, units: PIXELS, activation: 'linear' }], heads: [] };
}

/** Name of a self-supervised head's last (linear) layer. */
export const HEAD_LAYER = 'head_out';

/** A self-supervised encoder: pixels → hidden → features, every layer ReLU. */
export function featureSpec(info: ModelInfo): NetworkSpec {
  return { trunk: chain('encoder', [...info.hidden, info.latent], PIXELS), heads: [] };
}

/** Its head: features → the head's widths, ReLU between, the last layer linear. */
export function headSpec(info: ModelInfo): NetworkSpec {
  const widths = info.head ?? [];
  if (widths.length === 0) throw new Error(`${info.id} has no head`);
  const trunk = chain('head', widths.slice(0, -1), info.latent);
  return {
    trunk: [
      ...trunk,
      { name: HEAD_LAYER, inputSize: lastSize(trunk, info.latent), units: widths.at(-1) as number, activation: 'linear' },
    ],
    heads: [],
  };
}

function buildModel(spec: NetworkSpec, name: string, outputActivation: 'sigmoid' | null): tfl.LayersModel {
  const first = spec.trunk[0] ?? spec.heads[0];
  if (!first) throw new Error(`${name}: empty network`);
  const input = tfl.input({ shape: [first.inputSize], name: `${name}_input` });
  let x: tfl.SymbolicTensor = input;
  for (const layer of spec.trunk) {
    x = tfl.layers.dense({ units: layer.units, activation: layer.activation, name: layer.name }).apply(x) as tfl.SymbolicTensor;
  }
  let outputs: tfl.SymbolicTensor[] = [x];
  if (spec.heads.length > 0) {
    const trunkOut = x;
    outputs = spec.heads.map(
      (h) => tfl.layers.dense({ units: h.units, activation: h.activation, name: h.name }).apply(trunkOut) as tfl.SymbolicTensor,
    );
  }
  if (outputActivation) {
    outputs = outputs.map(
      (o) => tfl.layers.activation({ activation: outputActivation, name: 'pixels' }).apply(o) as tfl.SymbolicTensor,
    );
  }
  return tfl.model({ inputs: input, outputs, name });
}

export function buildEncoder(info: ModelInfo): tfl.LayersModel {
  return buildModel(encoderSpec(info), `${info.id}_encoder`.replaceAll('-', '_'), null);
}

export function buildDecoder(info: ModelInfo): tfl.LayersModel {
  return buildModel(decoderSpec(info), `${info.id}_decoder`.replaceAll('-', '_'), 'sigmoid');
}

export function buildFeatureEncoder(info: ModelInfo): tfl.LayersModel {
  return buildModel(featureSpec(info), `${info.id}_encoder`.replaceAll('-', '_'), null);
}

export function buildHead(info: ModelInfo): tfl.LayersModel {
  return buildModel(headSpec(info), `${info.id}_head`.replaceAll('-', '_'), null);
}

/** Every dense layer of a network, in the order their weights are stored. */
export function denseLayers(spec: NetworkSpec): readonly DenseSpec[] {
  return [...spec.trunk, ...spec.heads];
}
