import { useEffect, useState } from 'preact/hooks';
import { useLatest } from '../../ui/useLatest';
import type { Scorer } from '../tf-scorer';

export interface TimedResult<T> {
  value: T | null;
  /** Time from the start of the query to its result, in ms (the matrix product plus the top-k pass). */
  ms: number | null;
  error: string | null;
  busy: boolean;
}

/**
 * Run an async query whenever its key or scorer changes; a result that
 * arrives after a newer query has started is dropped.
 */
export function useTimedQuery<T>(scorer: Scorer | null, key: string, run: (scorer: Scorer) => Promise<T>): TimedResult<T> {
  const [state, setState] = useState<TimedResult<T>>({ value: null, ms: null, error: null, busy: false });
  // `run` is a new closure every render; the key says when the query changed.
  const runRef = useLatest(run);
  useEffect(() => {
    if (!scorer) return;
    let live = true;
    setState((s) => ({ ...s, busy: true }));
    const t0 = performance.now();
    runRef.current(scorer).then(
      (value) => live && setState({ value, ms: performance.now() - t0, error: null, busy: false }),
      (err: unknown) =>
        live && setState({ value: null, ms: null, error: err instanceof Error ? err.message : String(err), busy: false }),
    );
    return () => {
      live = false;
    };
  }, [scorer, key, runRef]);
  return state;
}

const WHERE = {
  webgl: 'on the GPU (TensorFlow.js, WebGL)',
  cpu: 'on the CPU (TensorFlow.js)',
  js: 'in plain JavaScript',
} as const;

/** "Computed in 4 ms on the GPU…": shown to readers, and read by the benchmark. */
export function timingText(ms: number | null, scorer: Scorer | null): string {
  if (ms === null || !scorer) return '';
  return `Computed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms ${WHERE[scorer.kind]}.`;
}
