/**
 * The page-wide cache keys of every download (useAsset), in one place. A key
 * names one kind of value: two hooks that used the same key for differently
 * shaped values would hand each other the wrong thing.
 */
import type { DigitSetId } from '../digits/sets';
import type { ModelId } from '../models/registry';

export const assetKey = {
  /** A shipped digit set, as a DigitSet. */
  digitSet: (id: DigitSetId) => `digit-set:${id}`,
  /** A loaded model, for one TF.js backend generation. */
  model: (id: ModelId, generation: number) => `model:${id}:${generation}`,
  /** The word vectors, as the Glove bundle of useEmbeddings. */
  wordVectors: () => 'word-vectors',
} as const;
