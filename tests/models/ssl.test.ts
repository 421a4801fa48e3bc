/**
 * The two self-supervised encoders as shipped: their held-out measures above stated bars and
 * equal to their cards, their card analyses re-measured, and the few-labels experiment in the
 * cards reproduced for chosen draws through the same code on the shipped weights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { loadModel } from '~/lib/models/loader';
import type { FeatureModel } from '~/lib/models/feature-model';
import { PIXELS } from '~/lib/models/registry';
import { LABEL_COUNTS, labelledRows, summarise } from '~/lib/ssl/few-labels';
import { accuracy, subset, trainProbe, type ProbeData } from '~/lib/ssl/probe';
import { METHODS, type FewLabelsRow } from '../../scripts/models/few-labels';
import { CONTRASTIVE_TEMPERATURE } from '../../scripts/models/settings';
import { heldOutViews, turnedTensor, turnMeasures, viewMeasures } from '../../scripts/models/ssl-metrics';
import { loadTrainingData } from '../../scripts/models/training-data';
import { PUBLIC_DIR, publicFetch, readCard, setupBackend } from './helpers';

/** Bars. Chance is 0.25 for the turn and 1 / 499 for finding a view's partner among 499 others. */
const BARS = { rotationAccuracy: 0.97, viewAccuracy: 0.3 };

type Data = ReturnType<typeof loadTrainingData>;
let data: Data;

beforeAll(async () => {
  await setupBackend();
  data = loadTrainingData(PUBLIC_DIR);
});

async function feature(id: 'simclr-d128' | 'rotation-d128'): Promise<FeatureModel> {
  return loadModel(id, { fetch: publicFetch, warmUp: false });
}

describe('rotation-d128', () => {
  it(`names the quarter turn of ≥ ${BARS.rotationAccuracy * 100} % of the turned held-out digits, as its card says`, async () => {
    const model = await feature('rotation-d128');
    const turned = turnedTensor(data.heldout, data.heldoutCount);
    const m = turnMeasures((x) => model.apply(x), turned);
    turned.dispose();
    model.dispose();
    const card = readCard('rotation-d128');
    expect(m.rotationAccuracy).toBeGreaterThanOrEqual(BARS.rotationAccuracy);
    expect(m.rotationAccuracy).toBeCloseTo(card['metrics'].heldOut.shipped['heldoutRotationAccuracy'] as number, 3);
    const qa = card['quantitativeAnalyses'] as { overall: { mean: number; count: number } };
    expect(qa.overall.count).toBe(1000);
    expect(qa.overall.mean).toBeCloseTo(m.rotationAccuracy, 4);
  });
});

describe('simclr-d128', () => {
  it(`finds the partner of ≥ ${BARS.viewAccuracy * 100} % of held-out views, with a loss below chance, as its card says`, async () => {
    const model = await feature('simclr-d128');
    const card = readCard('simclr-d128');
    const batch = card['training'] as { batchSize: number; temperature: number };
    expect(batch.temperature).toBe(CONTRASTIVE_TEMPERATURE);
    const m = viewMeasures(
      (x) => model.apply(x),
      heldOutViews(data.heldout, data.heldoutCount, batch.batchSize),
      batch.batchSize,
      batch.temperature,
    );
    model.dispose();
    expect(m.viewAccuracy).toBeGreaterThanOrEqual(BARS.viewAccuracy);
    expect(m.viewLoss).toBeLessThan(Math.log(2 * batch.batchSize - 1));
    const shipped = card['metrics'].heldOut.shipped;
    expect(m.viewAccuracy).toBeCloseTo(shipped['heldoutViewAccuracy'] as number, 3);
    expect(m.viewLoss).toBeCloseTo(shipped['heldoutViewLoss'] as number, 3);
    const qa = card['quantitativeAnalyses'] as { overall: { mean: number } };
    expect(qa.overall.mean).toBeCloseTo(m.viewAccuracy, 4);
  });
});

describe('the few-labels table in the cards', () => {
  const table = readCard('simclr-d128')['fewLabels'] as { rows: FewLabelsRow[]; labelCounts: number[] };

  it('has one row per method and label count, each summarising its draws', () => {
    expect(table.labelCounts).toEqual([...LABEL_COUNTS]);
    expect(table.rows.map((r) => `${r.method} ${r.labels}`)).toEqual(
      METHODS.flatMap((m) => LABEL_COUNTS.map((c) => `${m} ${c}`)),
    );
    for (const row of table.rows) {
      expect(row.draws).toHaveLength(row.labels >= 9000 ? 1 : 5);
      expect(row.accuracy).toEqual(summarise(row.draws));
    }
    const rotation = readCard('rotation-d128')['fewLabels'] as { rows: FewLabelsRow[] };
    expect(rotation.rows).toEqual(table.rows.filter((r) => r.method === 'rotation-d128'));
  });

  // The experiment's probes are deterministic on one backend: a draw re-run here gives the card's number.
  it.each([
    ['pixels', 100, 0],
    ['simclr-d128', 100, 3],
    ['rotation-d128', 30, 1],
  ] as const)('reproduces the %s probe with %i labels, draw %i', { timeout: 60_000 }, async (method, labels, draw) => {
    const dim = method === 'pixels' ? PIXELS : 128;
    const featuresOf = async (pixels: Float32Array, count: number) => {
      if (method === 'pixels') return pixels;
      const model = await feature(method);
      const x = tf.tensor2d(pixels, [count, PIXELS]);
      const h = model.features(x);
      const out = (await h.data()) as Float32Array;
      tf.dispose([x, h]);
      model.dispose();
      return out;
    };
    const train: ProbeData = { features: await featuresOf(data.train, data.trainCount), dim, labels: data.trainLabels };
    const held: ProbeData = { features: await featuresOf(data.heldout, data.heldoutCount), dim, labels: data.heldoutLabels };
    const got = accuracy(trainProbe(subset(train, labelledRows(data.trainLabels, labels, draw))), held);
    const row = table.rows.find((r) => r.method === method && r.labels === labels) as FewLabelsRow;
    // One digit either way: features may differ in the last bit between runs of the backend.
    expect(Math.abs(got - (row.draws[draw] as number))).toBeLessThanOrEqual(0.001);
  });
});
