/**
 * The figure's tables and the chapter's numbers, computed at build time in
 * Node from the shipped files with the same code as the page: the held-out
 * digits in each representation, then each digit's nearest other digits.
 * Computed once per build and shared. Never import this from an island.
 */
import type { Points } from '../lib/clustering/points';
import { encodeAll, pixelPoints } from '../lib/digits/encode';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { leaveOneOutAccuracy, neighbourTable, type NeighbourTable, type Representation } from './core';
import { ENCODE_BATCH, encoderOf, type RepresentationModels } from './encoders';

const points = new Map<Representation, Promise<Points>>();
const tables = new Map<Representation, Promise<NeighbourTable>>();

/** The 1,000 held-out digits as points in one representation. */
export function heldOutPoints(rep: Representation): Promise<Points> {
  let p = points.get(rep);
  if (!p) {
    p = encodeHeldOut(rep);
    points.set(rep, p);
  }
  return p;
}

async function encodeHeldOut(rep: Representation): Promise<Points> {
  const set = await buildTimeDigits('mnist-heldout');
  const pixels = pixelPoints(set.images);
  if (rep === 'pixels') return pixels;
  const tf = await buildTimeTf();
  const model = (await buildTimeModel(rep)) as unknown as RepresentationModels[typeof rep];
  return encodeAll(tf, (fn) => fn(), encoderOf(tf, rep, model), pixels, {}, ENCODE_BATCH);
}

/** Every held-out digit's nearest other digits in one representation. */
export function heldOutTable(rep: Representation): Promise<NeighbourTable> {
  let t = tables.get(rep);
  if (!t) {
    t = heldOutPoints(rep).then((X) => neighbourTable(X));
    tables.set(rep, t);
  }
  return t;
}

export async function heldOutLabels(): Promise<Uint8Array> {
  return (await buildTimeDigits('mnist-heldout')).labels;
}

/** Leave-one-out k-NN accuracy of one representation over all held-out digits. */
export async function heldOutAccuracy(rep: Representation, k: number): Promise<number> {
  const [t, labels] = await Promise.all([heldOutTable(rep), heldOutLabels()]);
  return leaveOneOutAccuracy(t, labels, k);
}
