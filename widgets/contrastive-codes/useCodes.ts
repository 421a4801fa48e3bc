/**
 * The island's heavy work, done once per model: the 1,000 held-out digits'
 * features, a batch at a time on the `batched` workload, then their
 * principal-component map, a block of rows or a Jacobi sweep per step, in
 * slices so that no task holds the page for long. Kept per model, so a
 * reloaded model is encoded again and nothing else is.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Points } from '../lib/clustering/points';
import { encodeAll, pixelPoints } from '../lib/digits/encode';
import type { DigitSet } from '../lib/digits/sets';
import { isAbort, runSliced } from '../lib/schedule';
import type { TfRuntime } from '../lib/tf';
import { pcaResult, pcaStart, pcaStep, type Projection } from './core';
import { FEATURE_BATCH, featureEncoder, type ContrastiveModel } from './encode';

export interface Codes {
  pixels: Points;
  features: Points;
  map: Projection;
}

const done = new WeakMap<object, Codes>();
/** Steps of the map: the row blocks and at most this many sweeps (the shipped model's takes about 10). */
const MAX_STEPS = 80;

export function useCodes(rt: TfRuntime | null, set: DigitSet | null, model: ContrastiveModel | null): Codes | null {
  const [codes, setCodes] = useState<Codes | null>(null);
  useEffect(() => {
    if (!rt || !set || !model) return;
    const hit = done.get(model);
    setCodes(hit ?? null);
    if (hit) return;
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      try {
        const pixels = pixelPoints(set.images);
        const run = <T>(fn: () => T) => rt.run('batched', fn);
        const features = await encodeAll(rt.tf, run, featureEncoder(model), pixels, { signal, yieldFirst: true }, FEATURE_BATCH);
        const pca = pcaStart(features);
        let finished = false;
        await runSliced(
          Array.from({ length: MAX_STEPS }, (_, i) => i),
          () => {
            if (!finished) finished = pcaStep(pca);
          },
          { signal, yieldFirst: true },
        );
        const result = { pixels, features, map: pcaResult(pca) };
        done.set(model, result);
        if (!signal.aborted) setCodes(result);
      } catch (e) {
        if (!isAbort(e)) throw e;
      }
    })();
    return () => controller.abort();
  }, [rt, set, model]);
  return codes;
}
