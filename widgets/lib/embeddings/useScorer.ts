import { useMemo } from 'preact/hooks';
import { useTfRuntime, type TfState } from '../ui/useTfRuntime';
import { jsScorer, tfScorer, type Scorer } from './tf-scorer';
import type { Embeddings } from './core';

/**
 * A scorer for a table: TF.js once it has started (re-uploaded after a
 * backend change), plain JS if TF.js cannot start; null while it starts.
 */
export function useScorer(emb: Embeddings | null): { scorer: Scorer | null; tf: TfState } {
  const tf = useTfRuntime();
  const scorer = useMemo(() => {
    if (!emb) return null;
    if (tf.error) return jsScorer(emb, tf.error);
    if (!tf.rt) return null;
    return tfScorer(tf.rt, emb, tf.generation);
  }, [emb, tf.rt, tf.error, tf.generation]);
  return { scorer, tf };
}
