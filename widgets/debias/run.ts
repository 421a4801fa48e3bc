/**
 * The debiasing figure's whole computation, in time-boxed slices (../lib/schedule)
 * so that no task holds the page for long: the table is neutralised a block of
 * rows at a time, then the analogies, the pool and its neighbourhoods one item at
 * a time. The results are those of the one-shot functions in ./core.
 */
import type { Embeddings } from '../lib/embeddings/core';
import { runSliced, type SliceOptions } from '../lib/schedule';
import {
  DEBIAS_ANALOGIES,
  analogyRow,
  analogyWords,
  debiasPlan,
  finishDebias,
  neutralizeRows,
  poolFromProjections,
  professionExtremes,
  projectRows,
  sheShareOfNeighbours,
  summariseShares,
  type AnalogyRow,
  type DebiasDirection,
  type Debiased,
  type GenderPool,
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

/** Rows per item when a pass goes over the whole table: a few milliseconds of work each. */
export const ROW_BLOCK = 1000;

/** How far the computation is, for the figure's progress line. */
export interface DebiasProgress {
  step: 'debiasing' | 'analogies' | 'pool' | 'neighbourhoods';
  done: number;
  total: number;
}

export interface DebiasRunOptions {
  signal?: AbortSignal;
  onProgress?: (p: DebiasProgress) => void;
}

interface TableWork {
  work: Promise<Debiased>;
  /** Every run waiting for this table hears its progress. */
  listeners: Set<(p: DebiasProgress) => void>;
}
const tables = new WeakMap<Embeddings, Map<DebiasDirection, TableWork>>();

function blocks(count: number): number[] {
  return Array.from({ length: Math.ceil(count / ROW_BLOCK) }, (_, b) => b * ROW_BLOCK);
}

/**
 * The debiased table, computed once per table and direction. It is shared by
 * later runs, so it is finished even if the run that started it is aborted; a
 * failure is not kept.
 */
async function debiased(emb: Embeddings, dir: DebiasDirection, onProgress?: (p: DebiasProgress) => void): Promise<Debiased> {
  let byDir = tables.get(emb);
  if (!byDir) tables.set(emb, (byDir = new Map()));
  let entry = byDir.get(dir);
  if (!entry) {
    const listeners = new Set<(p: DebiasProgress) => void>();
    const work = (async () => {
      const plan = debiasPlan(emb, dir);
      const unit = Float32Array.from(emb.unit);
      const counts = await runSliced(
        blocks(emb.words.length),
        (from) => neutralizeRows(emb, unit, plan, from, from + ROW_BLOCK),
        {
          yieldFirst: true,
          onProgress: (done, total) => listeners.forEach((l) => l({ step: 'debiasing', done, total })),
        },
      );
      return finishDebias(
        emb,
        unit,
        plan,
        counts.reduce((x, y) => x + y, 0),
      );
    })();
    const e: TableWork = { work, listeners };
    byDir.set(dir, e);
    work.then(
      () => listeners.clear(),
      () => byDir.delete(dir),
    );
    entry = e;
  }
  if (onProgress) entry.listeners.add(onProgress);
  try {
    return await entry.work;
  } finally {
    if (onProgress) entry.listeners.delete(onProgress);
  }
}

interface Derived {
  analogies: AnalogyRow[];
  pool: GenderPool;
}
/** What depends only on the table and the pool size, kept per table so a new k or n only recounts neighbourhoods. */
const derivedOf = new WeakMap<Debiased, Map<number, Derived>>();

async function derived(d: Debiased, perSide: number, step: (name: DebiasProgress['step']) => SliceOptions): Promise<Derived> {
  let bySize = derivedOf.get(d);
  if (!bySize) derivedOf.set(d, (bySize = new Map()));
  const known = bySize.get(perSide);
  if (known) return known;
  // Each analogy in each table as one item: a pass over the whole table.
  const answers = await runSliced(
    DEBIAS_ANALOGIES.flatMap((p) => [d.before, d.after].map((table) => ({ p, table }))),
    ({ p, table }) => analogyWords(table, p),
    step('analogies'),
  );
  const analogies = DEBIAS_ANALOGIES.map((p, i) => analogyRow(p, answers[2 * i] ?? [], answers[2 * i + 1] ?? []));
  const parts = await runSliced(blocks(d.before.words.length), (from) => projectRows(d, from, from + ROW_BLOCK), step('pool'));
  const result = { analogies, pool: poolFromProjections(parts.flat(), perSide) };
  bySize.set(perSide, result);
  return result;
}

export async function runDebias(
  emb: Embeddings,
  dir: DebiasDirection,
  n: number,
  k: number,
  perSide: number,
  options: DebiasRunOptions = {},
): Promise<DebiasReport> {
  const { signal, onProgress } = options;
  const t0 = performance.now();
  const d = await debiased(emb, dir, onProgress);
  signal?.throwIfAborted();
  const step = (name: DebiasProgress['step']): SliceOptions => ({
    ...(signal ? { signal } : {}),
    yieldFirst: true,
    onProgress: (done, total) => onProgress?.({ step: name, done, total }),
  });
  const { analogies, pool } = await derived(d, perSide, step);
  // Each pool word's neighbourhood, before and after, as one item.
  const shares = await runSliced(
    pool.indices,
    (i) => [sheShareOfNeighbours(d.before, i, pool, k), sheShareOfNeighbours(d.after, i, pool, k)] as const,
    step('neighbourhoods'),
  );
  const extremes = professionExtremes(d, n);
  const rows = [...extremes.she, ...extremes.he].map((r) => ({
    ...r,
    sheShareBefore: sheShareOfNeighbours(d.before, r.index, pool, k),
    sheShareAfter: sheShareOfNeighbours(d.after, r.index, pool, k),
    kept: d.kept.has(r.index),
  }));
  return {
    neutralizedCount: d.neutralizedCount,
    rows,
    analogies,
    poolBefore: summariseShares(
      shares.map((s) => s[0]),
      pool,
    ),
    poolAfter: summariseShares(
      shares.map((s) => s[1]),
      pool,
    ),
    ms: performance.now() - t0,
  };
}
