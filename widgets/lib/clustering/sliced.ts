/**
 * k-means with restarts, run in slices that give the page back between them
 * (../schedule.ts). The items are the seeding of a restart, an update step,
 * and the assignment of one block of points (each point's nearest centre
 * depends on no other point, so a block at a time gives the same labels as all
 * at once). It takes exactly the steps of `kmeans` in ./lloyd.ts, so it returns
 * the same fit; only the waiting differs.
 */
import { runSliced, type SliceOptions } from '../schedule';
import { assignStep, initCentres, objective, updateStep, type Centres } from './kmeans';
import type { KMeansFit, KMeansOptions } from './lloyd';
import type { Points } from './points';

/** Points assigned per item: 250 × 784-d against 20 centres is a few ms. */
export const ASSIGN_BLOCK = 250;

export interface KMeansProgress {
  /** The restart under way, from 1. */
  restart: number;
  restarts: number;
  /** Update steps taken so far in this restart. */
  iteration: number;
}

export interface KMeansSliceOptions extends Omit<SliceOptions, 'onProgress'> {
  onProgress?: (p: KMeansProgress) => void;
}

type Item = { kind: 'init' } | { kind: 'update' } | { kind: 'assign'; start: number; end: number };

function rows(X: Points, start: number, end: number): Points {
  return { n: end - start, d: X.d, data: X.data.subarray(start * X.d, end * X.d) };
}

export async function kmeansSliced(
  X: Points,
  k: number,
  options: KMeansOptions = {},
  slice: KMeansSliceOptions = {},
): Promise<KMeansFit> {
  const { init = 'kmeans++', seed = 1, restarts = 1, maxIter = 300 } = options;
  const { onProgress, ...sliceOptions } = slice;
  const runs = Math.max(1, restarts);
  const blocks: Item[] = [];
  for (let s = 0; s < X.n; s += ASSIGN_BLOCK) blocks.push({ kind: 'assign', start: s, end: Math.min(X.n, s + ASSIGN_BLOCK) });
  // The seeding and first assignment, then up to maxIter Lloyd iterations; items after convergence do nothing.
  const items: Item[] = [{ kind: 'init' }, ...blocks];
  for (let i = 0; i < maxIter; i++) items.push({ kind: 'update' }, ...blocks);
  let best: KMeansFit | null = null;
  const objectives: number[] = [];
  for (let r = 0; r < runs; r++) {
    const runSeed = seed + r;
    let centres: Centres = new Float64Array(0);
    let labels: Int32Array = new Int32Array(X.n);
    let next: Int32Array = new Int32Array(X.n);
    let first = true;
    let changed = 0;
    let iterations = 0;
    let done = false;
    await runSliced(
      items,
      (item) => {
        if (done) return;
        if (item.kind === 'init') {
          centres = initCentres(X, k, init, runSeed);
        } else if (item.kind === 'update') {
          centres = updateStep(X, labels, centres, k).centres;
          iterations++;
          changed = 0;
        } else {
          const prev = first ? undefined : labels.subarray(item.start, item.end);
          const block = assignStep(rows(X, item.start, item.end), centres, k, prev);
          next.set(block.labels, item.start);
          changed += block.changed;
          if (item.end === X.n) {
            [labels, next] = [next, labels];
            if (!first && changed === 0) done = true;
            first = false;
          }
        }
      },
      {
        ...sliceOptions,
        yieldFirst: sliceOptions.yieldFirst || r > 0,
        onProgress: () => onProgress?.({ restart: r + 1, restarts: runs, iteration: iterations }),
      },
    );
    const J = objective(X, labels, centres);
    objectives.push(J);
    if (!best || J < best.objective)
      best = { centres, labels, objective: J, iterations, converged: done, seed: runSeed, objectives };
  }
  return { ...best!, objectives };
}
