/**
 * The figure's computation: the data set as the reader has edited it, and the
 * Lloyd trace for the state. Everything numeric comes from widgets/lib/clustering.
 */
import {
  clusterSizes,
  converged,
  lloydTrace,
  makeDataSet,
  type DataSetName,
  type Points,
  type Snapshot,
} from '../lib/clustering';
import { fixed } from '../lib/format';
import type { KmeansStepsState } from './state';

/** The data sets are drawn with one fixed seed; the figure's seed is the initialisation's. */
export const DATA_SEED = 1;

/** The data set's points as rows, the starting point of the reader's edits. */
export function dataRows(name: DataSetName): [number, number][] {
  const { points } = makeDataSet(name, DATA_SEED);
  return Array.from({ length: points.n }, (_, i) => [points.data[2 * i] as number, points.data[2 * i + 1] as number]);
}

export function toPoints(rows: readonly (readonly [number, number])[]): Points {
  const data = new Float64Array(rows.length * 2);
  rows.forEach(([x, y], i) => {
    data[2 * i] = x;
    data[2 * i + 1] = y;
  });
  return { n: rows.length, d: 2, data };
}

/** The rows without the point nearest to (x, y), if one lies within `radius`; else with (x, y) added. */
export function toggleAt(rows: readonly [number, number][], x: number, y: number, radius: number): [number, number][] {
  const i = nearestRow(rows, x, y);
  if (i >= 0 && Math.hypot(rows[i]![0] - x, rows[i]![1] - y) <= radius) return rows.filter((_, j) => j !== i);
  return [...rows, [x, y]];
}

/** Index of the row nearest to (x, y), or −1 for none. */
export function nearestRow(rows: readonly [number, number][], x: number, y: number): number {
  let best = -1;
  let bestD = Infinity;
  rows.forEach(([px, py], i) => {
    const dist = (px - x) ** 2 + (py - y) ** 2;
    if (dist < bestD) {
      bestD = dist;
      best = i;
    }
  });
  return best;
}

/** The trace for the state on these points: the initialisation, then `steps` half-steps or fewer if it converged. */
export function traceFor(points: Points, s: Pick<KmeansStepsState, 'k' | 'init' | 'seed' | 'steps'>): Snapshot[] {
  if (points.n === 0) return [];
  return lloydTrace(points, s.k, s.init, s.seed, s.steps);
}

/** Objective values of the trace, in order, for the readout and the chart (the init has none). */
export function objectives(trace: readonly Snapshot[]): { step: number; kind: 'assign' | 'update'; J: number }[] {
  return trace.flatMap((s, step) => (s.objective === null || s.kind === 'init' ? [] : [{ step, kind: s.kind, J: s.objective }]));
}

/** One sentence on where the algorithm is. */
export function describeStep(trace: readonly Snapshot[]): string {
  const last = trace[trace.length - 1];
  if (!last) return 'There are no points to cluster.';
  const step = trace.length - 1;
  if (last.kind === 'init') return 'Initialised: the centres are placed; no point is assigned yet. Next: Assign.';
  const updates = trace.filter((t) => t.kind === 'update').length;
  if (converged(trace)) return `Converged: step ${step} assigned no point to a new centre, after ${updates} updates.`;
  if (last.kind === 'assign')
    return `Step ${step}, assignment: ${last.changed} points moved to their nearest centre. Next: Update.`;
  const empty = last.empty.length ? ` Cluster ${last.empty.map((c) => c + 1).join(', ')} had no points and kept its centre.` : '';
  return `Step ${step}, update: every centre moved to the mean of its points.${empty} Next: Assign.`;
}

/** "1: 60, 2: 58, 3: 62" — the cluster sizes, numbered from 1. */
export function describeSizes(last: Snapshot | undefined, k: number): string {
  if (!last?.labels) return 'Not assigned yet.';
  return clusterSizes(last.labels, k)
    .map((n, c) => `${c + 1}: ${n}`)
    .join(', ');
}

/** The objective history as text (the chart's data, readable). */
export const describeHistory = (trace: readonly Snapshot[]) =>
  objectives(trace)
    .map((o) => fixed(o.J, 2))
    .join(', ');
