import { useEffect, useState } from 'preact/hooks';
import { useLatest } from '../lib/ui/useLatest';
import { weat, type Embeddings, type WeatResult, type WeatSets } from '../lib/embeddings/core';
import { subsetForSets } from './core';

export interface WeatRun {
  result: WeatResult | null;
  busy: boolean;
  /** Partitions drawn so far, while a sampled test runs. */
  progress: { done: number; total: number } | null;
  ms: number | null;
  error: string | null;
}

/**
 * WEAT in a Web Worker (a fresh one per run, terminated if the inputs change
 * first); on the main thread, after a yield, if workers are unavailable.
 */
export function useWeat(emb: Embeddings | null, sets: WeatSets, key: string): WeatRun {
  const [run, setRun] = useState<WeatRun>({ result: null, busy: false, progress: null, ms: null, error: null });
  // `sets` is rebuilt each render; `key` names it.
  const setsRef = useLatest(sets);
  useEffect(() => {
    const sets = setsRef.current;
    if (!emb) return;
    let live = true;
    const t0 = performance.now();
    const done = (result: WeatResult) =>
      live && setRun({ result, busy: false, progress: null, ms: performance.now() - t0, error: null });
    const fail = (message: string) => live && setRun({ result: null, busy: false, progress: null, ms: null, error: message });
    setRun((r) => ({ ...r, busy: true, progress: null }));
    const sub = subsetForSets(emb, sets);
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./weat.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
    if (worker) {
      worker.onmessage = (e: MessageEvent<{ result?: WeatResult; progress?: WeatRun['progress'] }>) => {
        const { result, progress } = e.data;
        if (result) done(result);
        else if (progress && live) setRun((r) => ({ ...r, progress }));
      };
      worker.onerror = (e) => fail(e.message || 'the WEAT worker failed');
      worker.postMessage({ words: [...sub.words], dims: sub.dims, unit: sub.unit, sets }, [sub.unit.buffer]);
    } else {
      setTimeout(() => live && done(weat(sub, sets)), 0);
    }
    return () => {
      live = false;
      worker?.terminate();
    };
  }, [emb, key, setsRef]);
  return run;
}
