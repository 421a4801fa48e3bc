import { useEffect } from 'preact/hooks';
import type { ModelId, LoadedModel } from '../models';
import { assetKey } from './asset-keys';
import { useAsset, type AssetState } from './useAsset';
import { useTfRuntime, type TfState } from './useTfRuntime';

/**
 * A shipped model for a widget: TensorFlow.js first (once per page), then the
 * model's files, with progress. Reloaded after a backend change (a lost WebGL
 * context), since its weights lived on the old backend. The models module is
 * imported dynamically so the island's own code stays small.
 */
export function useModel<Id extends ModelId>(
  id: Id,
  /** With `enabled: false` nothing downloads (the state stays loading) until it turns true. */
  { enabled = true }: { enabled?: boolean } = {},
): { tf: TfState; model: AssetState<LoadedModel<Id>> } {
  const tf = useTfRuntime();
  const key = tf.rt && enabled ? assetKey.model(id, tf.generation) : null;
  const model = useAsset<LoadedModel<Id>>(key, async (onProgress) => {
    const { loadModel } = await import('../models');
    const loaded = await loadModel(id, {
      baseUrl: import.meta.env.BASE_URL,
      onProgress: (p) => onProgress({ loaded: p.loadedBytes, total: p.totalBytes }),
    });
    keep(tf.generation, loaded);
    return loaded;
  });
  useEffect(() => {
    // A task later, when every widget has re-rendered without the old model.
    const timer = setTimeout(() => disposeOlderThan(tf.generation), 0);
    return () => clearTimeout(timer);
  }, [tf.generation]);
  return { tf, model };
}

// Every model loaded on this page, with the backend generation it was loaded for.
// Once a newer generation exists (the WebGL context was lost), no widget asks for
// the old models again, so their weights are freed instead of kept for good.
const loadedModels: { generation: number; model: { dispose(): void } }[] = [];

function keep(generation: number, model: { dispose(): void }): void {
  loadedModels.push({ generation, model });
}

function disposeOlderThan(generation: number): void {
  for (let i = loadedModels.length - 1; i >= 0; i--) {
    const entry = loadedModels[i];
    if (entry && entry.generation < generation) {
      loadedModels.splice(i, 1);
      entry.model.dispose();
    }
  }
}
