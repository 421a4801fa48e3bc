/** The tensor side of preprocessing: digit sets and binarisation as TF.js tensors, for training, tests and build time. */
import * as tf from '@tensorflow/tfjs-core';
import type { DigitSet } from '../digits/sets';
import { BINARISE_THRESHOLD, bytesToPixels } from './preprocess';
import { PIXELS } from './registry';

export function binariseTensor(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.cast(tf.greater(x, BINARISE_THRESHOLD), 'float32') as tf.Tensor2D);
}

/** Images [start, start+count) as a float tensor [count, 784] in [0, 1]. */
export function digitsToTensor(set: DigitSet, start = 0, count = set.count - start): tf.Tensor2D {
  const end = Math.min(set.count, start + count);
  const pixels = bytesToPixels(set.images.subarray(start * PIXELS, end * PIXELS));
  return tf.tensor2d(pixels, [end - start, PIXELS]);
}
