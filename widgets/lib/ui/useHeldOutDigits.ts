import type { DigitSet } from '../models';
import { useAsset } from './useAsset';

export interface HeldOut {
  set: DigitSet;
  /** One digit as 784 grey levels in [0, 1]. */
  pixels: (index: number) => Float32Array;
}

/**
 * The 1,000 held-out MNIST digits, downloaded once per page and shared by every
 * figure that shows them. The models module (and with it TF.js) is imported
 * dynamically, so an island that uses this stays small.
 */
export function useHeldOutDigits() {
  return useAsset<HeldOut>('digits:mnist-heldout', async () => {
    const { loadDigitSet, digitPixels } = await import('../models');
    const set = await loadDigitSet('mnist-heldout', { baseUrl: import.meta.env.BASE_URL });
    return { set, pixels: (i: number) => digitPixels(set, i) };
  });
}
