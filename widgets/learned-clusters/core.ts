/**
 * k-means on the held-out digits in four representations: raw pixels, the
 * first 16 PCA coefficients, the ae-d16 codes and the vae-d16 posterior means;
 * then, per cluster, its majority digit, purity, size and the digits nearest
 * its centre, and overall purity and adjusted Rand index against the labels
 * the clustering never saw. The same functions run in the page and at build
 * time; TF.js and the models come in as parameters.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import {
  aeEncoder,
  encodeAll as encodeAllWith,
  encodeBatch as encodeBatchWith,
  pcaEncoder,
  pixelPoints,
  vaeMeanEncoder,
  type EncodeFn,
} from '../lib/digits/encode';
import type { KMeansFit, KMeansOptions } from '../lib/clustering/lloyd';
import { sqDist, type Points } from '../lib/clustering/points';
import { adjustedRandIndex, purity } from '../lib/clustering/metrics';
import { fixed, percent } from '../lib/format';
import type { SliceOptions } from '../lib/schedule';

export const REPRESENTATIONS = ['pixels', 'pca16', 'ae16', 'vae16'] as const;
export type Representation = (typeof REPRESENTATIONS)[number];

export const REPRESENTATION_LABEL: Record<Representation, string> = {
  pixels: 'raw pixels (784-d)',
  pca16: 'PCA-16 coefficients',
  ae16: 'ae-d16 codes',
  vae16: 'vae-d16 means',
};

/** The shipped model behind each learned representation. */
export const REPRESENTATION_MODEL = { pca16: 'pca', ae16: 'ae-d16', vae16: 'vae-d16' } as const;

export const K_RANGE = { min: 2, max: 20, def: 10 } as const;
export const SEED_RANGE = { min: 1, max: 9999, def: 1 } as const;
/** Independent k-means++ runs from seeds seed, seed+1, …; the lowest objective wins. */
export const RESTARTS = 5;
export const PCA_COMPONENTS = 16;
/** Digits shown beside each cluster: those nearest its centre. */
export const STRIP = 8;

export function kmeansOptions(seed: number): KMeansOptions {
  return { init: 'kmeans++', seed, restarts: RESTARTS };
}

export type LearnedRepresentation = keyof typeof REPRESENTATION_MODEL;

/** What each learned representation asks of its model. */
export interface Encoders {
  pca16: { encode(x: TfCore.Tensor2D, k: number): TfCore.Tensor2D };
  ae16: { encode(x: TfCore.Tensor2D): TfCore.Tensor2D };
  vae16: { encode(x: TfCore.Tensor2D): { mean: TfCore.Tensor2D } };
}

export { pixelPoints };

function encoderFor<R extends LearnedRepresentation>(tf: typeof TfCore, rep: R, model: Encoders[R]): EncodeFn {
  if (rep === 'pca16') return pcaEncoder(model as Encoders['pca16'], PCA_COMPONENTS);
  if (rep === 'ae16') return aeEncoder(model as Encoders['ae16']);
  return vaeMeanEncoder(tf, model as Encoders['vae16']);
}

/**
 * One batch of digits through an encoder, as a tensor the caller reads and
 * disposes. The VAE sees the digits binarised at 0.5, as it was trained.
 */
export function encodeBatch<R extends LearnedRepresentation>(
  tf: typeof TfCore,
  rep: R,
  model: Encoders[R],
  pixels: Float32Array,
  n: number,
): TfCore.Tensor2D {
  return encodeBatchWith(tf, encoderFor(tf, rep, model), pixels, n);
}

/** Every digit through an encoder, a batch at a time (`widgets/lib/digits/encode.ts`). */
export function encodeAll<R extends LearnedRepresentation>(
  tf: typeof TfCore,
  run: <T>(fn: () => T) => T,
  rep: R,
  model: Encoders[R],
  pixels: Points,
  slice: Omit<SliceOptions, 'onProgress'> = {},
): Promise<Points> {
  return encodeAllWith(tf, run, encoderFor(tf, rep, model), pixels, slice);
}

export interface ClusterRow {
  /** The cluster's index in the fit. */
  cluster: number;
  size: number;
  /** Its most common digit (the smaller digit on a tie) and that digit's share of it. */
  majority: number;
  purity: number;
  /** Indices of the held-out digits nearest its centre, nearest first. */
  nearest: number[];
}

export interface ClusterSummary {
  k: number;
  seed: number;
  objective: number;
  purity: number;
  ari: number;
  /** Non-empty clusters, purest first (then larger first). */
  rows: ClusterRow[];
  /** Clusters that ended with no digits. */
  empty: number;
}

/** The indices of the `m` points nearest row c of the centres, nearest first (ties: lower index). */
export function nearestToCentre(X: Points, centres: ArrayLike<number>, c: number, m: number): number[] {
  const d = new Float64Array(X.n);
  for (let i = 0; i < X.n; i++) d[i] = sqDist(X.data, i, centres, c, X.d);
  return Array.from({ length: X.n }, (_, i) => i)
    .sort((a, b) => (d[a] as number) - (d[b] as number) || a - b)
    .slice(0, m);
}

/**
 * The table the figure shows for a fit, against the digits' labels. `nearest`
 * holds each cluster's nearest digits if the caller has found them already
 * (the page does, one cluster at a time).
 */
export function summarise(
  X: Points,
  fit: KMeansFit,
  labels: ArrayLike<number>,
  k: number,
  seed: number,
  nearest: readonly number[][] = Array.from({ length: k }, (_, c) => nearestToCentre(X, fit.centres, c, STRIP)),
): ClusterSummary {
  const counts = Array.from({ length: k }, () => new Array<number>(10).fill(0));
  for (let i = 0; i < X.n; i++) counts[fit.labels[i] as number]![labels[i] as number]! += 1;
  const rows: ClusterRow[] = [];
  counts.forEach((row, cluster) => {
    const size = row.reduce((s, v) => s + v, 0);
    if (size === 0) return;
    const top = Math.max(...row);
    rows.push({
      cluster,
      size,
      majority: row.indexOf(top),
      purity: top / size,
      nearest: nearest[cluster] as number[],
    });
  });
  rows.sort((a, b) => b.purity - a.purity || b.size - a.size || a.cluster - b.cluster);
  return {
    k,
    seed,
    objective: fit.objective,
    purity: purity(fit.labels, labels),
    ari: adjustedRandIndex(fit.labels, labels),
    rows,
    empty: k - rows.length,
  };
}

/** What the strip shows, in words: its alt text. */
export function stripLabel(row: ClusterRow, digits: ArrayLike<number>): string {
  return `The ${row.nearest.length} held-out digits nearest this cluster's centre: ${row.nearest.map((i) => digits[i]).join(', ')}`;
}

/** The sentence the figure's live region reads, also the fallback's summary. */
export function describeSummary(rep: Representation, s: ClusterSummary): string {
  const best = s.rows[0];
  const worst = s.rows[s.rows.length - 1];
  const range =
    best && worst
      ? ` Purest cluster: mostly ${best.majority}s (${percent(best.purity)} of ${best.size}); least pure: mostly ${worst.majority}s (${percent(worst.purity)} of ${worst.size}).`
      : '';
  const empty = s.empty > 0 ? ` ${s.empty} of the clusters ended empty.` : '';
  return `k-means with k = ${s.k} on ${REPRESENTATION_LABEL[rep]}, seed ${s.seed}: purity ${fixed(s.purity, 3)}, adjusted Rand index ${fixed(s.ari, 3)}.${range}${empty}`;
}
