/**
 * The latent-space figure's codes, made at build time in Node from the shipped
 * files: the 1,000 held-out digits through the ae-d2 encoder (grey levels) and
 * the vae-d2 encoder (binarised at 0.5, as it was trained; posterior mean). The
 * page receives them with the HTML, so the scatter draws before TF.js and the
 * models arrive, and they cannot go stale: every build recomputes them from
 * the models it ships. Never import this from an island.
 */
import { buildTimeDigits } from '../lib/node/models';
import { heldOutCodes } from '../lib/node/outputs';
import type { LatentModelId } from './core';

export interface BuildCodes {
  codes: Record<LatentModelId, Float32Array>;
  labels: Uint8Array;
}

export async function buildCodes(): Promise<BuildCodes> {
  const [set, ae, vae] = await Promise.all([buildTimeDigits('mnist-heldout'), heldOutCodes('ae-d2'), heldOutCodes('vae-d2')]);
  return { codes: { 'ae-d2': ae, 'vae-d2': vae }, labels: set.labels };
}
