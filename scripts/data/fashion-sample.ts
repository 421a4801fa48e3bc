/**
 * A small, seeded, class-balanced Fashion-MNIST sample: out-of-distribution
 * images for the anomaly-detection chapter (never used for training).
 */
import { createRng, shuffledIndices } from '../../widgets/lib/rng';
import { PIXELS } from '../../widgets/lib/models/registry';
import { readFashionClass } from './sources';

export const FASHION_SEED = 20260502;
export const FASHION_PER_CLASS = 50;

export interface FashionSample {
  readonly source: string;
  readonly count: number;
  readonly images: Uint8Array;
  readonly labels: Uint8Array;
}

export function sampleFashion(perClass = FASHION_PER_CLASS, seed = FASHION_SEED): FashionSample {
  const rng = createRng(seed);
  const images: number[] = [];
  const labels: number[] = [];
  let source = 'fashion-mnist';
  for (let label = 0; label < 10; label++) {
    const cls = readFashionClass(label);
    source = cls.source;
    const order = shuffledIndices(cls.images.length, rng);
    for (let i = 0; i < perClass; i++) {
      const row = cls.images[order[i] as number];
      if (!row) throw new Error(`fashion class ${label}: only ${cls.images.length} images`);
      images.push(...row);
      labels.push(label);
    }
  }
  // Mix the classes so any prefix of the file is balanced enough for a gallery.
  const mix = shuffledIndices(labels.length, rng);
  const outImages = new Uint8Array(labels.length * PIXELS);
  const outLabels = new Uint8Array(labels.length);
  mix.forEach((from, to) => {
    outImages.set(images.slice(from * PIXELS, (from + 1) * PIXELS), to * PIXELS);
    outLabels[to] = labels[from] as number;
  });
  return { source, count: labels.length, images: outImages, labels: outLabels };
}
