/** Model cards: they exist, say what a card must say, and their hashes and sizes match the shipped files. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, MODELS } from '~/lib/models/registry';
import { PUBLIC_DIR, readCard } from './helpers';

/** Size budgets from the issue, gzipped. */
const MAX_MODEL_GZIP = 450 * 1024;
const MAX_ALL_MODELS_GZIP = 3 * 1024 * 1024;

const REQUIRED = [
  'id', 'version', 'date', 'architecture', 'parameters', 'trainingData', 'training', 'metrics', 'quantization',
  'files', 'size', 'libraries', 'intendedUse', 'outOfScopeUse', 'limitations', 'ethicalConsiderations', 'licence', 'citation',
];

describe.each(MODEL_IDS)('%s card', (id) => {
  const card = readCard(id);

  it('has every model-card section', () => {
    for (const field of REQUIRED) expect(card, field).toHaveProperty(field);
    expect(card.id).toBe(id);
    const citations = (card['citation'] as string[]).join(' ');
    expect(citations).toContain('LeCun');
    expect(citations).toContain('Mitchell');
    if (MODELS[id].kind === 'vae') expect(citations).toContain('Kingma');
    if (MODELS[id].kind === 'dae') expect(citations).toContain('Vincent');
  });

  it('records the training data hash of the shipped split', () => {
    const manifest = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/mnist/manifest.json'), 'utf8')) as {
      split: { trainImagesSha256: string; seed: number };
    };
    const data = card['trainingData'] as { trainImagesSha256: string; split: { seed: number } };
    expect(data.trainImagesSha256).toBe(manifest.split.trainImagesSha256);
    expect(data.split.seed).toBe(manifest.split.seed);
  });

  it('lists exactly the registry files, with matching SHA-256 and sizes', () => {
    const listed = card.files.map((f) => f.path).sort();
    expect(listed).toEqual(MODELS[id].files.filter((f) => f !== 'card.json').slice().sort());
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
