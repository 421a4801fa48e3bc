/**
 * The figure's computation: EM and k-means on the same seeded points, and what
 * the readout says about them. The numbers come from widgets/lib/clustering.
 */
import {
  adjustedRandIndex,
  emTrace,
  kmeans,
  logGaussian2,
  makeDataSet,
  mostLikely,
  type Component,
  type DataSet,
  type DataSetName,
  type EmStep,
  type KMeansFit,
} from '../lib/clustering';

/** The data sets are drawn with one fixed seed, the same as in the k-means figure. */
export const DATA_SEED = 1;

export interface EmView {
  set: DataSet;
  trace: EmStep[];
  kmeans: KMeansFit;
}

export function computeView(data: DataSetName, k: number, seed: number, steps: number): EmView {
  const set = makeDataSet(data, DATA_SEED);
  return {
    set,
    trace: emTrace(set.points, k, seed, steps),
    // k-means++ from the same seed as EM's starting means, run to convergence.
    kmeans: kmeans(set.points, k, { init: 'kmeans++', seed }),
  };
}

/** Run stops after an iteration that raises the log-likelihood by less than this. */
export const RUN_TOLERANCE = 1e-4;

/** True when Run should stop at this view: the last iteration gained less than RUN_TOLERANCE. */
export function settled(view: EmView): boolean {
  const t = view.trace.length - 1;
  return t > 1 && view.trace[t]!.logLik - view.trace[t - 1]!.logLik < RUN_TOLERANCE;
}

/** Each point's component of largest responsibility: the mixture's hard clustering. */
export function hardLabels(resp: Float64Array, n: number, k: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if ((resp[i * k + c] as number) > (resp[i * k + best] as number)) best = c;
    out[i] = best;
  }
  return out;
}

/** Adjusted Rand index of the mixture's hard clustering and of k-means against the generating groups. */
export function agreement(view: EmView, k: number): { em: number; kmeans: number } {
  const last = view.trace[view.trace.length - 1]!;
  const n = view.set.points.n;
  return {
    em: adjustedRandIndex(hardLabels(last.resp, n, k), view.set.classes),
    kmeans: adjustedRandIndex(view.kmeans.labels, view.set.classes),
  };
}

/** Responsibilities of every component for a new point, and the component it is assigned to. */
export function assignPoint(mix: readonly Component[], x: number, y: number): { resp: number[]; best: number } {
  const logs = mix.map((c) => (c.weight > 0 ? Math.log(c.weight) + logGaussian2(c, x, y) : -Infinity));
  const max = Math.max(...logs);
  const w = logs.map((v) => Math.exp(v - max));
  const total = w.reduce((a, b) => a + b, 0);
  return { resp: w.map((v) => v / total), best: mostLikely(mix, x, y) };
}

/** Points of the ellipse at Mahalanobis distance r around a component's mean. */
export function ellipse(c: Component, r: number, segments = 64): [number, number][] {
  const [a, b, d] = c.cov;
  const mid = (a + d) / 2;
  const rad = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const l1 = mid + rad;
  const l2 = Math.max(0, mid - rad);
  const theta = 0.5 * Math.atan2(2 * b, a - d);
  const [ux, uy] = [Math.cos(theta), Math.sin(theta)];
  const out: [number, number][] = [];
  for (let s = 0; s <= segments; s++) {
    const phi = (2 * Math.PI * s) / segments;
    const p = r * Math.sqrt(l1) * Math.cos(phi);
    const q = r * Math.sqrt(l2) * Math.sin(phi);
    out.push([c.mean[0] + p * ux - q * uy, c.mean[1] + p * uy + q * ux]);
  }
  return out;
}

/** The colour of a point: the components' colours mixed in proportion to its responsibilities. */
export function mixColour(colours: readonly string[], resp: ArrayLike<number>, offset: number, k: number): string {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let c = 0; c < k; c++) {
    const w = resp[offset + c] as number;
    const hex = colours[c % colours.length] as string;
    r += w * parseInt(hex.slice(1, 3), 16);
    g += w * parseInt(hex.slice(3, 5), 16);
    b += w * parseInt(hex.slice(5, 7), 16);
  }
  const h = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}
