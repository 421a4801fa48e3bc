import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadTf, onBackendChange, type TfRuntime } from '../tf';

export interface TfState {
  rt: TfRuntime | null;
  /** Why TensorFlow.js could not start, if it could not. */
  error: string | null;
  /** Bumped when the backend changes, so models on the old backend are reloaded. */
  generation: number;
  retry: () => void;
}

/** TensorFlow.js for a widget: loads it (once per page), follows backend changes. */
export function useTfRuntime(): TfState {
  const [rt, setRt] = useState<TfRuntime | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    loadTf().then(
      (r) => live && setRt(r),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    const off = onBackendChange((r) => {
      if (!live) return;
      setRt({ ...r });
      setGeneration((g) => g + 1);
    });
    return () => {
      live = false;
      off();
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { rt, error, generation, retry };
}
