/**
 * Figure 4.3's codes, computed at build time in Node from the shipped files:
 * the 1,000 held-out digits through the ae-d2 encoder (grey levels) and the
 * vae-d2 encoder (binarised at 0.5, as it was trained; posterior mean), on the
 * TF.js cpu backend, by the shared model module. The page receives them with
 * the HTML, so the scatter draws before TF.js and the models arrive, and they
 * cannot go stale: every build recomputes them from the models it ships.
 * Never import this from an island.
 */
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { binariseTensor, digitsToTensor, loadDigitSet, loadModel } from '../lib/models';
import { fileFetch } from '../../scripts/models/file-fetch';
import { LATENT_MODELS, type LatentModelId } from './core';

export interface BuildCodes {
  codes: Record<LatentModelId, Float32Array>;
  labels: Uint8Array;
}

let cached: Promise<BuildCodes> | null = null;

export function buildCodes(publicDir = join(process.cwd(), 'public')): Promise<BuildCodes> {
  cached ??= run(publicDir);
  return cached;
}

async function run(publicDir: string): Promise<BuildCodes> {
  tf.env().set('IS_TEST', true); // no "install tfjs-node" notice in the build log
  await tf.setBackend('cpu');
  await tf.ready();
  const fetch = fileFetch(publicDir);
  const set = await loadDigitSet('mnist-heldout', { fetch });
  const [ae, vae] = await Promise.all([loadModel('ae-d2', { fetch }), loadModel('vae-d2', { fetch })]);
  try {
    const x = digitsToTensor(set);
    const aeCodes = tf.tidy(() => ae.encode(x).dataSync() as Float32Array);
    const vaeCodes = tf.tidy(() => vae.encode(binariseTensor(x)).mean.dataSync() as Float32Array);
    x.dispose();
    const codes = { 'ae-d2': aeCodes, 'vae-d2': vaeCodes } satisfies Record<(typeof LATENT_MODELS)[number], Float32Array>;
    return { codes, labels: set.labels };
  } finally {
    ae.dispose();
    vae.dispose();
  }
}
