/**
 * Figure 4.2's static fallback, made at build time in Node from the shipped
 * files (public/models, public/data/mnist) by the same loader and core as the
 * page, on the TF.js cpu backend. Never import this from an island.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadDigitSet, loadModel, digitPixels } from '../lib/models';
import { fileFetch } from '../../scripts/models/file-fetch';
import { galleryIndices, reconstructAll, type Method, type Reconstruction } from './core';
import { DEFAULT_K } from './state';

export interface FallbackRow {
  index: number;
  label: number;
  input: Float32Array;
  out: Record<Method, Reconstruction>;
}

let cached: Promise<FallbackRow[]> | null = null;

/** One digit of each class (the gallery's first of each), reconstructed by the three models. */
export function buildFallbackRows(): Promise<FallbackRow[]> {
  cached ??= run();
  return cached;
}

/** The held-out digits and the three models from public/, on the cpu backend (also used by the tests). */
export async function loadShipped(publicDir = join(process.cwd(), 'public')) {
  tf.env().set('IS_TEST', true); // no "install tfjs-node" notice in the build log
  await tf.setBackend('cpu');
  await tf.ready();
  const fetch = fileFetch(publicDir);
  const set = await loadDigitSet('mnist-heldout', { fetch });
  const [ae16, ae2, pca] = await Promise.all([loadModel('ae-d16', { fetch }), loadModel('ae-d2', { fetch }), loadModel('pca', { fetch })]);
  return { tf, set, ae16, ae2, pca };
}

async function run(): Promise<FallbackRow[]> {
  const { set, ae16, ae2, pca } = await loadShipped();
  try {
    return galleryIndices(set.labels, 1).map((index) => {
      const input = digitPixels(set, index);
      return { index, label: set.labels[index] ?? 0, input, out: reconstructAll(tf, { ae16, ae2, pca }, input, DEFAULT_K) };
    });
  } finally {
    ae16.dispose();
    ae2.dispose();
    pca.dispose();
  }
}
