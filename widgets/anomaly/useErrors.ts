import { useEffect, useState } from 'preact/hooks';
import type { DigitSet } from '../lib/digits/sets';
import type { TfRuntime } from '../lib/tf';
import type { Reconstructor } from '../lib/models/roles';
import { isAbort, runSliced } from '../lib/schedule';
import { reconstructionErrors } from './core';

export interface Errors {
  digits: Float32Array;
  fashion: Float32Array;
  /** Wall time of the whole scoring, in ms. */
  ms: number;
}

export type ErrorsState =
  { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'ready'; errors: Errors };

/** Small batches keep each step well under 50 ms on the CPU backend; the slices run as many as fit in their budget. */
const CHUNK = 50;
const cache = new Map<string, Errors>();

/**
 * Score every held-out digit and every Fashion-MNIST item by reconstruction
 * error, in batches run in time-boxed slices (widgets/lib/schedule.ts), so
 * scrolling and the slider stay responsive while it runs; a new model cancels
 * the scoring in flight. Results are kept per model.
 */
export function useErrors(
  key: string,
  rt: TfRuntime | null,
  scorer: Reconstructor | null,
  digits: DigitSet | null,
  fashion: DigitSet | null,
): ErrorsState {
  const [state, setState] = useState<ErrorsState>(() => {
    const hit = cache.get(key);
    return hit ? { status: 'ready', errors: hit } : { status: 'idle' };
  });
  useEffect(() => {
    const hit = cache.get(key);
    if (hit) {
      setState({ status: 'ready', errors: hit });
      return;
    }
    if (!rt || !scorer || !digits || !fashion) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const total = digits.count + fashion.count;
    const out = { digits: new Float32Array(digits.count), fashion: new Float32Array(fashion.count) };
    // One item per batch, the same batches as scoring in one go would use, so the errors are the same.
    const batches: { set: DigitSet; target: Float32Array; start: number; n: number }[] = [];
    for (const [set, target] of [
      [digits, out.digits],
      [fashion, out.fashion],
    ] as const) {
      for (let start = 0; start < set.count; start += CHUNK)
        batches.push({ set, target, start, n: Math.min(CHUNK, set.count - start) });
    }
    const t0 = performance.now();
    let done = 0;
    runSliced(
      batches,
      async ({ set, target, start, n }) => {
        target.set(await reconstructionErrors(rt.tf, scorer, set.images, start, n), start);
        done += n;
      },
      { signal: controller.signal, onProgress: () => setState({ status: 'running', done, total }) },
    )
      .then(() => {
        const errors = { ...out, ms: performance.now() - t0 };
        cache.set(key, errors);
        setState({ status: 'ready', errors });
      })
      .catch((e: unknown) => {
        if (!isAbort(e)) throw e;
      });
    return () => controller.abort();
  }, [key, rt, scorer, digits, fashion]);
  return state;
}
