/**
 * Disaggregated evaluation of a digit model: its held-out metric per class, per
 * factor bin and per class × factor bin, read from its model card or
 * recomputed from per-digit scores with the cards' own code
 * (widgets/lib/models/factors.ts, widgets/lib/models/disaggregate.ts). Pure; no TF.js, no DOM.
 */
import { disaggregate, type CrossStat, type Disaggregated, type GroupStat } from '../lib/models/disaggregate';
import { binAll, FACTORS, terciles, type FactorId } from '../lib/models/factors';
import { thresholdExceededBy } from '../lib/models/scoring';

/** The digit models whose cards report reconstruction MSE per subgroup. */
export const DISAGG_MODELS = ['ae-d16', 'ae-d2', 'dae-d16', 'pca'] as const;
export type DisaggModelId = (typeof DISAGG_MODELS)[number];

export type MetricId = 'mse' | 'flag';

/** What a figure needs of one card: its factor thresholds, its table, and its decision threshold if it has one. */
export interface CardSummary {
  readonly id: string;
  readonly heldOut: number;
  readonly factorThresholds: Record<FactorId, readonly [number, number]>;
  readonly mse: Disaggregated;
  /** The anomaly scorers' threshold on the error, and the false-positive rate the card reports at it. */
  readonly decision?: { readonly threshold: number; readonly falsePositiveRate: number };
}

interface CardJson {
  id: string;
  factors: { definitions: { id: FactorId; thresholds: [number, number] }[] };
  quantitativeAnalyses: {
    metric: string;
    overall: Disaggregated['overall'];
    unitary: { class: GroupStat[] } & Record<string, GroupStat[]>;
    intersectional: Record<string, CrossStat[]>;
  };
  decisionThresholds?: { threshold: number; falsePositiveRate: number; heldOutDigits: number }[];
}

/** The parts of a card.json the figure shows; an error names what is missing. */
export function summaryFromCard(card: unknown): CardSummary {
  const c = card as CardJson;
  const qa = c.quantitativeAnalyses;
  if (!qa || qa.metric !== 'mse') throw new Error(`the card of ${String(c.id)} has no per-subgroup mse`);
  const factorThresholds = Object.fromEntries(
    FACTORS.map((f) => {
      const d = c.factors.definitions.find((x) => x.id === f.id);
      if (!d) throw new Error(`the card of ${c.id} has no factor ${f.id}`);
      return [f.id, d.thresholds];
    }),
  ) as Record<FactorId, [number, number]>;
  const { class: byClass, ...byFactor } = qa.unitary;
  const dt = c.decisionThresholds?.[0];
  return {
    id: c.id,
    heldOut: qa.overall.count,
    factorThresholds,
    mse: { overall: qa.overall, byClass, byFactor, byClassAndFactor: qa.intersectional },
    ...(dt && { decision: { threshold: dt.threshold, falsePositiveRate: dt.falsePositiveRate } }),
  };
}

/**
 * The decision threshold measured again from the errors, as the card measured it. Not the card's
 * printed number: that is rounded to 6 figures, and the digit whose error defines the threshold
 * sits exactly on it, so rounding down would flag that digit too.
 */
export function flagThreshold(errors: ArrayLike<number>): number {
  return thresholdExceededBy(errors);
}

/** Each digit's value of the metric: its error, or 1 when the error is above the threshold (flagged) and 0 if not. */
export function perDigitValues(metric: MetricId, errors: ArrayLike<number>, threshold?: number): Float64Array {
  if (metric === 'mse') return Float64Array.from(errors);
  if (threshold === undefined) throw new Error('a flag rate needs a decision threshold');
  return Float64Array.from(errors, (e) => (e > threshold ? 1 : 0));
}

/** The factors binned at the card's thresholds, and the metric aggregated over every grouping. */
export function liveTable(
  values: ArrayLike<number>,
  labels: ArrayLike<number>,
  factorValues: Record<FactorId, ArrayLike<number>>,
  thresholds: Record<FactorId, readonly [number, number]>,
): Disaggregated {
  return disaggregate(
    values,
    labels,
    FACTORS.map((f) => ({ id: f.id, names: f.bins, bins: binAll(factorValues[f.id], thresholds[f.id]) })),
  );
}

/** The tercile thresholds the card would write for these factor values (rounded as the card rounds). */
export function liveThresholds(factorValues: Record<FactorId, ArrayLike<number>>): Record<FactorId, [number, number]> {
  const round = (x: number) => Number(x.toPrecision(6));
  return Object.fromEntries(FACTORS.map((f) => [f.id, terciles(factorValues[f.id]).map(round)])) as Record<
    FactorId,
    [number, number]
  >;
}

