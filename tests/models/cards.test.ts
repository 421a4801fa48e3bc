/** Model cards: they exist, say what a card must say, and their hashes and sizes match the shipped files. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { disaggregate, type CrossStat, type GroupStat } from '~/lib/models/disaggregate';
import { MODEL_IDS, MODELS, type ModelId, type ModelKind } from '~/lib/models/registry';
import { mulberry32 } from '~/lib/rng';
import { NORMAL_FLAG_RATE } from '~/widgets/anomaly/core';
import { PUBLIC_DIR, readCard, setupBackend } from './helpers';
import { cardAnalyses, roundUp, scorerIdOf } from '../../scripts/models/card-analyses';
import { CARD_HISTORY, heldOutCurveLimitation, type HistoryRow } from '../../scripts/models/card-text';
import { CARD_VERSION } from '../../scripts/models/model-card';
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

/** The per-digit metric a card disaggregates, where it is not reconstruction MSE. */
const PER_DIGIT_METRIC: Partial<Record<ModelKind, string>> = { vae: 'negElbo', simclr: 'viewsFound', rotation: 'turnsRight' };

/** The self-supervised encoders' analyses are re-measured in tests/models/ssl.test.ts. */
const isSelfSupervised = (id: ModelId) => MODELS[id].kind === 'simclr' || MODELS[id].kind === 'rotation';

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
    if (MODELS[id].kind === 'simclr') expect(citations).toContain('Chen');
    if (MODELS[id].kind === 'rotation') expect(citations).toContain('Gidaris');
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
    // An accuracy is judged the other way up: falling from its peak is the turn.
    const accuracy = turned.map((r) => ({ epoch: r.epoch, trainLoss: 0, rotationAccuracy: 1 - r.negElbo / 200 }));
    expect(heldOutCurveLimitation(accuracy)).toMatch(/^It overfits .* highest at epoch 3 \(0\.5050\)/);
  });

  it.each(DIGIT_IDS.filter((id) => MODELS[id].kind !== 'pca'))(
    '%s: names the epoch where its own held-out curve is best',
    (id) => {
      const card = readCard(id);
      const history = (card['training'] as { history: HistoryRow[] }).history;
      const key = Object.keys(history[0] ?? {}).find((k) => k !== 'epoch' && k !== 'trainLoss') as string;
      // Accuracies are best highest, losses and errors lowest.
      const sign = key.endsWith('Accuracy') ? -1 : 1;
      const best = history.reduce((b, r) => (sign * (r[key] as number) < sign * (b[key] as number) ? r : b));
      const statement = (card['limitations'] as string[]).find((l) => l.includes('held-out'));
      expect(statement).toContain(`${sign < 0 ? 'highest' : 'lowest'} at epoch ${best.epoch} `);
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

interface Analyses {
  metric: string;
  overall: { count: number; mean: number };
  unitary: Record<string, GroupStat[]>;
  intersectional: Record<string, CrossStat[]>;
}
interface Threshold {
  threshold: number;
  falsePositiveRate: number;
  truePositiveRate: number;
  heldOutDigits: number;
}

describe('correctness: disaggregate against a brute-force loop', () => {
  it('gives every group the count and mean of its members', () => {
    const rnd = mulberry32(42);
    const n = 500;
    const values = Array.from({ length: n }, () => rnd() * 10);
    const labels = Array.from({ length: n }, () => Math.floor(rnd() * 10));
    const ink = Array.from({ length: n }, () => Math.floor(rnd() * 3));
    const slant = Array.from({ length: n }, () => Math.floor(rnd() * 3));
    const names = ['a', 'b', 'c'];
    const t = disaggregate(values, labels, [
      { id: 'ink', names, bins: ink },
      { id: 'slant', names, bins: slant },
    ]);
    const brute = (keep: (i: number) => boolean) => {
      const idx = values.map((_, i) => i).filter(keep);
      return { count: idx.length, mean: idx.length ? idx.reduce((s, i) => s + (values[i] as number), 0) / idx.length : null };
    };
    const close = (got: { count: number; mean: number | null }, want: { count: number; mean: number | null }) => {
      expect(got.count).toBe(want.count);
      if (want.mean === null) expect(got.mean).toBeNull();
      else expect(got.mean).toBeCloseTo(want.mean, 10);
    };
    close(
      t.overall,
      brute(() => true),
    );
    for (let c = 0; c < 10; c++)
      close(
        t.byClass[c] as GroupStat,
        brute((i) => labels[i] === c),
      );
    for (const [id, bins] of [
      ['ink', ink],
      ['slant', slant],
    ] as const) {
      for (let b = 0; b < 3; b++)
        close(
          t.byFactor[id]?.[b] as GroupStat,
          brute((i) => bins[i] === b),
        );
      for (const row of t.byClassAndFactor[id] ?? []) {
        close(
          row,
          brute((i) => labels[i] === Number(row.class) && bins[i] === names.indexOf(row.bin)),
        );
      }
    }
    // An empty group has no mean.
    const empty = disaggregate([1, 2], [0, 0], [{ id: 'ink', names, bins: [0, 0] }]);
    expect(empty.byClass[1]).toEqual({ group: '1', count: 0, mean: null });
  });

  it('refuses labels and bins out of range', () => {
    expect(() => disaggregate([1], [10], [])).toThrow(/label/);
    expect(() => disaggregate([1], [0], [{ id: 'ink', names: ['a'], bins: [1] }])).toThrow(/bin/);
  });
});

describe.each(DIGIT_IDS)('%s card: factors, quantitative analyses, thresholds', (id) => {
  const card = readCard(id);
  const qa = card['quantitativeAnalyses'] as Analyses;
  const thresholds = card['decisionThresholds'] as Threshold[] | undefined;

  it('has the 1.1.0 sections, contact and a version history ending at its version', () => {
    for (const field of ['factors', 'quantitativeAnalyses', 'contact', 'versionHistory'])
      expect(card, field).toHaveProperty(field);
    expect(card['version']).toBe(CARD_VERSION);
    expect(card['versionHistory']).toEqual(CARD_HISTORY);
    expect(card['contact']).toMatch(/Open an issue in this book's repository/);
    expect(qa.metric).toBe(PER_DIGIT_METRIC[MODELS[id].kind] ?? 'mse');
    expect(Boolean(thresholds)).toBe(scorerIdOf(id) !== undefined);
  });

  it('counts every held-out digit once in each grouping', () => {
    expect(qa.overall.count).toBe(1000);
    const groupings = [...Object.values(qa.unitary), ...Object.values(qa.intersectional)];
    expect(groupings).toHaveLength(5);
    for (const rows of groupings) expect(rows.reduce((n, r) => n + r.count, 0)).toBe(1000);
    // The per-class means average back to the overall mean.
    const weighted = (qa.unitary['class'] ?? []).reduce((s, r) => s + r.count * (r.mean ?? 0), 0) / 1000;
    expect(Math.abs(weighted / qa.overall.mean - 1)).toBeLessThan(1e-5);
  });

  it.skipIf(!scorerIdOf(id))(`its decision threshold flags about ${NORMAL_FLAG_RATE * 100} % of the held-out digits`, () => {
    const t = (thresholds ?? [])[0] as Threshold;
    expect(t.heldOutDigits).toBe(1000);
    expect(Math.abs(t.falsePositiveRate - NORMAL_FLAG_RATE)).toBeLessThanOrEqual(0.002);
    expect(t.truePositiveRate).toBeGreaterThan(t.falsePositiveRate);
  });
});

describe('a printed decision threshold', () => {
  it('is rounded up to six significant figures, so it flags what the exact one flags', () => {
    expect(roundUp(0.04032944)).toBe(0.0403295);
    expect(roundUp(0.04032956)).toBe(0.0403296);
    expect(roundUp(0.0403295)).toBe(0.0403295);
    expect(roundUp(123.4561)).toBe(123.457);
    expect(roundUp(0)).toBe(0);
    for (const x of [1e-9 * Math.PI, Math.E, 987654.321, 0.1 + 0.2]) {
      expect(roundUp(x)).toBeGreaterThanOrEqual(x);
      expect(roundUp(x) - x).toBeLessThan(10 ** (Math.floor(Math.log10(x)) - 5));
    }
  });
});

describe("freshness: the cards' analyses equal a recomputation from the shipped weights", () => {
  beforeAll(setupBackend);

  it.each(DIGIT_IDS.filter((id) => !isSelfSupervised(id)))('%s', { timeout: 180_000 }, async (id) => {
    const card = readCard(id);
    const fresh = await cardAnalyses(MODELS[id], PUBLIC_DIR);
    expect(fresh.factors).toEqual(card['factors']);
    const stored = card['quantitativeAnalyses'] as Analyses;
    const now = fresh.quantitativeAnalyses as unknown as Analyses;
    const rel = (a: number | null, b: number | null) => Math.abs((a ?? NaN) - (b ?? NaN)) / Math.abs(b ?? NaN);
    (now.unitary['class'] ?? []).forEach((row, c) => {
      const was = stored.unitary['class']?.[c] as GroupStat;
      expect(row.count, `class ${c}`).toBe(was.count);
      expect(rel(row.mean, was.mean), `class ${c}`).toBeLessThan(1e-4);
    });
    for (const [key, rows] of Object.entries(now.intersectional)) {
      rows.forEach((row, k) => {
        const was = stored.intersectional[key]?.[k] as CrossStat;
        expect(row.count, `${row.class} × ${row.bin}`).toBe(was.count);
        expect(rel(row.mean, was.mean), `${row.class} × ${row.bin}`).toBeLessThan(1e-4);
      });
    }
    const t = (card['decisionThresholds'] as Threshold[] | undefined)?.[0];
    const tNow = (fresh.decisionThresholds as Threshold[] | undefined)?.[0];
    expect(Boolean(tNow)).toBe(Boolean(t));
    if (t && tNow) {
      expect(rel(tNow.threshold, t.threshold)).toBeLessThan(1e-4);
      expect(tNow.falsePositiveRate).toBe(t.falsePositiveRate);
      expect(tNow.truePositiveRate).toBe(t.truePositiveRate);
    }
  });
});
