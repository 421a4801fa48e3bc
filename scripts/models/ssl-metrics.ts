/**
 * Held-out measures of the two self-supervised encoders, digit by digit, shared by the
 * training log (on the raw network) and the card (on the shipped weights), so both report
 * the same quantity.
 */
import * as tf from '@tensorflow/tfjs-core';
import { PIXELS } from '../../widgets/lib/models/registry';
import { mulberry32, normalSampler } from '../../widgets/lib/rng';
import { allTurns, viewPairs } from './ssl-views';
import { ntXentLoss } from './nt-xent-tf';
import { HELDOUT_VIEW_SEED } from './settings';

/** Pixels [n, 784] → the head's output [n, k]. */
export type Apply = (x: tf.Tensor2D) => tf.Tensor2D;

/** Two seeded views of each held-out digit, in whole batches of `batch` digits taken in order. */
export function heldOutViews(heldout: Float32Array, count: number, batch: number): Float32Array[] {
  const rand = mulberry32(HELDOUT_VIEW_SEED);
  const normal = normalSampler(mulberry32(HELDOUT_VIEW_SEED + 1));
  const out: Float32Array[] = [];
  for (let start = 0; start + batch <= count; start += batch) {
    out.push(
      viewPairs(
        heldout,
        Array.from({ length: batch }, (_, i) => start + i),
        rand,
        normal,
      ),
    );
  }
  return out;
}

export interface ViewMeasures {
  /** NT-Xent, mean over the batches. */
  readonly viewLoss: number;
  /** The share of views whose most similar other view in its batch is its partner. */
  readonly viewAccuracy: number;
  /** Per digit: the share of its two views that found their partner (0, 0.5 or 1). */
  readonly perDigit: Float32Array;
}

export function viewMeasures(apply: Apply, batches: readonly Float32Array[], batch: number, tau: number): ViewMeasures {
  let loss = 0;
  let found = 0;
  const perDigit = new Float32Array(batches.length * batch);
  batches.forEach((views, b) => {
    tf.tidy(() => {
      const z = apply(tf.tensor2d(views, [2 * batch, PIXELS]));
      loss += ntXentLoss(z, tau).dataSync()[0] as number;
      const unit = tf.div(z, tf.norm(z, 'euclidean', 1, true));
      // A view is never its own neighbour: push the diagonal far below any cosine.
      const sim = tf.sub(tf.matMul(unit, tf.transpose(unit)), tf.mul(tf.eye(2 * batch), 10));
      tf.argMax(sim, 1)
        .dataSync()
        .forEach((j, i) => {
          if (j !== (i ^ 1)) return;
          found++;
          perDigit[b * batch + (i >> 1)]! += 0.5;
        });
    });
  });
  return { viewLoss: loss / batches.length, viewAccuracy: found / (2 * batch * batches.length), perDigit };
}

export interface TurnMeasures {
  /** The share of (digit, turn) pairs whose predicted turn is right. */
  readonly rotationAccuracy: number;
  /** Per digit: the share of its four turns predicted right. */
  readonly perDigit: Float32Array;
}

/** `turned` holds each digit at its four quarter turns, digit-major (see allTurns). */
export function turnMeasures(apply: Apply, turned: tf.Tensor2D): TurnMeasures {
  const predicted = tf.tidy(() => tf.argMax(apply(turned), 1).dataSync());
  const perDigit = new Float32Array(predicted.length / 4);
  let right = 0;
  predicted.forEach((p, i) => {
    if (p !== i % 4) return;
    right++;
    perDigit[i >> 2]! += 0.25;
  });
  return { rotationAccuracy: right / predicted.length, perDigit };
}

/** The held-out digits at their four turns, as a tensor the caller disposes. */
export const turnedTensor = (pixels: Float32Array, count: number) => tf.tensor2d(allTurns(pixels, count), [4 * count, PIXELS]);
