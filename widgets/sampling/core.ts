/**
 * Random codes to decode: draws from the prior N(0, T² I), or from a Gaussian
 * fitted to an autoencoder's held-out codes, scaled by the same temperature.
 * Pure functions, seeded, so a shared link shows the same samples.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { Decoder } from '../lib/models/roles';
import { sqDist } from '../lib/clustering/points';
import { createRng } from '../lib/rng';

/** Both models' code size. */
export const LATENT = 16;

/** Columns of the square grid of samples: a wide screen shows GRID.wide², a narrow one the first GRID.narrow². */
export const GRID = { wide: 8, narrow: 6 } as const;

/** Decode row-major codes (n × d) into n images of 784 pixel probabilities; no tensor left behind. */
export function decodeCodes(tf: typeof TfCore, model: Decoder, codes: Float32Array, d = LATENT): Float32Array {
  const out = tf.tidy(() => model.decode(tf.tensor2d(codes, [codes.length / d, d])));
  const values = out.dataSync() as Float32Array;
  out.dispose();
  return values;
}

/** n codes of size d, z = T ε with ε ~ N(0, I); row-major n × d. */
export function priorCodes(n: number, d: number, temperature: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(n * d);
  for (let i = 0; i < out.length; i++) out[i] = temperature * rng.normal();
  return out;
}

export interface FittedGaussian {
  mean: number[];
  /** Row-major d × d covariance. */
  cov: number[];
}

/** Sample mean and covariance (divisor n − 1) of n codes of size d. */
export function fitGaussian(codes: ArrayLike<number>, n: number, d: number): FittedGaussian {
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (codes[i * d + j] as number) / n;
  const cov = new Array<number>(d * d).fill(0);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = (codes[i * d + a] as number) - (mean[a] as number);
      for (let b = 0; b <= a; b++)
        cov[a * d + b] = (cov[a * d + b] as number) + (da * ((codes[i * d + b] as number) - (mean[b] as number))) / (n - 1);
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[b * d + a] = cov[a * d + b] as number;
  return { mean, cov };
}

/** Lower-triangular L with L Lᵀ = A (row-major d × d); throws if A is not positive definite. */
export function cholesky(a: ArrayLike<number>, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * d + k] as number) * (l[j * d + k] as number);
      if (i === j) {
        if (!(s > 0)) throw new Error('cholesky: matrix is not positive definite');
        l[i * d + i] = Math.sqrt(s);
      } else {
        l[i * d + j] = s / (l[j * d + j] as number);
      }
    }
  }
  return l;
}

/** n codes z = μ + T L ε with L Lᵀ = Σ: the fitted Gaussian, at temperature T. */
export function fittedCodes(g: FittedGaussian, n: number, temperature: number, seed: number): Float32Array {
  const d = g.mean.length;
  const l = cholesky(g.cov, d);
  const eps = priorCodes(n, d, 1, seed);
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      let s = 0;
      for (let b = 0; b <= a; b++) s += (l[a * d + b] as number) * (eps[i * d + b] as number);
      out[i * d + a] = (g.mean[a] as number) + temperature * s;
    }
  }
  return out;
}

/** Black-and-white draws x_i ~ Bernoulli(π_i) from decoded probabilities, seeded. */
export function bernoulliDraws(probs: ArrayLike<number>, seed: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(probs.length);
  for (let i = 0; i < probs.length; i++) out[i] = rng.next() < (probs[i] as number) ? 1 : 0;
  return out;
}

/** The spread of a fitted Gaussian per coordinate: the smallest and largest standard deviation, and the largest |mean|. */
export function spreadOf(g: FittedGaussian): { sdMin: number; sdMax: number; meanAbsMax: number } {
  const d = g.mean.length;
  const sds = Array.from({ length: d }, (_, j) => Math.sqrt(g.cov[j * d + j] as number));
  return { sdMin: Math.min(...sds), sdMax: Math.max(...sds), meanAbsMax: Math.max(...g.mean.map(Math.abs)) };
}

/**
 * The book's own check of how many samples are ambiguous: a sample is voted on by its K nearest
 * held-out digits (Euclidean distance in pixels), and called ambiguous when fewer than AGREE of
 * them share one label.
 */
export const AMBIGUITY = { k: 5, agree: 4 } as const;

/** The labels of the k reference rows nearest to query row i (all rows of length d), nearest first. */
export function nearestLabels(
  queries: ArrayLike<number>,
  i: number,
  refs: ArrayLike<number>,
  labels: ArrayLike<number>,
  d: number,
  k: number,
): number[] {
  const best: { dist: number; label: number }[] = [];
  const n = labels.length;
  for (let j = 0; j < n; j++) {
    const dist = sqDist(queries, i, refs, j, d);
    if (best.length === k && dist >= (best[k - 1] as { dist: number }).dist) continue;
    let p = best.length < k ? best.length : k - 1;
    best[p] = { dist, label: labels[j] as number };
    // Keep the short list sorted, nearer first; a tie keeps the earlier reference first.
    while (p > 0 && (best[p - 1] as { dist: number }).dist > dist) {
      [best[p - 1], best[p]] = [best[p] as { dist: number; label: number }, best[p - 1] as { dist: number; label: number }];
      p--;
    }
  }
  return best.map((b) => b.label);
}

/** How many of the n query rows are ambiguous: fewer than `agree` of their k nearest references share a label. */
export function ambiguousCount(
  queries: ArrayLike<number>,
  refs: ArrayLike<number>,
  labels: ArrayLike<number>,
  d: number,
  { k, agree }: { k: number; agree: number } = AMBIGUITY,
): number {
  const n = queries.length / d;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const votes = new Map<number, number>();
    for (const l of nearestLabels(queries, i, refs, labels, d, k)) votes.set(l, (votes.get(l) ?? 0) + 1);
    if (Math.max(...votes.values()) < agree) count++;
  }
  return count;
}
