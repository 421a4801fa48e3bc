/**
 * What chapter 4's figures should show, computed in Node (TF.js cpu backend)
 * from the shipped model files by the figures' own cores: the end-to-end
 * tests compare the page against these.
 */
import { digitPixels } from '../../widgets/lib/digits/sets';
import { buildTimeModel } from '../../widgets/lib/node/models';
import { reconstructAll } from '../../widgets/reconstruction/core';
import { loadShipped } from '../../widgets/reconstruction/build-time';
import { buildCodes } from '../../widgets/latent-space/build-time';
import { decodePoint, type LatentModelId, type Vec2 } from '../../widgets/latent-space/core';

/** The chapter's URL; AE_CHAPTER points the tests at a development copy. */
export const CHAPTER = process.env['AE_CHAPTER'] ?? '/part-2/autoencoders/';

export async function expectedErrors(digit: number, k: number) {
  const { set } = await loadShipped();
  return expectedErrorsOf(digitPixels(set, digit), k);
}

export async function expectedErrorsOf(pixels: Float32Array, k: number) {
  const { tf, ae16, ae2, pca } = await loadShipped();
  const r = reconstructAll(tf, { ae16, ae2, pca }, pixels, k);
  return { ae16: r.ae16.mse, ae2: r.ae2.mse, pca: r.pca.mse };
}

export function latentCodes() {
  return buildCodes();
}

export async function expectedDecode(id: LatentModelId, z: Vec2): Promise<Float32Array> {
  const { tf } = await loadShipped();
  return decodePoint(tf, await buildTimeModel(id), z);
}
