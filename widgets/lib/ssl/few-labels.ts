/**
 * The few-labels experiment of chapter 9, defined once for the script that fills the
 * cards and the figure that re-runs it: which label counts, which draws, which labels
 * each draw takes, and how a row of results is summarised.
 */
import { balancedDraw } from './probe';

/** Labels given to the probe: 1, 3, 10, 30 and 100 per class, then every training label. */
export const LABEL_COUNTS = [10, 30, 100, 300, 1000, 9000] as const;
export type LabelCount = (typeof LABEL_COUNTS)[number];

/** Seeded label draws per count (the count of all labels has only one: every draw is the same). */
export const DRAWS = 5;
export const DRAW_SEED = 900;

/** The training rows a draw labels: balanced per class, or all of them for the full count. */
export function labelledRows(labels: ArrayLike<number>, count: LabelCount, draw: number, classes = 10): number[] {
  if (count >= labels.length) return Array.from({ length: labels.length }, (_, i) => i);
  if (count % classes !== 0) throw new Error(`${count} labels cannot be split evenly over ${classes} classes`);
  return balancedDraw(labels, count / classes, DRAW_SEED + 1000 * count + draw, classes);
}

/** How many distinct draws a count has. */
export const drawsOf = (count: LabelCount, trainCount: number) => (count >= trainCount ? 1 : DRAWS);

export interface Summary {
  readonly mean: number;
  /** Sample standard deviation over the draws (0 for one draw). */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly draws: number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('nothing to summarise');
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) : 0;
  return { mean, sd, min: Math.min(...values), max: Math.max(...values), draws: values.length };
}
