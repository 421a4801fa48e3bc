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
export function useModel<Id extends ModelId>(id: Id): { tf: TfState; model: AssetState<LoadedModel<Id>> } {
  const tf = useTfRuntime();
  const key = tf.rt ? assetKey.model(id, tf.generation) : null;
  const model = useAsset<LoadedModel<Id>>(key, async (onProgress) => {
    const { loadModel } = await import('../models');
    return loadModel(id, {
      baseUrl: import.meta.env.BASE_URL,
      onProgress: (p) => onProgress({ loaded: p.loadedBytes, total: p.totalBytes }),
    });
  });
  return { tf, model };
}
