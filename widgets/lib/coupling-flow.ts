/**
 * A RealNVP-style normalizing flow in two dimensions (Dinh, Sohl-Dickstein &
 * Bengio 2017): a stack of affine coupling layers, each changing one
 * coordinate by a scale and shift computed from the other, alternating which.
 *
 *   forward = g, generative,  z → x:   x_d = z_d · exp(s(z_c)) + t(z_c),   x_c = z_c
 *   inverse = f, normalizing, x → z:   z_d = (x_d − t(x_c)) · exp(−s(x_c))
 *   log p(x) = log N(f(x); 0, I) + Σ_layers −s(x_c)     (the Jacobian is triangular)
 *
 * s and t come from a small tanh MLP of the kept coordinate; s = bound · tanh(·),
 * so that one layer cannot blow a scale up. TF.js is passed in (never
 * imported), so this file runs in Node with the CPU backend and in the page.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { mulberry32, normalSampler } from './rng';

export type Tf = typeof TfCore;
type Tensor2D = TfCore.Tensor2D;
type Variable = TfCore.Variable;

export interface FlowConfig {
  layers: number;
  hidden: number;
  /** |log-scale| ≤ scaleBound in each layer. */
  scaleBound: number;
}

export const DEFAULT_CONFIG: FlowConfig = { layers: 6, hidden: 32, scaleBound: 2 };

interface Coupling {
  /** Which coordinate this layer changes; the other one conditions it. */
  changes: 0 | 1;
  /** Where its three weight matrices sit in the parameter vector. */
  blocks: readonly Block[];
}

interface Block {
  offset: number;
  /** [outputs, inputs + 1]: the last column is the bias. */
  shape: [number, number];
}

