/**
 * One-sided permutation test over partitions of a pooled set into two groups
 * of fixed sizes, as WEAT needs: is the X group's sum of scores larger than
 * chance assignments of the same words would give?
 */
import { mulberry32 } from '../../rng';

export const DEFAULT_MAX_EXACT_PARTITIONS = 1_000_000;
export const DEFAULT_PERMUTATION_SAMPLES = 100_000;
export const DEFAULT_PERMUTATION_SEED = 2017;

export interface PermutationOptions {
  /** Enumerate every partition when there are at most this many. */
  maxExactPartitions?: number;
  /** Otherwise draw this many random partitions. */
  samples?: number;
  seed?: number;
}

/** How often a sampled test reports its progress, in partitions drawn. */
export const PROGRESS_EVERY = 10_000;
export type OnProgress = (done: number, total: number) => void;

export interface PermutationTest {
  /** P(sum over a random X-sized group ≥ the observed X sum). */
  pValue: number;
  method: 'exact' | 'sampled';
  /** Partitions enumerated (exact) or drawn (sampled). */
  partitions: number;
  totalPartitions: number;
  /** The seed of the sampled partitions; absent for exact enumeration. */
  seed?: number;
}

/** n choose k as a float (exact up to 2^53, which is all the comparison needs). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  let r = 1;
  for (let i = 1; i <= m; i++) r = (r * (n - m + i)) / i;
  return Math.round(r);
}

/**
 * values[0 .. sizeX) are the X group's scores, the rest Y's. Ties count as
 * "at least as extreme" (with a small tolerance for rounding), so exact
 * enumeration always counts the observed partition itself and p ≥ 1 / C(n, |X|).
 * Sampled p-values use (1 + hits) / (1 + samples), which never reports 0.
 */
export function permutationTest(
  values: ArrayLike<number>,
  sizeX: number,
  options: PermutationOptions = {},
  onProgress?: OnProgress,
): PermutationTest {
  const {
    maxExactPartitions = DEFAULT_MAX_EXACT_PARTITIONS,
    samples = DEFAULT_PERMUTATION_SAMPLES,
    seed = DEFAULT_PERMUTATION_SEED,
  } = options;
  const n = values.length;
  const v = Float64Array.from(values);
  let observed = 0;
  let scale = 0;
  for (let i = 0; i < n; i++) {
    if (i < sizeX) observed += v[i] as number;
    scale += Math.abs(v[i] as number);
  }
  const threshold = observed - 1e-9 * Math.max(scale, 1e-12);
  const totalPartitions = binomial(n, sizeX);
  if (totalPartitions <= maxExactPartitions) {
    const hits = countExact(v, sizeX, threshold);
    return { pValue: hits / totalPartitions, method: 'exact', partitions: totalPartitions, totalPartitions };
  }
  const rng = mulberry32(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let hits = 0;
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    // Partial Fisher–Yates: the first sizeX slots become a uniform random subset.
    for (let i = 0; i < sizeX; i++) {
      const j = i + Math.floor(rng() * (n - i));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
      sum += v[order[i] as number] as number;
    }
    if (sum >= threshold) hits++;
    if (onProgress && (s + 1) % PROGRESS_EVERY === 0) onProgress(s + 1, samples);
  }
  return { pValue: (1 + hits) / (1 + samples), method: 'sampled', partitions: samples, totalPartitions, seed };
}

function countExact(v: Float64Array, k: number, threshold: number): number {
  const n = v.length;
  let hits = 0;
  const visit = (start: number, remaining: number, sum: number): void => {
    if (remaining === 0) {
      if (sum >= threshold) hits++;
      return;
    }
    for (let i = start; i <= n - remaining; i++) visit(i + 1, remaining - 1, sum + (v[i] as number));
  };
  visit(0, k, 0);
  return hits;
}
