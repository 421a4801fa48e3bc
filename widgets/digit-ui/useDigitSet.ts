import type { DigitSet, DigitSetId } from '../lib/models/digits';
import { useAsset, type AssetState } from '../lib/ui/useAsset';

/** A shipped digit set (held-out MNIST or the Fashion-MNIST sample), downloaded once per page. */
export function useDigitSet(id: DigitSetId): AssetState<DigitSet> {
  return useAsset<DigitSet>(`digits:${id}`, async (onProgress) => {
    const { loadDigitSet } = await import('../lib/models/digits');
    onProgress({ loaded: 0, total: null });
    return loadDigitSet(id, { baseUrl: import.meta.env.BASE_URL });
  });
}