export interface Flow {
  readonly config: FlowConfig;
  readonly couplings: readonly Coupling[];
  /**
   * Every weight in one vector: Adam then updates one variable instead of
   * 6 per layer, which matters because each TF.js kernel call has a fixed cost.
   */
  readonly params: Variable;
  readonly variables: Variable[];
  dispose(): void;
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Seeded initial weights (our own generator, so every backend starts alike):
 * Glorot-normal hidden layers with zero biases, and a zero output layer, so
 * that every coupling starts as the identity and the untrained flow is exactly N(0, I).
 */
export function createFlow(tf: Tf, config: FlowConfig, seed: number): Flow {
  const normal = normalSampler(mulberry32(seed));
  const H = config.hidden;
  const values: number[] = [];
  const block = (inputs: number, outputs: number, random: boolean): Block => {
    const offset = values.length;
    const std = Math.sqrt(2 / (inputs + outputs));
    for (let o = 0; o < outputs; o++) {
      for (let i = 0; i < inputs; i++) values.push(random ? std * normal() : 0);
      values.push(0); // the bias
    }
    return { offset, shape: [outputs, inputs + 1] };
  };
  const couplings: Coupling[] = Array.from({ length: config.layers }, (_, l) => ({
    changes: (l % 2) as 0 | 1,
    blocks: [block(1, H, true), block(H, H, true), block(H, 2, false)],
  }));
  // Inside tidy, so that the initial tensor is released once the variable holds its values.
  const params = tf.tidy(() => tf.variable(tf.tensor1d(values)));
  return { config, couplings, params, variables: [params], dispose: () => params.dispose() };
}

/*
 * Inside the flow, points are columns: a batch is [2, n] and hidden layers are
 * [H, n]. Slicing and stacking rows is contiguous in memory, which keeps the
 * CPU backend fast (its column slices, and so the gradients of column
 * concatenations, go element by element).
 */

/** One dense layer, W·h + b, as [W b]·[h; 1] (the CPU backend's broadcasting add is slow too). */
function dense(tf: Tf, flow: Flow, h: Tensor2D, ones: Tensor2D, b: Block): Tensor2D {
  const w = tf.reshape(tf.slice(flow.params, [b.offset], [b.shape[0] * b.shape[1]]), b.shape) as Tensor2D;
  return tf.matMul(w, tf.concat([h, ones], 0));
}

/** The coupling's log-scale and shift ([1, n] each) from the kept coordinate c ([1, n]). */
function scaleShift(tf: Tf, flow: Flow, layer: Coupling, c: Tensor2D): { s: Tensor2D; t: Tensor2D } {
  const [b1, b2, b3] = layer.blocks as [Block, Block, Block];
  const ones = tf.ones([1, c.shape[1]]) as Tensor2D;
  const h1 = tf.tanh(dense(tf, flow, c, ones, b1));
  const h2 = tf.tanh(dense(tf, flow, h1, ones, b2));
  const out = dense(tf, flow, h2, ones, b3);
  const bound = flow.config.scaleBound;
  const s = tf.mul(tf.tanh(tf.slice(out, [0, 0], [1, -1])), bound) as Tensor2D;
  const t = tf.slice(out, [1, 0], [1, -1]) as Tensor2D;
  return { s, t };
}

/** [n, 2] points → their two coordinates as rows ([1, n] each). */
function rows(tf: Tf, x: Tensor2D): [Tensor2D, Tensor2D] {
  const xt = tf.transpose(x) as Tensor2D;
  return [tf.slice(xt, [0, 0], [1, -1]), tf.slice(xt, [1, 0], [1, -1])];
}

/** The two rows back to [n, 2] points. */
function points(tf: Tf, r: [Tensor2D, Tensor2D]): Tensor2D {
  return tf.transpose(tf.concat(r, 0)) as Tensor2D;
}

/** z → x, with log |det ∂x/∂z| per point ([n]). Call inside tf.tidy. */
export function forward(tf: Tf, flow: Flow, z: Tensor2D): { x: Tensor2D; logDet: TfCore.Tensor1D } {
  let cols = rows(tf, z);
  let logDet = tf.zeros([1, z.shape[0]]) as Tensor2D;
  for (const layer of flow.couplings) {
    const d = layer.changes;
    const { s, t } = scaleShift(tf, flow, layer, cols[1 - d]!);
    const changed = tf.add(tf.mul(cols[d]!, tf.exp(s)), t) as Tensor2D;
    cols = d === 0 ? [changed, cols[1]] : [cols[0], changed];
    logDet = tf.add(logDet, s);
  }
  return { x: points(tf, cols), logDet: tf.reshape(logDet, [-1]) };
}

/** x → z, with log |det ∂z/∂x| per point ([n]). Call inside tf.tidy. */
export function inverse(tf: Tf, flow: Flow, x: Tensor2D): { z: Tensor2D; logDet: TfCore.Tensor1D } {
  let cols = rows(tf, x);
  let logDet = tf.zeros([1, x.shape[0]]) as Tensor2D;
  for (let l = flow.couplings.length - 1; l >= 0; l--) {
    const layer = flow.couplings[l]!;
    const d = layer.changes;
    const { s, t } = scaleShift(tf, flow, layer, cols[1 - d]!);
    const changed = tf.mul(tf.sub(cols[d]!, t), tf.exp(tf.neg(s))) as Tensor2D;
    cols = d === 0 ? [changed, cols[1]] : [cols[0], changed];
    logDet = tf.sub(logDet, s);
  }
  return { z: points(tf, cols), logDet: tf.reshape(logDet, [-1]) };
}

/** Exact log p(x) per point ([n]): base log-density of f⁻¹(x) plus the inverse's log-det. Call inside tf.tidy. */
export function logProb(tf: Tf, flow: Flow, x: Tensor2D): TfCore.Tensor1D {
  const { z, logDet } = inverse(tf, flow, x);
  const logBase = tf.sub(tf.mul(tf.sum(tf.square(z), 1), -0.5), LOG_2PI);
  return tf.add(logBase, logDet);
}

/** −mean log p over a batch, in nats per point. Call inside tf.tidy. */
export function nll(tf: Tf, flow: Flow, x: Tensor2D): TfCore.Scalar {
  return tf.neg(tf.mean(logProb(tf, flow, x))) as TfCore.Scalar;
}

/** n seeded draws z ~ N(0, I), interleaved, for pushing through the flow. */
export function baseDraws(n: number, seed: number): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  return Float32Array.from({ length: 2 * n }, () => normal());
}

/** Samples x = f(z) for the given base draws ([n, 2]). Call inside tf.tidy. */
export function sample(tf: Tf, flow: Flow, z: Float32Array): Tensor2D {
  return forward(tf, flow, tf.tensor2d(z, [z.length / 2, 2])).x;
}
