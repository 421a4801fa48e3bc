import { useCallback, useEffect, useState } from 'preact/hooks';
import { useLatest } from './useLatest';

export interface Progress {
  loaded: number;
  /** null while the size is not known yet. */
  total: number | null;
}

export type AssetState<T> =
  | { status: 'loading'; progress: Progress; retry: () => void }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'ready'; value: T; retry: () => void };

type Loader<T> = (onProgress: (p: Progress) => void) => Promise<T>;

interface Entry {
  promise: Promise<unknown>;
  progress: Progress;
  listeners: Set<(p: Progress) => void>;
  /** Once the load has succeeded or failed, late progress (e.g. a sibling file still arriving) is ignored. */
  settled: boolean;
}

// One download per key per page, shared by every widget that asks for it.
const cache = new Map<string, Entry>();

function start<T>(key: string, loader: Loader<T>): Entry {
  const existing = cache.get(key);
  if (existing) return existing;
  const entry: Entry = { promise: Promise.resolve(), progress: { loaded: 0, total: null }, listeners: new Set(), settled: false };
  entry.promise = loader((p) => {
    if (entry.settled) return;
    entry.progress = p;
    for (const l of entry.listeners) l(p);
  }).then(
    (value) => {
      entry.settled = true;
      return value;
    },
    (error: unknown) => {
      entry.settled = true;
      cache.delete(key); // a Retry starts over
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
  cache.set(key, entry);
  return entry;
}

/**
 * Something a widget must download before it can work (a model, a data file),
 * with progress in bytes, a page-wide cache by `key`, and a retry after failure.
 * `key` of null means "not yet" (e.g. waiting for TensorFlow.js).
 */
export function useAsset<T>(key: string | null, loader: Loader<T>): AssetState<T> {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const [state, setState] = useState<AssetState<T>>({ status: 'loading', progress: { loaded: 0, total: null }, retry });
  // The loader is identified by its key: a new closure each render must not restart it.
  const loaderRef = useLatest(loader);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    const entry = start(key, loaderRef.current);
    const onProgress = (progress: Progress) => live && setState({ status: 'loading', progress, retry });
    entry.listeners.add(onProgress);
    setState({ status: 'loading', progress: entry.progress, retry });
    entry.promise.then(
      (value) => live && setState({ status: 'ready', value: value as T, retry }),
      (error: Error) => live && setState({ status: 'error', error, retry }),
    );
    return () => {
      live = false;
      entry.listeners.delete(onProgress);
    };
  }, [key, attempt, retry, loaderRef]);

  return state;
}
