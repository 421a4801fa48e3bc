/** The epoch loop shared by the trainers: seeded shuffling, Adam, per-epoch metrics printed. */
import * as tf from '@tensorflow/tfjs-core';
import { createRng, shuffledIndices } from '../../widgets/lib/rng';

export interface EpochLog {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly seconds: number;
  readonly heldOut: Record<string, number>;
}

export interface LoopOptions {
  readonly label: string;
  readonly count: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly variables: tf.Variable[];
  /** Called before each epoch (e.g. to draw fresh corruption). */
  readonly beforeEpoch?: (epoch: number) => void;
  /** Mean loss of one minibatch of training rows. */
  readonly loss: (rows: tf.Tensor1D, step: number) => tf.Scalar;
  /** Held-out metrics after each epoch. */
  readonly evaluate: () => Record<string, number>;
}

export function trainLoop(o: LoopOptions): EpochLog[] {
  const optimizer = tf.train.adam(o.learningRate);
  const shuffleRng = createRng(o.seed ^ 0x5f3759df);
  const history: EpochLog[] = [];
  const batches = Math.floor(o.count / o.batchSize);
  let step = 0;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const start = performance.now();
    o.beforeEpoch?.(epoch);
    const order = shuffledIndices(o.count, shuffleRng);
    let lossSum = 0;
    for (let b = 0; b < batches; b++) {
      const rows = tf.tensor1d(Int32Array.from(order.subarray(b * o.batchSize, (b + 1) * o.batchSize)), 'int32');
      const stepNow = step++;
      const cost = optimizer.minimize(() => o.loss(rows, stepNow), true, o.variables);
      lossSum += cost ? (cost.dataSync()[0] as number) : NaN;
      cost?.dispose();
      rows.dispose();
    }
    const heldOut = o.evaluate();
    const seconds = (performance.now() - start) / 1000;
    history.push({ epoch, trainLoss: lossSum / batches, seconds, heldOut });
    const metrics = Object.entries(heldOut)
      .map(([k, v]) => `held-out ${k} ${v.toFixed(4)}`)
      .join('  ');
    console.log(
      `${o.label}  epoch ${String(epoch).padStart(3)}/${o.epochs}  train loss ${(lossSum / batches).toFixed(4)}  ${metrics}  (${seconds.toFixed(1)} s)`,
    );
  }
  optimizer.dispose();
  return history;
}
