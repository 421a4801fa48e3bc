/**
 * The reconstruction figure's static fallback, made at build time in Node from
 * the shipped files (public/models, public/data/mnist) by the same loader and
 * core as the page, on the TF.js cpu backend. Never import this from an island.
 */
import { digitPixels } from '../lib/digits/sets';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
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
export async function loadShipped() {
  const tf = await buildTimeTf();
  const [set, ae16, ae2, pca] = await Promise.all([
    buildTimeDigits('mnist-heldout'),
    buildTimeModel('ae-d16'),
    buildTimeModel('ae-d2'),
    buildTimeModel('pca'),
  ]);
  return { tf, set, ae16, ae2, pca };
}

async function run(): Promise<FallbackRow[]> {
  const { tf, set, ae16, ae2, pca } = await loadShipped();
  return galleryIndices(set.labels, 1).map((index) => {
    const input = digitPixels(set, index);
    return { index, label: set.labels[index] ?? 0, input, out: reconstructAll(tf, { ae16, ae2, pca }, input, DEFAULT_K) };
  });
}
