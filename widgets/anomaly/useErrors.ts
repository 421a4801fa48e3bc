import { useEffect, useState } from 'preact/hooks';
import type { DigitSet } from '../lib/digits/sets';
import type { TfRuntime } from '../lib/tf';
import type { Reconstructor } from '../lib/models/roles';
import { reconstructionErrors } from './core';

export interface Errors {
  digits: Float32Array;
  fashion: Float32Array;
  /** Wall time of the whole scoring, in ms. */
  ms: number;
}

export type ErrorsState =
  { status: 'idle' } | { status: 'running'; done: number; total: number } | { status: 'ready'; errors: Errors };

/** Small batches keep each step well under 50 ms on the CPU backend. */
const CHUNK = 50;
const cache = new Map<string, Errors>();

/**
 * Score every held-out digit and every Fashion-MNIST item by reconstruction
 * error, in batches with a yield to the page between them, so scrolling and
 * the slider stay responsive while it runs. Results are kept per model.
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
    let live = true;
    const total = digits.count + fashion.count;
    void (async () => {
      const t0 = performance.now();
      const out = { digits: new Float32Array(digits.count), fashion: new Float32Array(fashion.count) };
      let done = 0;
      for (const [set, target] of [
        [digits, out.digits],
        [fashion, out.fashion],
      ] as const) {
        for (let start = 0; start < set.count; start += CHUNK) {
          const n = Math.min(CHUNK, set.count - start);
          target.set(await reconstructionErrors(rt.tf, scorer, set.images, start, n), start);
          done += n;
          if (!live) return;
          setState({ status: 'running', done, total });
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      const errors = { ...out, ms: performance.now() - t0 };
      cache.set(key, errors);
      if (live) setState({ status: 'ready', errors });
    })();
    return () => {
      live = false;
    };
  }, [key, rt, scorer, digits, fashion]);
  return state;
}
