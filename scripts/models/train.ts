/**
 * npm run train [-- <id> ...] [--epochs N] [--seed N] [--out public] [--data public]
 * npm run train -- --cards-only [<id> ...]
 * npm run train -- --few-labels
 *
 * Trains the book's models from the fixed MNIST split and writes them, with
 * their model cards, to <out>/models/<id>/. Without ids it trains them all.
 * --cards-only trains nothing: it re-measures the card sections of the digit
 * models (all of them without ids) on the weights in <out> and rewrites only card.json.
 * Training either self-supervised encoder re-runs the few-labels experiment on the shipped
 * models and stores it in their cards; --few-labels does only that.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isModelId, MODEL_IDS, MODELS } from '../../widgets/lib/models/registry';
import { useWasmBackend } from './backend';
import { cardAnalyses } from './card-analyses';
import { refreshCard } from './model-card';
import { runLayersModel } from './run-layers-model';
import { runPca } from './run-pca';
import { runSslModel } from './run-ssl';
import { fewLabels, VERIFY } from './few-labels';
import { writeFewLabels } from './ssl-card';
import { runDenoiser } from './train-denoiser';
import { runZooModel } from './train-zoo';
import { isZooKind, type ZooKind } from '../../widgets/lib/models/zoo-2d';
import { DEFAULT_SETTINGS } from './settings';
import { loadTrainingData } from './training-data';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    epochs: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string', default: 'public' },
    data: { type: 'string', default: 'public' },
    'cards-only': { type: 'boolean', default: false },
    'few-labels': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run train -- [${MODEL_IDS.join(' | ')} ...] [--epochs N] [--seed N] [--out public] [--data public]`);
  console.log(
    '       npm run train -- --cards-only [<digit model id> ...]   rewrite the cards of the shipped weights, no training',
  );
  console.log('       npm run train -- --few-labels   re-run the few-labels experiment into the self-supervised cards');
  process.exit(0);
}

const unknown = positionals.filter((id) => !isModelId(id));
if (unknown.length > 0) {
  console.error(`Unknown model id(s): ${unknown.join(', ')}. Known: ${MODEL_IDS.join(', ')}`);
  process.exit(2);
}
const ids = positionals.length > 0 ? positionals.filter(isModelId) : MODEL_IDS;
const isDigitModel = (id: (typeof MODEL_IDS)[number]) => MODELS[id].input !== 'points 2-d';

function intFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  return n;
}
const epochs = intFlag('epochs', values.epochs);
const seed = intFlag('seed', values.seed);

// The wasm backend's uncaught-exception hook prints its whole minified source; print just the error.
process.on('uncaughtException', (error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

const started = performance.now();
await useWasmBackend({ training: true });
const outDir = resolve(values.out);

/** The few-labels experiment on the models in outDir, into the self-supervised cards. */
async function runFewLabels(verify: boolean): Promise<void> {
  const digits = loadTrainingData(resolve(values.data));
  VERIFY.cards = verify;
  console.log('\n== few-labels experiment');
  writeFewLabels(outDir, await fewLabels(digits, outDir));
}

if (values['few-labels']) {
  await runFewLabels(true);
  // The cards were just written, so the files can be checked against them.
  if (ids.some((id) => MODELS[id].kind === 'simclr' || MODELS[id].kind === 'rotation')) await runFewLabels(true);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  process.exit(0);
}

if (values['cards-only']) {
  const twoD = positionals.filter(isModelId).filter((id) => !isDigitModel(id));
  if (twoD.length > 0) {
    console.error(`--cards-only rewrites digit-model cards only; not: ${twoD.join(', ')}`);
    process.exit(2);
  }
  // The self-supervised cards are written whole by training (their measures need the float model too).
  for (const id of ids.filter(isDigitModel).filter((id) => MODELS[id].kind !== 'simclr' && MODELS[id].kind !== 'rotation')) {
    const info = MODELS[id];
    refreshCard(join(outDir, 'models', id), await cardAnalyses(info, outDir, resolve(values.data)));
    console.log(`${id}: card rewritten from the shipped weights`);
  }
  // The cards were just written, so the files can be checked against them.
  if (ids.some((id) => MODELS[id].kind === 'simclr' || MODELS[id].kind === 'rotation')) await runFewLabels(true);
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  process.exit(0);
}

// The 2-d models (diffusion and the zoo) need no digits.
const needsDigits = ids.some((id) => MODELS[id].input !== 'points 2-d');
const data = needsDigits ? loadTrainingData(resolve(values.data)) : null;
console.log(
  `Training ${ids.join(', ')}${data ? ` on ${data.trainCount} digits (${data.source}); held-out ${data.heldoutCount}` : ''}; output ${outDir}/models`,
);

for (const id of ids) {
  const info = MODELS[id];
  if (info.kind === 'ddpm') {
    await runDenoiser(info, outDir);
    continue;
  }
  if (isZooKind(info.kind)) {
    await runZooModel(info as typeof info & { kind: ZooKind }, outDir);
    continue;
  }
  if (!data) throw new Error('no digits loaded');
  if (info.kind === 'pca') {
    await runPca(data, outDir, resolve(values.data));
    continue;
  }
  const defaults = DEFAULT_SETTINGS[id as keyof typeof DEFAULT_SETTINGS];
  if (info.kind === 'simclr' || info.kind === 'rotation') {
    const settings = { ...defaults, ...(epochs !== undefined && { epochs }), ...(seed !== undefined && { seed }) };
    await runSslModel(info, data, settings, outDir);
    continue;
  }
  await runLayersModel(
    info,
    data,
    { ...defaults, ...(epochs !== undefined && { epochs }), ...(seed !== undefined && { seed }) },
    outDir,
    resolve(values.data),
  );
}
// The cards were just written, so the files can be checked against them.
if (ids.some((id) => MODELS[id].kind === 'simclr' || MODELS[id].kind === 'rotation')) await runFewLabels(true);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
