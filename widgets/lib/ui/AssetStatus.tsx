import { useEffect, useState } from 'preact/hooks';
import { offlineSentence } from '../hydrate/offline-notice';
import type { AssetState } from './useAsset';
import type { TfState } from './useTfRuntime';

const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;

interface LoadErrorProps {
  /** What failed, as a sentence start: "The ae-d16 model could not be loaded". */
  failure: string;
  /** What had to be downloaded, for the offline notice: "the ae-d16 model". */
  what: string;
  /** What that means for the figure. */
  consequence: string;
  detail: string;
  retry: () => void;
}

/** Whether the browser says it is offline, following its `online`/`offline` events. */
function useOffline(): boolean {
  const [offline, setOffline] = useState(() => !navigator.onLine);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return offline;
}

/**
 * The one way a figure shows that something it needs failed (TensorFlow.js
 * could not start, a model or data file could not be downloaded): what failed,
 * what it means, the technical detail, and a Retry. Offline, it says so first,
 * and it retries by itself when the connection returns.
 */
export function LoadError({ failure, what, consequence, detail, retry }: LoadErrorProps) {
  const offline = useOffline();
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);
  return (
    <div class="widget-message" data-kind="error" role="alert">
      {offline && <p>{offlineSentence(what)}</p>}
      <p>
        {failure}, {consequence}. The rest of the chapter is unaffected.
      </p>
      <p>
        <small>{detail}</small>
      </p>
      <p>
        Check your connection and try again; if it keeps failing, please report it.{' '}
        <button type="button" onClick={retry}>
          Retry
        </button>
      </p>
    </div>
  );
}

/** A download's progress in bytes, or its failure with a Retry; nothing once it is ready. */
export function AssetStatus({ state, what }: { state: AssetState<unknown>; what: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    const { loaded, total } = state.progress;
    return (
      <p class="widget-progress" role="status">
        <label>
          Downloading {what}: {kb(loaded)}
          {total ? ` of ${kb(total)}` : ''} <progress max={total ?? undefined} value={total ? loaded : undefined} />
        </label>
      </p>
    );
  }
  const failure = `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} could not be loaded`;
  return (
    <LoadError
      failure={failure}
      what={what}
      consequence="so this figure cannot run"
      detail={state.error.message}
      retry={state.retry}
    />
  );
}

/**
 * TensorFlow.js failing to start, with a Retry. `fallback` says how the figure
 * carries on without it, for figures that can.
 */
export function TfStatus({ tf, fallback }: { tf: TfState; fallback?: string }) {
  if (!tf.error) return null;
  return (
    <LoadError
      failure="TensorFlow.js could not start"
      what="TensorFlow.js"
      consequence={fallback ?? 'so this figure cannot run'}
      detail={tf.error}
      retry={tf.retry}
    />
  );
}
