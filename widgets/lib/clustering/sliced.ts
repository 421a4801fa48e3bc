/**
 * k-means with restarts, run in slices that give the page back between them
 * (../schedule.ts): one item is the seeding and first assignment of a restart,
 * or one Lloyd iteration (update, then assign). It takes exactly the steps of
 * `kmeans` in ./lloyd.ts, so it returns the same fit; only the waiting differs.
 */
import { runSliced, type SliceOptions } from '../schedule';
import { assignStep, initCentres, objective, updateStep, type Centres } from './kmeans';
import type { KMeansFit, KMeansOptions } from './lloyd';
import type { Points } from './points';

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

export async function kmeansSliced(
  X: Points,
  k: number,
  options: KMeansOptions = {},
  slice: KMeansSliceOptions = {},
): Promise<KMeansFit> {
  const { init = 'kmeans++', seed = 1, restarts = 1, maxIter = 300 } = options;
  const { onProgress, ...sliceOptions } = slice;
  const runs = Math.max(1, restarts);
  let best: KMeansFit | null = null;
  const objectives: number[] = [];
  for (let r = 0; r < runs; r++) {
    const runSeed = seed + r;
    let centres: Centres = new Float64Array(0);
    let labels: Int32Array = new Int32Array(0);
    let iterations = 0;
    let done = false;
    // Item 0 seeds; item i ≥ 1 is update step i, a no-op once the restart has converged.
    const items = Array.from({ length: maxIter + 1 }, (_, i) => i);
    await runSliced(
      items,
      (i) => {
        if (i === 0) {
          centres = initCentres(X, k, init, runSeed);
          labels = assignStep(X, centres, k).labels;
          return;
        }
        if (done) return;
        centres = updateStep(X, labels, centres, k).centres;
        iterations++;
        const next = assignStep(X, centres, k, labels);
        labels = next.labels;
        if (next.changed === 0) done = true;
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
