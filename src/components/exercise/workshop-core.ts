/**
 * The pure steps behind the workshop exercises of "Where to go next": which digit an exercise
 * asks about, what a figure shows for it, and the link that opens the figure in that view. The
 * numbers themselves come from the figures' own cores (workshop.ts feeds them the shipped files).
 */
import { writeSearch, type Schema } from '~/lib/url-state';
import { neighboursOf, vote, type NeighbourTable } from '~/widgets/retrieval/core';

/** A figure's view: the figure's id and the query string that restores its state. */
export interface FigureView {
  figure: string;
  search: string;
}

/** The view of `state`, written as the figure's own Copy link writes it (defaults left out). */
export function viewOf<S>(figure: string, schema: Schema<S>, state: S): FigureView {
  return { figure, search: writeSearch(figure, schema, state, '') };
}

/** A figure's address ("/part-2/x/#knn") with a view's query put before the anchor. */
export function viewHref(figureHref: string, view: FigureView): string {
  const hash = figureHref.indexOf('#');
  const page = hash < 0 ? figureHref : figureHref.slice(0, hash);
  return `${page}${view.search}#${view.figure}`;
}

/** The smallest k in [1, kMax] at which PCA's error falls below `target`, or undefined if it never does. */
export function componentsToMatch(pcaError: (k: number) => number, target: number, kMax: number): number | undefined {
  for (let k = 1; k <= kMax; k++) if (pcaError(k) < target) return k;
  return undefined;
}

/** What the retrieval figure shows for query i at k: how many neighbours share its label, and the vote. */
export function neighbourhood(t: NeighbourTable, labels: ArrayLike<number>, i: number, k: number) {
  const near = neighboursOf(t, i, k).map((nb) => labels[nb.index] as number);
  const own = labels[i] as number;
  return { label: own, same: near.filter((l) => l === own).length, vote: vote(near) };
}

/**
 * The first digit of class `label` that the vote of its k nearest neighbours gets wrong in one
 * space (`worse`) and right in another (`better`): a query on which the two spaces disagree.
 */
export function firstDisagreement(
  worse: NeighbourTable,
  better: NeighbourTable,
  labels: ArrayLike<number>,
  label: number,
  k: number,
): number | undefined {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    if (neighbourhood(worse, labels, i, k).vote !== label && neighbourhood(better, labels, i, k).vote === label) return i;
  }
  return undefined;
}

/** The k in [1, kMax] with the highest accuracy; the smallest such k on a tie. */
export function bestK(accuracy: (k: number) => number, kMax: number): { k: number; accuracy: number } {
  let best = { k: 1, accuracy: accuracy(1) };
  for (let k = 2; k <= kMax; k++) {
    const a = accuracy(k);
    if (a > best.accuracy) best = { k, accuracy: a };
  }
  return best;
}

/**
 * The share of a detector's flags that are real anomalies when a fraction `baseRate` of the
 * items are anomalous: its true-positive rate weighed against its false-positive rate.
 */
export function precisionAtBaseRate(tpr: number, fpr: number, baseRate: number): number {
  if (!(baseRate > 0 && baseRate < 1)) throw new RangeError('The base rate must lie strictly between 0 and 1.');
  const real = tpr * baseRate;
  const flagged = real + fpr * (1 - baseRate);
  if (flagged === 0) throw new RangeError('A detector that flags nothing has no precision.');
  return real / flagged;
}

/** The name, among several, of the one with the smallest value (the first on a tie). */
export function argMin<T extends string>(values: Record<T, number>): T {
  const names = Object.keys(values) as T[];
  return names.reduce((a, b) => (values[b] < values[a] ? b : a));
}

/** The name, among several, of the one with the largest value (the first on a tie). */
export function argMax<T extends string>(values: Record<T, number>): T {
  const names = Object.keys(values) as T[];
  return names.reduce((a, b) => (values[b] > values[a] ? b : a));
}
