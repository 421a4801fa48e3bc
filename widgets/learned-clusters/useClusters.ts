/**
 * The island's work: the held-out digits in each representation (pixels as
 * soon as the digits arrive, each learned code once its model has loaded,
 * encoded on the `batched` workload), then k-means on them in slices, the
 * reader's representation first and the others after it for the comparison.
 * A change of k or seed, or of the representation before its fit is done,
 * cancels the run under way. Fits are kept per representation, k and seed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Points } from '../lib/clustering/points';
import { kmeansSliced, type KMeansProgress } from '../lib/clustering/sliced';
import type { DigitSet } from '../lib/digits/sets';
import { isAbort, runSliced } from '../lib/schedule';
import type { TfRuntime } from '../lib/tf';
import {
  REPRESENTATIONS,
  STRIP,
  encodeAll,
  nearestToCentre,
  kmeansOptions,
  pixelPoints,
  summarise,
  type ClusterSummary,
  type Encoders,
  type LearnedRepresentation,
  type Representation,
} from './core';

export type RepPoints = Partial<Record<Representation, Points>>;
type Models = { [R in LearnedRepresentation]: Encoders[R] | null };

/** Encodings, kept per model object (a reloaded model is encoded again). */
const encoded = new WeakMap<object, Points>();

export function useRepresentations(rt: TfRuntime | null, set: DigitSet | null, models: Models): RepPoints {
  const [points, setPoints] = useState<RepPoints>({});
  const { pca16, ae16, vae16 } = models;
  useEffect(() => {
    if (!set) return;
    const pixels = pixelPoints(set.images);
    const controller = new AbortController();
    const found: RepPoints = { pixels };
    const todo: [LearnedRepresentation, object][] = [];
    for (const [rep, model] of [
      ['pca16', pca16],
      ['ae16', ae16],
      ['vae16', vae16],
    ] as const) {
      if (!model) continue;
      const hit = encoded.get(model);
      if (hit) found[rep] = hit;
      else todo.push([rep, model]);
    }
    setPoints({ ...found });
    void (async () => {
      for (const [rep, model] of todo) {
        if (!rt) return;
        try {
          const run = <T>(fn: () => T) => rt.run('batched', fn);
          const X = await encodeAll(rt.tf, run, rep, model as Encoders[typeof rep], pixels, {
            signal: controller.signal,
            yieldFirst: true,
          });
          encoded.set(model, X);
          found[rep] = X;
          setPoints({ ...found });
        } catch (e) {
          if (isAbort(e)) return;
          throw e;
        }
      }
    })();
    return () => controller.abort();
  }, [rt, set, pca16, ae16, vae16]);
  return points;
}

const fits = new Map<string, ClusterSummary>();
const fitKey = (rep: Representation, k: number, seed: number) => `${rep}:${k}:${seed}`;

export interface ClusterRun {
  results: Partial<Record<Representation, ClusterSummary>>;
  /** The fit under way, if any. */
  progress: (KMeansProgress & { rep: Representation }) | null;
}

function cached(k: number, seed: number): ClusterRun['results'] {
  const out: ClusterRun['results'] = {};
  for (const r of REPRESENTATIONS) {
    const hit = fits.get(fitKey(r, k, seed));
    if (hit) out[r] = hit;
  }
  return out;
}

export function useClusters(
  points: RepPoints,
  labels: Uint8Array | null,
  rep: Representation,
  k: number,
  seed: number,
): ClusterRun {
  const [run, setRun] = useState<ClusterRun>(() => ({ results: cached(k, seed), progress: null }));
  useEffect(() => {
    setRun({ results: cached(k, seed), progress: null });
    if (!labels) return;
    const controller = new AbortController();
    // The reader's representation first; the others only once it is done.
    const order = [rep, ...REPRESENTATIONS.filter((r) => r !== rep)];
    void (async () => {
      for (const r of order) {
        if (fits.has(fitKey(r, k, seed))) continue;
        const X = points[r];
        if (!X) {
          if (r === rep) return;
          continue;
        }
        try {
          const fit = await kmeansSliced(X, k, kmeansOptions(seed), {
            signal: controller.signal,
            yieldFirst: true,
            onProgress: (p) => setRun((s) => ({ ...s, progress: { ...p, rep: r } })),
          });
          const clusters = Array.from({ length: k }, (_, c) => c);
          const nearest = await runSliced(clusters, (c) => nearestToCentre(X, fit.centres, c, STRIP), {
            signal: controller.signal,
          });
          fits.set(fitKey(r, k, seed), summarise(X, fit, labels, k, seed, nearest));
          setRun({ results: cached(k, seed), progress: null });
        } catch (e) {
          if (isAbort(e)) return;
          throw e;
        }
      }
    })();
    return () => controller.abort();
  }, [points, labels, rep, k, seed]);
  return run;
}