export const ALL = 'all';

/** One cell of the heat map: a class (or all) × a factor bin (or all). */
export interface HeatCell {
  readonly row: string;
  readonly col: string;
  readonly count: number;
  readonly mean: number | null;
  readonly kind: 'cross' | 'class' | 'bin' | 'overall';
}

/** Every cell of the heat map: 10 classes × 3 bins, each class's and each bin's margin, and the overall corner. */
export function heatCells(table: Disaggregated, factor: FactorId): HeatCell[] {
  const cross = table.byClassAndFactor[factor];
  const bins = table.byFactor[factor];
  if (!cross || !bins) throw new Error(`no factor ${factor} in the table`);
  return [
    ...cross.map((c) => ({ row: c.class, col: c.bin, count: c.count, mean: c.mean, kind: 'cross' as const })),
    ...table.byClass.map((c) => ({ row: c.group, col: ALL, count: c.count, mean: c.mean, kind: 'class' as const })),
    ...bins.map((b) => ({ row: ALL, col: b.group, count: b.count, mean: b.mean, kind: 'bin' as const })),
    { row: ALL, col: ALL, count: table.overall.count, mean: table.overall.mean, kind: 'overall' as const },
  ];
}

/** Fewer digits than this in a cell make its mean too noisy to call it the weakest. */
export const MIN_COUNT = 10;

/** The class × bin cell with the worst (highest) metric among those with at least MIN_COUNT digits; first on a tie. */
export function weakestCell(cells: readonly HeatCell[], minCount = MIN_COUNT): HeatCell | null {
  let worst: HeatCell | null = null;
  for (const c of cells) {
    if (c.kind !== 'cross' || c.count < minCount || c.mean === null) continue;
    if (!worst || c.mean > (worst.mean as number)) worst = c;
  }
  return worst;
}

/** The card writes means to 6 significant figures; live float32 arithmetic on another backend differs in the last ones. */
export const AGREE_REL = 1e-3;

export interface Agreement {
  /** Every cell has the same count of digits. */
  readonly countsEqual: boolean;
  /** The largest |live − reference| / |reference| over the cells. */
  readonly maxRelDiff: number;
  readonly agree: boolean;
}

/** Whether two heat maps show the same numbers: equal counts, means within AGREE_REL. */
export function compareCells(live: readonly HeatCell[], ref: readonly HeatCell[], rel = AGREE_REL): Agreement {
  const key = (c: HeatCell) => `${c.row}|${c.col}`;
  const byKey = new Map(ref.map((c) => [key(c), c]));
  let countsEqual = live.length === ref.length;
  let maxRelDiff = 0;
  for (const c of live) {
    const r = byKey.get(key(c));
    if (!r || r.count !== c.count) {
      countsEqual = false;
      continue;
    }
    if (r.mean === null || c.mean === null) {
      if (r.mean !== c.mean) maxRelDiff = Infinity;
      continue;
    }
    const d = Math.abs(c.mean - r.mean);
    maxRelDiff = Math.max(maxRelDiff, d === 0 ? 0 : d / Math.max(Math.abs(r.mean), Number.MIN_VALUE));
  }
  return { countsEqual, maxRelDiff, agree: countsEqual && maxRelDiff <= rel };
}

/** How a cell's mean reads: the error to 4 decimals, or a flag rate as a percentage. */
export function formatMean(metric: MetricId, mean: number | null): string {
  if (mean === null) return '–';
  return metric === 'mse' ? mean.toFixed(4) : `${(mean * 100).toFixed(1)} %`;
}

export const METRIC_LABELS: Record<MetricId, string> = {
  mse: 'reconstruction error (MSE per pixel)',
  flag: 'flag rate at the card’s threshold',
};

/** The sentence that names the weakest subgroup against the overall number. */
export function weakestSentence(metric: MetricId, cells: readonly HeatCell[], factor: FactorId): string {
  const overall = cells.find((c) => c.kind === 'overall');
  const w = weakestCell(cells);
  if (!overall || !w) return 'No subgroup has enough digits to compare.';
  const what = metric === 'mse' ? 'error' : 'flag rate';
  return `Weakest subgroup: digit ${w.row} with ${w.col} ${factor} (${w.count} digits), ${what} ${formatMean(metric, w.mean)} against ${formatMean(metric, overall.mean)} overall.`;
}
