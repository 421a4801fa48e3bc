import { assetKey } from '../ui/asset-keys';
import { useAsset, type AssetState } from '../ui/useAsset';
import { loadDigitSet, type DigitSet, type DigitSetId } from './sets';

/**
 * A shipped digit set (held-out MNIST or the Fashion-MNIST sample), downloaded
 * once per page with byte progress and shared by every figure that shows it.
 */
export function useDigitSet(id: DigitSetId): AssetState<DigitSet> {
  return useAsset<DigitSet>(assetKey.digitSet(id), (onProgress) => {
    let loaded = 0;
    onProgress({ loaded, total: null });
    return loadDigitSet(id, {
      baseUrl: import.meta.env.BASE_URL,
      onBytes: (n) => onProgress({ loaded: (loaded += n), total: null }),
    });
  });
}
