/**
 * The island's work: the held-out digits in each representation (pixels as
 * soon as the digits arrive, each code once its model has loaded, encoded on
 * the `batched` workload a batch at a time), then each digit's nearest other
 * digits, a few rows per slice so the page stays responsive. Both are kept
 * per model and per set of points, so a reloaded model is encoded again and
 * nothing else is recomputed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Points } from '../lib/clustering/points';
import { encodeAll, pixelPoints } from '../lib/digits/encode';
import type { DigitSet } from '../lib/digits/sets';
import { isAbort, runSliced } from '../lib/schedule';
import type { TfRuntime } from '../lib/tf';
import { K_MAX, REPRESENTATIONS, emptyTable, nearestOf, type NeighbourTable, type Representation } from './core';
import { ENCODE_BATCH, encoderOf, type LearnedRepresentation, type RepresentationModels } from './encoders';

export type Tables = Partial<Record<Representation, NeighbourTable>>;
type Models = { [R in LearnedRepresentation]: RepresentationModels[R] | null };

const encoded = new WeakMap<object, Points>();
const pixelsOf = new WeakMap<DigitSet, Points>();
const tablesOf = new WeakMap<Points, Promise<NeighbourTable>>();
const done = new WeakMap<Points, NeighbourTable>();

/**
 * The table of one set of points, computed once. Not cancelled with the
 * effect that asked for it: a model arriving mid-way would otherwise restart
 * the long pixel table, and the finished table is kept for the page anyway.
 */
function tableOf(X: Points): Promise<NeighbourTable> {
  let p = tablesOf.get(X);
  if (!p) {
    const t = emptyTable(X.n, K_MAX);
    const rows = Array.from({ length: X.n }, (_, i) => i);
    p = runSliced(rows, (i) => nearestOf(X, i, K_MAX, t.indices, t.distances), { yieldFirst: true }).then(() => {
      done.set(X, t);
      return t;
    });
    tablesOf.set(X, p);
  }
  return p;
}

export function useNeighbourTables(rt: TfRuntime | null, set: DigitSet | null, models: Models): Tables {
  const [tables, setTables] = useState<Tables>({});
  const { 'ae-d2': ae2, 'ae-d16': ae16, 'vae-d16': vae16 } = models;
  useEffect(() => {
    if (!set) return;
    let pixels = pixelsOf.get(set);
    if (!pixels) {
      pixels = pixelPoints(set.images);
      pixelsOf.set(set, pixels);
    }
    const px = pixels;
    const byRep: Record<LearnedRepresentation, object | null> = { 'ae-d2': ae2, 'ae-d16': ae16, 'vae-d16': vae16 };
    const found: Tables = {};
    for (const rep of REPRESENTATIONS) {
      const X = rep === 'pixels' ? px : byRep[rep] && encoded.get(byRep[rep]);
      const t = X && done.get(X);
      if (t) found[rep] = t;
    }
    setTables({ ...found });
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      try {
        for (const rep of REPRESENTATIONS) {
          if (found[rep]) continue;
          let X: Points;
          if (rep === 'pixels') X = px;
          else {
            const model = byRep[rep];
            if (!model || !rt) continue;
            const hit = encoded.get(model);
            if (hit) X = hit;
            else {
              const encode = encoderOf(rt.tf, rep, model as RepresentationModels[typeof rep]);
              X = await encodeAll(rt.tf, (fn) => rt.run('batched', fn), encode, px, { signal, yieldFirst: true }, ENCODE_BATCH);
              encoded.set(model, X);
            }
          }
          const t = await tableOf(X);
          if (signal.aborted) return;
          found[rep] = t;
          setTables({ ...found });
        }
      } catch (e) {
        if (!isAbort(e)) throw e;
      }
    })();
    return () => controller.abort();
  }, [rt, set, ae2, ae16, vae16]);
  return tables;
}
