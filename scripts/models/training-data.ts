/**
 * The training and held-out digits as float arrays. The split is recomputed
 * from the mnist package and checked against the shipped held-out file, so a
 * model can never be trained on a split other than the one the site measures.
 */
import { join } from 'node:path';
import { loadMnistSplit } from '../data/mnist-split';
import { readJson, sha256 } from '../data/node-files';
import { bytesToPixels } from '../../widgets/lib/models/preprocess';

export interface TrainingData {
  readonly source: string;
  readonly splitSeed: number;
  readonly trainCount: number;
  readonly heldoutCount: number;
  readonly train: Float32Array;
  readonly heldout: Float32Array;
  /** Class labels, used only to measure: no model of the book trains on them except the probes and the end-to-end reference. */
  readonly trainLabels: Uint8Array;
  readonly heldoutLabels: Uint8Array;
  readonly trainSha256: string;
  readonly heldoutSha256: string;
}

interface DataManifest {
  split: { seed: number; heldout: number };
  files: { path: string; sha256: string }[];
}

export function loadTrainingData(publicDir: string): TrainingData {
  const manifestPath = join(publicDir, 'data', 'mnist', 'manifest.json');
  let manifest: DataManifest;
  try {
    manifest = readJson<DataManifest>(manifestPath);
  } catch {
    throw new Error(`${manifestPath} is missing: run "npm run data" first.`);
  }
  const mnist = loadMnistSplit(manifest.split.seed, manifest.split.heldout);
  const heldoutSha256 = sha256(mnist.heldout.images);
  const shipped = manifest.files.find((f) => f.path === 'heldout-images.u8')?.sha256;
  if (shipped !== heldoutSha256) {
    throw new Error(`The shipped held-out digits (${manifestPath}) do not match the split: run "npm run data".`);
  }
  return {
    source: mnist.source,
    splitSeed: mnist.seed,
    trainCount: mnist.train.count,
    heldoutCount: mnist.heldout.count,
    train: bytesToPixels(mnist.train.images),
    heldout: bytesToPixels(mnist.heldout.images),
    trainLabels: mnist.train.labels,
    heldoutLabels: mnist.heldout.labels,
    trainSha256: sha256(mnist.train.images),
    heldoutSha256,
  };
}
