/**
 * A small dense network on TF.js variables: tanh hidden layers and a linear output,
 * with seeded weights. The GAN's generator and discriminator and the 2-d VAE's
 * encoder and decoder are such networks. TF.js is passed in (never imported).
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { mulberry32, normalSampler } from './rng';

type Tf = typeof TfCore;
type Tensor2D = TfCore.Tensor2D;

export interface MlpShape {
  inputs: number;
  hidden: number;
  layers: number;
  outputs: number;
}

/** A dense network with tanh hidden layers and a linear output; its weights are TF.js variables. */
export interface Mlp {
  readonly shape: MlpShape;
  readonly variables: TfCore.Variable[];
  dispose(): void;
}

/**
 * Seeded He-normal weights and zero biases, from our own generator so that
 * every backend starts alike. The output layer starts small, so the untrained
 * generator puts its points near the origin and the discriminator starts near ½.
 */
export function createMlp(tf: Tf, shape: MlpShape, seed: number, outputScale = 0.1): Mlp {
  const normal = normalSampler(mulberry32(seed));
  const sizes = [shape.inputs, ...Array.from({ length: shape.layers }, () => shape.hidden), shape.outputs];
  const variables: TfCore.Variable[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const last = l + 2 === sizes.length;
    const std = Math.sqrt(2 / fanIn) * (last ? outputScale : 1);
    const w = Float32Array.from({ length: fanIn * fanOut }, () => std * normal());
    // Inside tidy, so that the initial tensors are released once the variables hold their values.
    variables.push(...tf.tidy(() => [tf.variable(tf.tensor2d(w, [fanIn, fanOut])), tf.variable(tf.zeros([fanOut]))]));
  }
  return { shape, variables, dispose: () => variables.forEach((v) => v.dispose()) };
}

/** The network's outputs for a batch [n, inputs] → [n, outputs]. Call inside tf.tidy. */
export function applyMlp(tf: Tf, net: Mlp, x: Tensor2D): Tensor2D {
  let h = x;
  const pairs = net.variables.length / 2;
  for (let l = 0; l < pairs; l++) {
    const w = net.variables[2 * l] as unknown as Tensor2D;
    const b = net.variables[2 * l + 1]!;
    h = tf.add(tf.matMul(h, w), b) as Tensor2D;
    if (l + 1 < pairs) h = tf.tanh(h);
  }
  return h;
}

/** Every variable's values, in order, in one vector: the file format of the shipped 2-d models. */
export function packVariables(variables: readonly TfCore.Variable[]): Float32Array {
  const parts = variables.map((v) => v.dataSync() as Float32Array);
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The inverse of packVariables: fill the variables, in order, from one vector of exactly their size. */
export function assignPacked(tf: Tf, variables: readonly TfCore.Variable[], values: Float32Array): void {
  const total = variables.reduce((n, v) => n + v.size, 0);
  if (values.length !== total) throw new Error(`${values.length} parameters for networks of ${total}`);
  let at = 0;
  for (const v of variables) {
    const slice = values.subarray(at, at + v.size);
    tf.tidy(() => v.assign(tf.tensor(slice, v.shape)));
    at += v.size;
  }
}
