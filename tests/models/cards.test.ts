/** Model cards: they exist, say what a card must say, and their hashes and sizes match the shipped files. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, MODELS, type ModelId, type ModelKind } from '~/lib/models/registry';
import { PUBLIC_DIR, readCard } from './helpers';
import { heldOutCurveLimitation, type HistoryRow } from '../../scripts/models/card-text';
import { budget } from '../../scripts/bench/budgets';

/** Size budgets, gzipped. */
const MAX_MODEL_GZIP = budget('model');
const MAX_ALL_MODELS_GZIP = 3 * 1024 * 1024;

const REQUIRED = [
  'id',
  'version',
  'date',
  'architecture',
  'parameters',
  'trainingData',
  'training',
  'metrics',
  'quantization',
  'files',
  'size',
  'libraries',
  'intendedUse',
  'outOfScopeUse',
  'limitations',
  'ethicalConsiderations',
  'licence',
  'citation',
];

/** The digit models; the 2-d models have their own data and bars (tests/models/diffusion.test.ts, tests/models/zoo.test.ts). */
const DIGIT_IDS = MODEL_IDS.filter((id) => MODELS[id].input !== 'points 2-d');
const isDigitModel = (id: ModelId) => MODELS[id].input !== 'points 2-d';

/** The paper each 2-d model's card must cite. */
const TOY_CITATION: Partial<Record<ModelKind, string>> = { ddpm: 'Ho', flow: 'Dinh', gan: 'Goodfellow', 'vae-2d': 'Kingma' };

describe.each(MODEL_IDS)('%s card', (id) => {
  const card = readCard(id);

  it('has every model-card section', () => {
    for (const field of REQUIRED) expect(card, field).toHaveProperty(field);
    expect(card.id).toBe(id);
    const citations = (card['citation'] as string[]).join(' ');
    if (isDigitModel(id)) expect(citations).toContain('LeCun');
    else expect(citations).toContain(TOY_CITATION[MODELS[id].kind]);
    expect(citations).toContain('Mitchell');
    if (MODELS[id].kind === 'vae') expect(citations).toContain('Kingma');
    if (MODELS[id].kind === 'dae') expect(citations).toContain('Vincent');
  });

  it.skipIf(!isDigitModel(id))('records the training data hash of the shipped split', () => {
    const manifest = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/mnist/manifest.json'), 'utf8')) as {
      split: { trainImagesSha256: string; seed: number };
    };
    const data = card['trainingData'] as { trainImagesSha256: string; split: { seed: number } };
    expect(data.trainImagesSha256).toBe(manifest.split.trainImagesSha256);
    expect(data.split.seed).toBe(manifest.split.seed);
  });

  it('lists exactly the registry files, with matching SHA-256 and sizes', () => {
    const listed = card.files.map((f) => f.path).sort();
    expect(listed).toEqual(
      MODELS[id].files
        .filter((f) => f !== 'card.json')
        .slice()
        .sort(),
    );
    for (const f of card.files) {
      const bytes = readFileSync(join(PUBLIC_DIR, 'models', id, f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.bytes);
    }
    expect(card.size.bytes).toBe(card.files.reduce((n, f) => n + f.bytes, 0));
  });

  it(`fits in ${MAX_MODEL_GZIP / 1024} KB gzipped`, () => {
    const gz = card.files.reduce((n, f) => n + gzipSync(readFileSync(join(PUBLIC_DIR, 'models', id, f.path))).length, 0);
    expect(gz).toBeLessThanOrEqual(MAX_MODEL_GZIP);
  });
});

it(`all models together fit in ${MAX_ALL_MODELS_GZIP / 1024 / 1024} MB gzipped`, () => {
  const total = MODEL_IDS.reduce((n, id) => n + readCard(id).size.gzipBytes, 0);
  expect(total).toBeLessThanOrEqual(MAX_ALL_MODELS_GZIP);
});

describe('the held-out curve statement on each card', () => {
  const row = (epoch: number, negElbo: number) => ({ epoch, trainLoss: 0, negElbo });

  it('calls a curve that turns well before the end overfitting, and a flat or falling one not', () => {
    const turned = [
      row(1, 120),
      row(2, 100),
      row(3, 99),
      row(4, 101),
      row(5, 102),
      row(6, 102),
      row(7, 103),
      row(8, 103),
      row(9, 103),
      row(10, 104),
    ];
    expect(heldOutCurveLimitation(turned)).toMatch(
      /^It overfits .* lowest at epoch 3 \(99\.0\) and 104\.0 after the last epoch \(10\)/,
    );
    const flat = turned.map((r, i) => row(r.epoch, 100 - i * 0.01));
    expect(heldOutCurveLimitation(flat)).toMatch(/^No sign of overfitting/);
    const wiggle = [
      row(1, 100),
      row(2, 99.9),
      row(3, 100.05),
      row(4, 100),
      row(5, 100.1),
      row(6, 100.1),
      row(7, 100.1),
      row(8, 100.1),
      row(9, 100.1),
      row(10, 100.1),
    ];
    expect(heldOutCurveLimitation(wiggle)).toMatch(/^No sign of overfitting/);
  });

  it.each(DIGIT_IDS.filter((id) => MODELS[id].kind !== 'pca'))(
    '%s: names the epoch where its own held-out curve is lowest',
    (id) => {
      const card = readCard(id);
      const history = (card['training'] as { history: HistoryRow[] }).history;
      const key = Object.keys(history[0] ?? {}).find((k) => k !== 'epoch' && k !== 'trainLoss') as string;
      const best = history.reduce((b, r) => ((r[key] as number) < (b[key] as number) ? r : b));
      const statement = (card['limitations'] as string[]).find((l) => l.includes('held-out'));
      expect(statement).toContain(`lowest at epoch ${best.epoch} `);
      // Freshness: the shipped card says what the card code says of that history.
      expect(statement).toBe(heldOutCurveLimitation(history));
    },
  );

  it('vae-d16 is past its best by the end of training and vae-d2 is not', () => {
    const says = (id: 'vae-d16' | 'vae-d2') => (readCard(id)['limitations'] as string[]).join(' ');
    expect(says('vae-d16')).toMatch(/overfits/);
    expect(says('vae-d2')).toMatch(/No sign of overfitting/);
  });
});
