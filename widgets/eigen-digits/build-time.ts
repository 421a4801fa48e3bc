/**
 * The eigen-digits figure's static fallback and the chapter's build-time
 * numbers, computed in Node from the shipped files (public/models/pca,
 * public/data/mnist) by the same loader and core as the page. Never import
 * this from an island.
 */
import { digitPixels } from '../lib/digits/sets';
import { buildTimeDigits, buildTimeModel } from '../lib/node/models';
import { eigenModel, type EigenModel } from './core';

let cached: Promise<{ m: EigenModel; x: (index: number) => Float32Array; labels: Uint8Array }> | null = null;

/** The shipped PCA model as plain arrays, and the held-out digits. */
export function shippedEigen() {
  cached ??= (async () => {
    const [pca, set] = await Promise.all([buildTimeModel('pca'), buildTimeDigits('mnist-heldout')]);
    return {
      m: eigenModel(pca.header, pca.mean.dataSync(), pca.basis.dataSync()),
      x: (index: number) => digitPixels(set, index),
      labels: set.labels,
    };
  })();
  return cached;
}
