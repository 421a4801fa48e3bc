/**
 * What chapter 4's figures should show, computed in Node (TF.js cpu backend)
 * from the shipped model files by the figures' own cores: the end-to-end
 * tests compare the page against these.
 */
import { join } from 'node:path';
import { digitPixels, loadModel } from '../../widgets/lib/models';
import { fileFetch } from '../../scripts/models/file-fetch';
import { reconstructAll } from '../../widgets/reconstruction/core';
import { loadShipped } from '../../widgets/reconstruction/build-time';
import { buildCodes } from '../../widgets/latent-space/build-time';
import { decodePoint, type LatentModelId, type Vec2 } from '../../widgets/latent-space/core';

/** The chapter's URL; AE_CHAPTER points the tests at a development copy. */
export const CHAPTER = process.env['AE_CHAPTER'] ?? '/part-2/autoencoders/';

const PUBLIC = join(process.cwd(), 'public');
let shipped: ReturnType<typeof loadShipped> | null = null;

export async function expectedErrors(digit: number, k: number) {
  shipped ??= loadShipped(PUBLIC);
  const { tf, set, ae16, ae2, pca } = await shipped;
  const r = reconstructAll(tf, { ae16, ae2, pca }, digitPixels(set, digit), k);
  return { ae16: r.ae16.mse, ae2: r.ae2.mse, pca: r.pca.mse };
}

export async function expectedErrorsOf(pixels: Float32Array, k: number) {
  shipped ??= loadShipped(PUBLIC);
  const { tf, ae16, ae2, pca } = await shipped;
  const r = reconstructAll(tf, { ae16, ae2, pca }, pixels, k);
  return { ae16: r.ae16.mse, ae2: r.ae2.mse, pca: r.pca.mse };
}

export function latentCodes() {
  return buildCodes(PUBLIC);
}

export async function expectedDecode(id: LatentModelId, z: Vec2): Promise<Float32Array> {
  shipped ??= loadShipped(PUBLIC);
  const { tf } = await shipped;
  const model = await loadModel(id, { fetch: fileFetch(PUBLIC) });
  try {
    return decodePoint(tf, model, z);
  } finally {
    model.dispose();
  }
}
