import { useEffect, useState } from 'preact/hooks';
import type { DigitSet } from '../lib/digits/sets';
import type { TfRuntime } from '../lib/tf';
import { inkOf, slantOf } from '../lib/models/factors';
import { bytesToPixels } from '../lib/models/preprocess';
import { PIXELS } from '../lib/models/registry';
import type { Reconstructor } from '../lib/models/roles';
import { reconstructionErrors } from '../lib/models/scoring';
import { isAbort, runSliced } from '../lib/schedule';

/** Each held-out digit's reconstruction error and factor values, measured in the browser. */
export interface Scores {
  errors: Float32Array;
  factors: { ink: Float64Array; slant: Float64Array };
  /** Wall time of the whole scoring, in ms. */
  ms: number;
}

export type ScoresState =
  { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'ready'; scores: Scores };

/** Small batches keep each step well under 50 ms on the CPU backend; a slice runs as many as fit in its budget. */
const CHUNK = 25;
const cache = new Map<string, Scores>();

/**
 * Score the held-out digits with one model, and measure their ink and slant, in
 * batches run in time-boxed slices (widgets/lib/schedule.ts); a new model
 * cancels the work in flight. Results are kept per model.
 */
export function useScores(key: string, rt: TfRuntime | null, scorer: Reconstructor | null, digits: DigitSet | null): ScoresState {
  // Each state remembers its model, so a render after a change of model never shows the old model's scores.
  const [state, setState] = useState<{ key: string; value: ScoresState }>(() => {
    const hit = cache.get(key);
    return { key, value: hit ? { status: 'ready', scores: hit } : { status: 'idle' } };
  });
  useEffect(() => {
    const hit = cache.get(key);
    if (hit) {
      setState({ key, value: { status: 'ready', scores: hit } });
      return;
    }
    if (!rt || !scorer || !digits) {
      setState({ key, value: { status: 'idle' } });
      return;
    }
    const controller = new AbortController();
    const n = digits.count;
    const out: Scores = { errors: new Float32Array(n), factors: { ink: new Float64Array(n), slant: new Float64Array(n) }, ms: 0 };
    const starts = Array.from({ length: Math.ceil(n / CHUNK) }, (_, k) => k * CHUNK);
    const t0 = performance.now();
    let done = 0;
    runSliced(
      starts,
      async (start) => {
        const count = Math.min(CHUNK, n - start);
        out.errors.set(await reconstructionErrors(rt.tf, scorer, digits.images, start, count), start);
        const pixels = bytesToPixels(digits.images.subarray(start * PIXELS, (start + count) * PIXELS));
        for (let i = 0; i < count; i++) {
          const image = pixels.subarray(i * PIXELS, (i + 1) * PIXELS);
          out.factors.ink[start + i] = inkOf(image);
          out.factors.slant[start + i] = slantOf(image);
        }
        done += count;
      },
      {
        signal: controller.signal,
        // A change of model first renders with the old model still loaded; yielding lets that render cancel this run.
        yieldFirst: true,
        onProgress: () => setState({ key, value: { status: 'running', done, total: n } }),
      },
    )
      .then(() => {
        const scores = { ...out, ms: performance.now() - t0 };
        cache.set(key, scores);
        setState({ key, value: { status: 'ready', scores } });
      })
      .catch((e: unknown) => {
        if (!isAbort(e)) throw e;
      });
    return () => controller.abort();
  }, [key, rt, scorer, digits]);
  if (state.key === key) return state.value;
  const hit = cache.get(key);
  return hit ? { status: 'ready', scores: hit } : { status: 'idle' };
}
