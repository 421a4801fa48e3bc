/**
 * k-means on the held-out digits in four representations: raw pixels, the
 * first 16 PCA coefficients, the ae-d16 codes and the vae-d16 posterior means;
 * then, per cluster, its majority digit, purity, size and the digits nearest
 * its centre, and overall purity and adjusted Rand index against the labels
 * the clustering never saw. The same functions run in the page and at build
 * time; TF.js and the models come in as parameters.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { BINARISE_THRESHOLD, bytesToPixels } from '../lib/models/preprocess';
import { PIXELS } from '../lib/models/registry';
import type { KMeansFit, KMeansOptions } from '../lib/clustering/lloyd';
import { sqDist, type Points } from '../lib/clustering/points';
import { adjustedRandIndex, purity } from '../lib/clustering/metrics';
import { fixed, percent } from '../lib/format';
import { runSliced, type SliceOptions } from '../lib/schedule';

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

/** The 784 grey levels in [0, 1] of every digit, row-major. */
export function pixelPoints(images: Uint8Array): Points {
  return { n: images.length / PIXELS, d: PIXELS, data: bytesToPixels(images) };
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
  return tf.tidy(() => {
    const x = tf.tensor2d(pixels, [n, PIXELS]);
    if (rep === 'pca16') return (model as Encoders['pca16']).encode(x, PCA_COMPONENTS);
    if (rep === 'ae16') return (model as Encoders['ae16']).encode(x);
    const binary = tf.cast(tf.greater(x, BINARISE_THRESHOLD), 'float32') as TfCore.Tensor2D;
    return (model as Encoders['vae16']).encode(binary).mean;
  });
}

/** Digits per encoding batch: a batch of 1,000 through a 256-unit layer is a long task on the CPU backend. */
export const ENCODE_CHUNK = 100;

/**
 * Every digit through an encoder, ENCODE_CHUNK at a time, each batch inside
 * `run` (the page's `rt.run('batched', …)`; at build time a plain call) and
 * read back outside it, with the page given a turn between batches.
 */
export async function encodeAll<R extends LearnedRepresentation>(
  tf: typeof TfCore,
  run: <T>(fn: () => T) => T,
  rep: R,
  model: Encoders[R],
  pixels: Points,
  slice: Omit<SliceOptions, 'onProgress'> = {},
): Promise<Points> {
  const starts = Array.from({ length: Math.ceil(pixels.n / ENCODE_CHUNK) }, (_, i) => i * ENCODE_CHUNK);
  const parts = await runSliced(
    starts,
    async (start) => {
      const n = Math.min(ENCODE_CHUNK, pixels.n - start);
      const rows = (pixels.data as Float32Array).subarray(start * PIXELS, (start + n) * PIXELS);
      const z = run(() => encodeBatch(tf, rep, model, rows, n));
      try {
        return { d: z.shape[1], values: (await z.data()) as Float32Array };
      } finally {
        z.dispose();
      }
    },
    slice,
  );
  const d = parts[0]?.d ?? 0;
  const data = new Float32Array(pixels.n * d);
  parts.forEach((p, i) => data.set(p.values, i * ENCODE_CHUNK * d));
  return { n: pixels.n, d, data };
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
