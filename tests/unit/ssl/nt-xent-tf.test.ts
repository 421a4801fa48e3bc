/** The training script's NT-Xent on TF.js is the same loss as the figure's plain one, value and gradient. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// Registers tfjs-core's gradients, as the training scripts' imports do.
import '@tensorflow/tfjs-layers';
import { ntXent } from '~/lib/ssl/nt-xent';
import { mulberry32 } from '~/lib/rng';
import { ntXentLoss } from '../../../scripts/models/nt-xent-tf';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('NT-Xent on TF.js', () => {
  const rand = mulberry32(3);
  const views = Array.from({ length: 8 }, () => Array.from({ length: 5 }, () => rand() - 0.5));

  it.each([0.1, 0.5, 2])('equals the plain loss and its gradient at temperature %s', (tau) => {
    const plain = ntXent(views, tau);
    const z = tf.tensor2d(views);
    const loss = ntXentLoss(z, tau);
    expect(loss.dataSync()[0]).toBeCloseTo(plain.loss, 5);
    const g = tf.grad((x: tf.Tensor) => ntXentLoss(x as tf.Tensor2D, tau))(z);
    const got = g.arraySync() as number[][];
    got.forEach((row, i) => row.forEach((v, d) => expect(v).toBeCloseTo(plain.gradient[i]?.[d] as number, 5)));
    tf.dispose([z, loss, g]);
  });
});
