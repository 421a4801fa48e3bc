/**
 * The figure's experiment, the same as the cards' (scripts/models/few-labels.ts): a linear
 * probe on frozen features of the labelled training digits of one draw, judged on the
 * 1,000 held-out digits; and the cards' curves over five draws to draw beside it.
 */
import { DRAWS, LABEL_COUNTS, labelledRows, type LabelCount } from '../lib/ssl/few-labels';
import { PROBE_SETTINGS, accuracy, probeTrainer, subset, type ProbeData } from '../lib/ssl/probe';

export { DRAWS, LABEL_COUNTS, labelledRows, type LabelCount };

export const REPRESENTATIONS = ['pixels', 'pca-16', 'ae-d16', 'vae-d16', 'simclr-d128', 'rotation-d128'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

/** Each representation's width and how the figure names it. */
export const REPRESENTATION_INFO: Record<Representation, { readonly dim: number; readonly name: string }> = {
  pixels: { dim: 784, name: 'raw pixels' },
  'pca-16': { dim: 16, name: 'PCA, 16 components' },
  'ae-d16': { dim: 16, name: 'autoencoder codes (ae-d16)' },
  'vae-d16': { dim: 16, name: 'VAE means (vae-d16)' },
  'simclr-d128': { dim: 128, name: 'contrastive encoder (simclr-d128)' },
  'rotation-d128': { dim: 128, name: 'rotation encoder (rotation-d128)' },
};

/** The card's method that is not a probe: the contrastive encoder's network fine-tuned end to end. */
export const FINE_TUNED = 'fine-tuned' as const;
export type CurveMethod = Representation | typeof FINE_TUNED;

/** One row of a card's few-labels table: a method at a label count, over its draws. */
export interface CardPoint {
  readonly method: string;
  readonly labels: number;
  readonly mean: number;
  readonly sd: number;
  readonly draws: readonly number[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The rows of a card's `fewLabels` table; throws on a table of another shape. */
export function cardPoints(fewLabels: unknown): CardPoint[] {
  const rows = (fewLabels as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new Error('the card has no few-labels rows');
  return rows.map((r: unknown, i) => {
    const row = r as { method?: unknown; labels?: unknown; accuracy?: { mean?: unknown; sd?: unknown }; draws?: unknown };
    const draws = Array.isArray(row.draws) ? row.draws : [];
    if (
      typeof row.method !== 'string' ||
      !isNumber(row.labels) ||
      !isNumber(row.accuracy?.mean) ||
      !isNumber(row.accuracy.sd) ||
      draws.length === 0 ||
      !draws.every(isNumber)
    )
      throw new Error(`few-labels row ${i} is malformed`);
    return { method: row.method, labels: row.labels, mean: row.accuracy.mean, sd: row.accuracy.sd, draws };
  });
}

/** The card's points of each method, the first card naming a method winning (the rotation card repeats its row). */
export function curvesOf(points: readonly CardPoint[], methods: readonly CurveMethod[]): CardPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const key = `${p.method}:${p.labels}`;
    if (!(methods as readonly string[]).includes(p.method) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A draw's value in the card, if it has one (the count of every label has only draw 0). */
export function cardDraw(points: readonly CardPoint[], method: string, labels: number, draw: number): number | null {
  const p = points.find((q) => q.method === method && q.labels === labels);
  return p?.draws[draw] ?? p?.draws[0] ?? null;
}

/** Which draw a count really has: the full count has a single draw, whichever one is asked for. */
export const effectiveDraw = (count: LabelCount, draw: number, trainCount: number) => (count >= trainCount ? 0 : draw);

/** The labelled training rows and their features, ready for the probe. */
export function probeTrainingSet(
  features: Float32Array,
  dim: number,
  labels: ArrayLike<number>,
  rows: readonly number[],
): ProbeData {
  return subset({ features, dim, labels }, rows);
}

/** Probe iterations per step of a live run: each step is a unit of sliced or worker work, and a progress report. */
export const ITERATIONS_PER_STEP = 10;

/** Train the probe on `train` (all of its iterations, `ITERATIONS_PER_STEP` at a time) and return the held-out accuracy. */
export function probeAccuracy(train: ProbeData, held: ProbeData, onStep?: (done: number, total: number) => void): number {
  const trainer = probeTrainer(train, PROBE_SETTINGS);
  while (trainer.iterations < PROBE_SETTINGS.iterations) {
    trainer.step(ITERATIONS_PER_STEP);
    onStep?.(trainer.iterations, PROBE_SETTINGS.iterations);
  }
  return accuracy(trainer.probe(), held);
}

/** One live result, kept per representation, count and draw. */
export interface RunPoint {
  readonly method: Representation;
  readonly labels: LabelCount;
  readonly draw: number;
  readonly accuracy: number;
}

export const runKey = (method: Representation, labels: number, draw: number) => `${method}:${labels}:${draw}`;

/** Bytes a reader downloads on Start: the training digits and, per learned representation, its model (gzipped sizes). */
export function downloadBytes(
  dataBytes: number,
  modelBytes: Partial<Record<Representation, number>>,
  reps: readonly Representation[],
) {
  return dataBytes + reps.reduce((s, r) => s + (modelBytes[r] ?? 0), 0);
}
