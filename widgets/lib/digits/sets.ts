/**
 * The shipped digit sets: held-out MNIST digits (every metric and gallery uses
 * them), the training digits (for probes trained in the page) and a small Fashion-MNIST sample used as out-of-distribution data.
 * Stored as raw uint8: 784 grey levels per image, one byte per label. Plain
 * typed arrays and fetch, no TF.js, so any island may import this.
 */
import fashionManifest from '../../../public/data/fashion/manifest.json' with { type: 'json' };
import mnistManifest from '../../../public/data/mnist/manifest.json' with { type: 'json' };
import { DataLoadError, type LoadFailure } from '../load/errors';
import { defaultFetch, fetchBytes, joinUrl, type FetchLike, type Published } from '../load/fetch-bytes';
import { bytesToPixels } from '../models/preprocess';
import { IMAGE_SIZE, PIXELS } from '../models/registry';
import { int, type Field } from '../url-state';

export { IMAGE_SIZE, PIXELS };

/** How many held-out digits ship, as the data manifest (written by `npm run data`) records. */
export const HELD_OUT = mnistManifest.split.heldout;

/** A link parameter naming a held-out digit by its index. */
export function heldOutDigit(def: number): Field<number> {
  return int(0, HELD_OUT - 1, def);
}

export const DIGIT_SETS = {
  'mnist-heldout': { images: 'data/mnist/heldout-images.u8', labels: 'data/mnist/heldout-labels.u8' },
  'fashion-ood': { images: 'data/fashion/ood-images.u8', labels: 'data/fashion/ood-labels.u8' },
  /** The 9,000 training digits (about 1.4 MB gzipped), for figures that train on labels in the page. */
  'mnist-train': { images: 'data/mnist/train-images.u8', labels: 'data/mnist/train-labels.u8' },
} as const;

export type DigitSetId = keyof typeof DIGIT_SETS;

/**
 * Each file's size and SHA-256 as `npm run data` wrote them in the set's
 * manifest, which is bundled (about 1 KB each), so checking costs no request.
 */
const PUBLISHED: Record<DigitSetId, { dir: string; files: readonly (Published & { path: string })[] }> = {
  'mnist-heldout': { dir: 'data/mnist/', files: mnistManifest.files },
  'fashion-ood': { dir: 'data/fashion/', files: fashionManifest.files },
  'mnist-train': { dir: 'data/mnist/', files: mnistManifest.files },
};

function publishedOf(id: DigitSetId, file: string): Published {
  const { dir, files } = PUBLISHED[id];
  const entry = files.find((f) => dir + f.path === file);
  if (!entry) throw new Error(`${file} is not in the ${id} manifest`);
  return entry;
}

export const FASHION_CLASSES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;

export interface DigitSet {
  readonly count: number;
  /** count × 784 grey levels, row-major. */
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

/** Check the byte lengths agree and wrap the two arrays. */
export function decodeDigitSet(images: Uint8Array, labels: Uint8Array, name = 'digits'): DigitSet {
  if (images.length !== labels.length * PIXELS) {
    throw new DataLoadError(
      name,
      'images',
      'shape',
      `${images.length} bytes for ${labels.length} labels; expected ${labels.length * PIXELS}`,
    );
  }
  return { count: labels.length, images, labels };
}

/** One image as floats in [0, 1]. */
export function digitPixels(set: Pick<DigitSet, 'images'>, index: number): Float32Array {
  return bytesToPixels(set.images.subarray(index * PIXELS, (index + 1) * PIXELS));
}

export interface DigitSetOptions {
  /** The site's base URL; files are fetched from <baseUrl>/data/…. Default "/". */
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  /** Called with the bytes of each chunk as it arrives. */
  readonly onBytes?: (bytes: number) => void;
}

export async function loadDigitSet(id: DigitSetId, options: DigitSetOptions = {}): Promise<DigitSet> {
  const fetchFn = options.fetch ?? defaultFetch();
  const base = options.baseUrl ?? '/';
  const get = (file: string) =>
    fetchBytes(
      fetchFn,
      joinUrl(base, file),
      (reason: LoadFailure, detail: string) => {
        throw new DataLoadError(id, file, reason, detail);
      },
      { onChunk: options.onBytes, published: publishedOf(id, file) },
    );
  const paths = DIGIT_SETS[id];
  const [images, labels] = await Promise.all([get(paths.images), get(paths.labels)]);
  return decodeDigitSet(images, labels, id);
}
