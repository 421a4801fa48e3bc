/**
 * The few-labels experiment as its model card stores it (`fewLabels` in
 * public/models/simclr-d128/card.json, written by scripts/models/few-labels.ts): one row per
 * method and label count, with the held-out accuracy over seeded label draws. The chapter
 * quotes it through these functions, so that its prose and table cannot drift from the card.
 */
export interface FewLabelsRow {
  method: string;
  labels: number;
  accuracy: { mean: number; sd: number; min: number; max: number; draws: number };
}

export interface FewLabels {
  labelCounts: number[];
  draws: number;
  rows: FewLabelsRow[];
}

/** The card that holds the whole table (the rotation model's card holds its own rows only). */
export const FEW_LABELS_CARD = 'simclr-d128';

/** The methods in the order the book lists them, with what each one is. */
export const FEW_LABELS_METHODS: readonly { method: string; name: string }[] = [
  { method: 'pixels', name: 'probe: pixels' },
  { method: 'pca-16', name: 'probe: PCA-16' },
  { method: 'ae-d16', name: 'probe: ae-d16' },
  { method: 'vae-d16', name: 'probe: vae-d16' },
  { method: 'rotation-d128', name: 'probe: rotation-d128' },
  { method: 'simclr-d128', name: 'probe: simclr-d128' },
  { method: 'end-to-end', name: 'from scratch' },
  { method: 'fine-tuned', name: 'fine-tuned simclr-d128' },
];

export type FewLabelsStat = 'mean' | 'sd' | 'min' | 'max' | 'draws';

/** The card's `fewLabels` section, checked for the fields the book reads. */
export function fewLabelsOf(card: unknown): FewLabels {
  const few = (card as { fewLabels?: Partial<FewLabels> } | null)?.fewLabels;
  if (!few || !Array.isArray(few.rows) || !Array.isArray(few.labelCounts) || typeof few.draws !== 'number')
    throw new Error(`the card of ${FEW_LABELS_CARD} has no fewLabels table (rows, labelCounts, draws)`);
  return few as FewLabels;
}

/** One number of the table: a method's accuracy statistic at a label count. An absent row is an error naming both. */
export function fewLabelsValue(few: FewLabels, method: string, labels: number, stat: FewLabelsStat = 'mean'): number {
  const row = few.rows.find((r) => r.method === method && r.labels === labels);
  const value = row?.accuracy[stat];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`the few-labels table has no ${stat} for method "${method}" at ${labels} labels`);
  return value;
}

/** The method with the highest mean accuracy at a label count. */
export function bestAt(few: FewLabels, labels: number): string {
  const rows = few.rows.filter((r) => r.labels === labels);
  if (rows.length === 0) throw new Error(`the few-labels table has no rows at ${labels} labels`);
  return rows.reduce((a, b) => (b.accuracy.mean > a.accuracy.mean ? b : a)).method;
}

/** A share as the table prints it: "86.0 ± 1.7" (percentages), the spread left out for a single draw. */
export function meanSd(row: FewLabelsRow, digits = 1): string {
  const m = (100 * row.accuracy.mean).toFixed(digits);
  return row.accuracy.draws > 1 ? `${m} ± ${(100 * row.accuracy.sd).toFixed(digits)}` : m;
}
