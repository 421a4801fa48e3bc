/**
 * The figure's numbers computed in Node from the shipped files with the page's
 * code: the held-out digits' features (the same batches), their principal-component
 * map, and the views' similarities. For the fallback and the e2e tests; never
 * import this from an island.
 */
import type { Points } from '../lib/clustering/points';
import { encodeAll, pixelPoints } from '../lib/digits/encode';
import { digitPixels, type DigitSet } from '../lib/digits/sets';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { STRENGTHS, mean, pcaProjection, type Projection } from './core';
import { FEATURE_BATCH, featureEncoder, viewScores, type ContrastiveModel } from './encode';

export interface HeldOut {
  set: DigitSet;
  pixels: Points;
  features: Points;
  map: Projection;
}

let heldOut: Promise<HeldOut> | null = null;

async function model(): Promise<ContrastiveModel> {
  return (await buildTimeModel('simclr-d128')) as unknown as ContrastiveModel;
}

export function heldOutCodes(): Promise<HeldOut> {
  heldOut ??= (async () => {
    const [set, tf, m] = await Promise.all([buildTimeDigits('mnist-heldout'), buildTimeTf(), model()]);
    const pixels = pixelPoints(set.images);
    const features = await encodeAll(tf, (fn) => fn(), featureEncoder(m), pixels, {}, FEATURE_BATCH);
    return { set, pixels, features, map: pcaProjection(features) };
  })();
  return heldOut;
}

/** The views of a held-out digit and their similarities to it, as the page computes them. */
export async function heldOutViews(digit: number, seed: number, strength: number) {
  const [{ set }, tf, m] = await Promise.all([heldOutCodes(), buildTimeTf(), model()]);
  return viewScores(tf, m, digitPixels(set, digit), seed, strength);
}

/** The similarity curve: mean similarity of the views at each strength of STRENGTHS. */
export async function heldOutCurve(digit: number, seed: number): Promise<number[]> {
  const out: number[] = [];
  for (const s of STRENGTHS) out.push(mean((await heldOutViews(digit, seed, s)).similarities));
  return out;
}
