/**
 * Lloyd's algorithm, as a trace of half-steps (for a figure that steps through
 * it) and as a fit to convergence with seeded restarts (for real data).
 */
import { assignStep, initCentres, objective, updateStep, type Centres, type Init } from './kmeans';
import type { Points } from './points';

export type StepKind = 'init' | 'assign' | 'update';

export interface Snapshot {
  kind: StepKind;
  centres: Centres;
  /** null before the first assignment. */
  labels: Int32Array | null;
  /** The objective J(labels, centres); null before the first assignment. */
  objective: number | null;
  /** Points that changed cluster in this assignment step (0 for other steps). */
  changed: number;
  /** Clusters left empty by this update step. */
  empty: number[];
}

/**
 * The state after init and after each of up to `halfSteps` further steps,
 * alternating Assign and Update. It ends early when an assignment moves no
 * point: from then on nothing changes, and the algorithm has converged.
 */
export function lloydTrace(X: Points, k: number, init: Init, seed: number, halfSteps: number): Snapshot[] {
  const first: Snapshot = {
    kind: 'init',
    centres: initCentres(X, k, init, seed),
    labels: null,
    objective: null,
    changed: 0,
    empty: [],
  };
  const out = [first];
  let cur = first;
  for (let s = 0; s < halfSteps; s++) {
    if (converged(out)) break;
    cur = nextStep(X, k, cur);
    out.push(cur);
  }
  return out;
}

/** One half-step after `cur`: an assignment after init or update, an update after an assignment. */
export function nextStep(X: Points, k: number, cur: Snapshot): Snapshot {
  if (cur.kind === 'assign' && cur.labels) {
    const { centres, empty } = updateStep(X, cur.labels, cur.centres, k);
    return { kind: 'update', centres, labels: cur.labels, objective: objective(X, cur.labels, centres), changed: 0, empty };
  }
  const { labels, changed } = assignStep(X, cur.centres, k, cur.labels ?? undefined);
  return { kind: 'assign', centres: cur.centres, labels, objective: objective(X, labels, cur.centres), changed, empty: [] };
}

/** True when the last step was an assignment that moved no point (after at least one update). */
export function converged(trace: readonly Snapshot[]): boolean {
  const last = trace[trace.length - 1];
  return trace.length > 2 && last?.kind === 'assign' && last.changed === 0;
}

export interface KMeansFit {
  centres: Centres;
  labels: Int32Array;
  objective: number;
  /** Update steps taken by the best restart. */
  iterations: number;
  converged: boolean;
  /** Seed of the best restart. */
  seed: number;
  /** Final objective of every restart, in order. */
  objectives: number[];
}

export interface KMeansOptions {
  init?: Init;
  seed?: number;
  /** Independent runs from seeds seed, seed+1, …; the lowest objective wins. */
  restarts?: number;
  maxIter?: number;
}

/** k-means to convergence (or maxIter updates), best of several seeded restarts. */
export function kmeans(X: Points, k: number, options: KMeansOptions = {}): KMeansFit {
  const { init = 'kmeans++', seed = 1, restarts = 1, maxIter = 300 } = options;
  let best: KMeansFit | null = null;
  const objectives: number[] = [];
  for (let r = 0; r < Math.max(1, restarts); r++) {
    const runSeed = seed + r;
    let centres = initCentres(X, k, init, runSeed);
    let { labels } = assignStep(X, centres, k);
    let iterations = 0;
    let done = false;
    while (iterations < maxIter) {
      centres = updateStep(X, labels, centres, k).centres;
      iterations++;
      const next = assignStep(X, centres, k, labels);
      labels = next.labels;
      if (next.changed === 0) {
        done = true;
        break;
      }
    }
    const J = objective(X, labels, centres);
    objectives.push(J);
    if (!best || J < best.objective)
      best = { centres, labels, objective: J, iterations, converged: done, seed: runSeed, objectives };
  }
  return { ...best!, objectives };
}
