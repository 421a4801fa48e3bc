/**
 * The shared dense architecture run with raw ops, for fast training on wasm
 * (see wasm-matmul-grad.ts). After training, copyIntoLayers puts the weights
 * into the tf.layers model built by widgets/lib/models/architecture.ts.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { denseLayers, type Activation, type DenseSpec, type NetworkSpec } from '../../widgets/lib/models/architecture';
import type { Rng } from '../../widgets/lib/rng';

export interface DenseParams {
  readonly spec: DenseSpec;
  readonly kernel: tf.Variable;
  readonly bias: tf.Variable;
}

export interface RawNetwork {
  readonly trunk: readonly DenseParams[];
  readonly heads: readonly DenseParams[];
}

/** Glorot-uniform kernels (as Keras does) from the seeded generator, zero biases. */
function initDense(spec: DenseSpec, rng: Rng): DenseParams {
  const limit = Math.sqrt(6 / (spec.inputSize + spec.units));
  const values = new Float32Array(spec.inputSize * spec.units);
  for (let i = 0; i < values.length; i++) values[i] = (2 * rng.next() - 1) * limit;
  return {
    spec,
    kernel: tf.variable(tf.tensor2d(values, [spec.inputSize, spec.units])),
    bias: tf.variable(tf.zeros([spec.units])),
  };
}

export function initNetwork(spec: NetworkSpec, rng: Rng): RawNetwork {
  return { trunk: spec.trunk.map((s) => initDense(s, rng)), heads: spec.heads.map((s) => initDense(s, rng)) };
}

function activate(x: tf.Tensor2D, activation: Activation): tf.Tensor2D {
  if (activation === 'relu') return tf.relu(x);
  if (activation === 'sigmoid') return tf.sigmoid(x);
  return x;
}

function dense(x: tf.Tensor2D, p: DenseParams): tf.Tensor2D {
  return activate(tf.add(tf.matMul(x, p.kernel), p.bias), p.spec.activation);
}

/** Forward pass: the heads' outputs, or the trunk's output when there are no heads. */
export function applyNetwork(net: RawNetwork, x: tf.Tensor2D): tf.Tensor2D[] {
  const h = net.trunk.reduce(dense, x);
  return net.heads.length > 0 ? net.heads.map((p) => dense(h, p)) : [h];
}

export function networkVariables(net: RawNetwork): tf.Variable[] {
  return [...net.trunk, ...net.heads].flatMap((p) => [p.kernel, p.bias]);
}

export function parameterCount(spec: NetworkSpec): number {
  return denseLayers(spec).reduce((n, s) => n + s.inputSize * s.units + s.units, 0);
}

export function copyIntoLayers(net: RawNetwork, model: tfl.LayersModel): void {
  for (const p of [...net.trunk, ...net.heads]) model.getLayer(p.spec.name).setWeights([p.kernel, p.bias]);
}

export function disposeNetwork(net: RawNetwork): void {
  for (const v of networkVariables(net)) v.dispose();
}
