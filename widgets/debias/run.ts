/** The debiasing figure's whole computation, in steps with a yield between them so the page stays responsive. */
import type { Embeddings } from '../lib/embeddings/core';
import {
  analogiesBeforeAfter,
  debiasTable,
  genderPool,
  poolSummary,
  professionExtremes,
  sheShareOfNeighbours,
  type AnalogyRow,
  type DebiasDirection,
  type Debiased,
  type PoolSummary,
  type ProbeRow,
} from './core';

export interface NeighbourRow extends ProbeRow {
  sheShareBefore: number;
  sheShareAfter: number;
  kept: boolean;
}

export interface DebiasReport {
  neutralizedCount: number;
  rows: NeighbourRow[];
  analogies: AnalogyRow[];
  poolBefore: PoolSummary;
  poolAfter: PoolSummary;
  ms: number;
}

const tables = new WeakMap<Embeddings, Map<DebiasDirection, Debiased>>();
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runDebias(
  emb: Embeddings,
  dir: DebiasDirection,
  n: number,
  k: number,
  perSide: number,
  isLive: () => boolean,
): Promise<DebiasReport | null> {
  const t0 = performance.now();
  let byDir = tables.get(emb);
  if (!byDir) tables.set(emb, (byDir = new Map()));
  let d = byDir.get(dir);
  if (!d) {
    await pause();
    d = debiasTable(emb, dir);
    byDir.set(dir, d);
  }
  await pause();
  if (!isLive()) return null;
  const extremes = professionExtremes(d, n);
  const analogies = analogiesBeforeAfter(d);
  const pool = genderPool(d, perSide);
  await pause();
  if (!isLive()) return null;
  const poolBefore = poolSummary(d.before, pool, k);
  await pause();
  if (!isLive()) return null;
  const poolAfter = poolSummary(d.after, pool, k);
  const table = d;
  const rows = [...extremes.she, ...extremes.he].map((r) => ({
    ...r,
    sheShareBefore: sheShareOfNeighbours(table.before, r.index, pool, k),
    sheShareAfter: sheShareOfNeighbours(table.after, r.index, pool, k),
    kept: table.kept.has(r.index),
  }));
  return { neutralizedCount: d.neutralizedCount, rows, analogies, poolBefore, poolAfter, ms: performance.now() - t0 };
}
