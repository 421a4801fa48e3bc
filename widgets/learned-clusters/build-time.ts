/**
 * The figure's default view and the chapter's numbers, computed at build time
 * in Node from the shipped files with the same core as the page: the held-out
 * digits in each representation, then k-means with the figure's defaults.
 * Computed once per build and shared. Never import this from an island.
 */
import { kmeans } from '../lib/clustering/lloyd';
import type { Points } from '../lib/clustering/points';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import {
  K_RANGE,
  REPRESENTATIONS,
  REPRESENTATION_MODEL,
  SEED_RANGE,
  encodeAll,
  kmeansOptions,
  pixelPoints,
  summarise,
  type ClusterSummary,
  type Encoders,
  type Representation,
} from './core';

const points = new Map<Representation, Promise<Points>>();

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
  const model = (await buildTimeModel(REPRESENTATION_MODEL[rep])) as unknown as Encoders[typeof rep];
  return encodeAll(tf, (fn) => fn(), rep, model, pixels);
}

export async function heldOutLabels(): Promise<Uint8Array> {
  return (await buildTimeDigits('mnist-heldout')).labels;
}

/** k-means on one representation, as the figure computes it. */
export async function clusterHeldOut(rep: Representation, k: number, seed: number): Promise<ClusterSummary> {
  const [X, labels] = await Promise.all([heldOutPoints(rep), heldOutLabels()]);
  return summarise(X, kmeans(X, k, kmeansOptions(seed)), labels, k, seed);
}

let defaults: Promise<Record<Representation, ClusterSummary>> | null = null;

/** Every representation at the figure's default k and seed. */
export function defaultSummaries(): Promise<Record<Representation, ClusterSummary>> {
  defaults ??= (async () => {
    const out = {} as Record<Representation, ClusterSummary>;
    for (const rep of REPRESENTATIONS) out[rep] = await clusterHeldOut(rep, K_RANGE.def, SEED_RANGE.def);
    return out;
  })();
  return defaults;
}
