/**
 * Numbers the clustering chapter states about its data sets, computed from
 * this core at build time (and by the chapter's tests), never typed in.
 */
import { adjustedRandIndex } from './metrics';
import { silhouette } from './metrics';
import { emTrace, eStep } from './em';
import { kmeans } from './lloyd';
import { lloydTrace } from './lloyd';
import { DATASET_NAMES, makeDataSet, type DataSetName } from './datasets';

/** The figures draw every data set with this seed; held-out points use the next one. */
export const DATA_SEED = 1;
const RESTARTS = 10;
const EM_ITERATIONS = 150;
const EM_SEEDS = 5;

/** The hard clustering of the best of several EM runs (by training log-likelihood). */
function bestEm(name: DataSetName, k: number) {
  const { points } = makeDataSet(name, DATA_SEED);
  let best = emTrace(points, k, 1, EM_ITERATIONS).at(-1)!;
  for (let s = 2; s <= EM_SEEDS; s++) {
    const run = emTrace(points, k, s, EM_ITERATIONS).at(-1)!;
    if (run.logLik > best.logLik) best = run;
  }
  return best;
}

function hard(resp: Float64Array, n: number, k: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let b = 0;
    for (let c = 1; c < k; c++) if ((resp[i * k + c] as number) > (resp[i * k + b] as number)) b = c;
    out[i] = b;
  }
  return out;
}

export interface FailureRow {
  name: DataSetName;
  groups: number;
  kmeansAri: number;
  emAri: number;
}

/** k-means (k-means++, best of 10) and EM (best of 5 seeds) against the generating groups, K = the number of groups. */
export function failureRows(): FailureRow[] {
  return DATASET_NAMES.map((name) => {
    const set = makeDataSet(name, DATA_SEED);
    const km = kmeans(set.points, set.groups, { seed: 1, restarts: RESTARTS });
    const em = bestEm(name, set.groups);
    return {
      name,
      groups: set.groups,
      kmeansAri: adjustedRandIndex(km.labels, set.classes),
      emAri: adjustedRandIndex(hard(em.resp, set.points.n, set.groups), set.classes),
    };
  });
}

export interface ChoiceRow {
  k: number;
  objective: number;
  silhouette: number;
  /** Mean log-likelihood per point of held-out points (a fresh draw of the same data set). */
  heldOut: number;
}

/** Elbow, silhouette and held-out likelihood for K = 1 … maxK on one data set. */
export function choiceRows(name: DataSetName, maxK = 6): ChoiceRow[] {
  const { points } = makeDataSet(name, DATA_SEED);
  const test = makeDataSet(name, DATA_SEED + 1).points;
  return Array.from({ length: maxK }, (_, i) => {
    const k = i + 1;
    const km = kmeans(points, k, { seed: 1, restarts: RESTARTS });
    const em = bestEm(name, k);
    return {
      k,
      objective: km.objective,
      silhouette: silhouette(points, km.labels, k),
      heldOut: eStep(test, em.mixture).logLik / test.n,
    };
  });
}

/** The first seed whose random initialisation leaves Lloyd's algorithm in a worse fixed point than the best seed's. */
export function localMinimum(
  name: DataSetName,
  k: number,
  maxSeed = 50,
): { seed: number; steps: number; objective: number; best: number } | null {
  const { points } = makeDataSet(name, DATA_SEED);
  const runs = Array.from({ length: maxSeed }, (_, i) => {
    const t = lloydTrace(points, k, 'random', i + 1, 400);
    return { seed: i + 1, steps: t.length - 1, objective: t.at(-1)!.objective as number };
  });
  const best = Math.min(...runs.map((r) => r.objective));
  const worse = runs.find((r) => r.objective > best * (1 + 1e-6));
  return worse ? { ...worse, best } : null;
}
