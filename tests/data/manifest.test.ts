/** The shipped digit files: hashes match the manifests, shapes and labels are right, the split is the one the script makes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMnistSplit } from '../../scripts/data/mnist-split';
import { sampleFashion } from '../../scripts/data/fashion-sample';
import { stratifiedSplit } from '../../scripts/data/split';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { DataLoadError } from '~/lib/load/errors';
import { DIGIT_SETS, loadDigitSet } from '~/lib/digits/sets';
import { PIXELS } from '~/lib/models/registry';
import { budget } from '../../scripts/bench/budgets';

const DATA_DIR = resolve(import.meta.dirname, '../../public/data');
const fetch = fileFetch(resolve(DATA_DIR, '..'));

interface Manifest {
  source: string;
  licence: string;
  split?: { seed: number; train: number; heldout: number; heldoutPerClass: Record<string, number>; trainImagesSha256: string };
  sample?: { seed: number; perClass: number; count: number };
  files: { path: string; bytes: number; sha256: string }[];
}

const read = (dir: string) => JSON.parse(readFileSync(join(DATA_DIR, dir, 'manifest.json'), 'utf8')) as Manifest;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.each(['mnist', 'fashion', 'scaling'])('%s manifest', (dir) => {
  it('names its source and licence, and every file matches its SHA-256 and size', () => {
    const m = read(dir);
    expect(m.source).toMatch(/@\d+\.\d+\.\d+/);
    expect(m.licence.length).toBeGreaterThan(10);
    for (const f of m.files) {
      const bytes = readFileSync(join(DATA_DIR, dir, f.path));
      expect(sha(bytes), f.path).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
  });
});

describe('held-out MNIST digits', () => {
  it('are 1,000 uint8 images with labels, stratified by class', async () => {
    const set = await loadDigitSet('mnist-heldout', { fetch });
    expect(set.count).toBe(1000);
    expect(set.images.length).toBe(1000 * PIXELS);
    const counts = new Array(10).fill(0) as number[];
    for (const l of set.labels) counts[l] = (counts[l] as number) + 1;
    // Each class gives 10 % of its ~1,000 digits.
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(80);
    for (const c of counts) expect(c).toBeLessThanOrEqual(120);
    expect(read('mnist').split?.heldoutPerClass).toEqual(Object.fromEntries(counts.map((c, i) => [String(i), c])));
    // Shuffled: the first 50 digits already cover most classes.
    expect(new Set(set.labels.subarray(0, 50)).size).toBeGreaterThanOrEqual(8);
  });

  it('are exactly what the split script makes from the mnist package', () => {
    const m = read('mnist');
    const split = loadMnistSplit(m.split?.seed, m.split?.heldout);
    const shipped = readFileSync(join(DATA_DIR, DIGIT_SETS['mnist-heldout'].images.replace('data/', '')));
    expect(sha(split.heldout.images)).toBe(sha(shipped));
    expect(sha(split.train.images)).toBe(m.split?.trainImagesSha256);
    // Train and held-out are disjoint and cover the source.
    const all = new Set([...split.split.train, ...split.split.heldout]);
    expect(all.size).toBe(split.train.count + split.heldout.count);
  });
});

describe('training MNIST digits', () => {
  it('are the 9,000 training digits of the split, in source order, with their labels', async () => {
    const m = read('mnist');
    const split = loadMnistSplit(m.split?.seed, m.split?.heldout);
    const set = await loadDigitSet('mnist-train', { fetch });
    expect(set.count).toBe(m.split?.train);
    expect(sha(set.images)).toBe(m.split?.trainImagesSha256);
    expect(sha(set.labels)).toBe(sha(split.train.labels));
  });

  it(`fit in ${budget('trainDigits') / 1e6} MB gzipped`, () => {
    const files = (read('mnist').files as { path: string; gzipBytes?: number }[]).filter((f) => f.path.startsWith('train-'));
    expect(files.map((f) => f.path).sort()).toEqual(['train-images.u8', 'train-labels.u8']);
    expect(files.reduce((s, f) => s + (f.gzipBytes ?? Infinity), 0)).toBeLessThanOrEqual(budget('trainDigits'));
  });
});

describe('stratified split', () => {
  it('gives each class its share and depends on the seed', () => {
    const labels = Uint8Array.from({ length: 1000 }, (_, i) => (i < 700 ? 0 : 1));
    const a = stratifiedSplit(labels, 100, 1);
    expect(a.heldout.length).toBe(100);
    expect([...a.heldout].filter((i) => i < 700).length).toBe(70);
    expect(stratifiedSplit(labels, 100, 1).heldout).toEqual(a.heldout);
    expect(stratifiedSplit(labels, 100, 2).heldout).not.toEqual(a.heldout);
  });
});

describe('Fashion-MNIST sample', () => {
  it('is a balanced, seeded out-of-distribution set', async () => {
    const set = await loadDigitSet('fashion-ood', { fetch });
    const m = read('fashion');
    expect(set.count).toBe(m.sample?.count);
    const counts = new Array(10).fill(0) as number[];
    for (const l of set.labels) counts[l] = (counts[l] as number) + 1;
    expect(counts.every((c) => c === m.sample?.perClass)).toBe(true);
  });

  it('is what the sampling script makes', () => {
    const m = read('fashion');
    const again = sampleFashion(m.sample?.perClass, m.sample?.seed);
    const shipped = readFileSync(join(DATA_DIR, 'fashion', 'ood-images.u8'));
    expect(sha(again.images)).toBe(sha(shipped));
  }, 60_000);
});

describe('data loader errors', () => {
  it('name the data set and file', async () => {
    const missing = (url: string) =>
      url.endsWith('labels.u8') ? Promise.resolve(new Response('', { status: 404 })) : fetch(url);
    const e: unknown = await loadDigitSet('mnist-heldout', { fetch: missing }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataLoadError);
    expect(e).toMatchObject({ dataset: 'mnist-heldout', file: 'data/mnist/heldout-labels.u8', reason: 'not-found' });
  });
});
