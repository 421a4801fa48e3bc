/**
 * Hard debiasing, Bolukbasi et al. (2016) §5, for a one-dimensional bias
 * subspace spanned by a unit vector g (the case the paper uses in practice).
 *
 *   neutralise: w ← (w − (w·g)g) / ‖w − (w·g)g‖ for every gender-neutral word;
 *   equalise:   for a pair {w1, w2} with mean μ and ν = μ − (μ·g)g,
 *               w_i ← ν ± √(1 − ‖ν‖²) g, the sign being that of (w_i − μ)·g,
 *               so both words are unit vectors equally far from every neutral word.
 */
import { normalizeWord } from './input';
import { dot } from './similarity';
import { rowOf, type Embeddings } from './vocab';
import type { WordPair } from './bias';

/** Remove the component along the unit vector g and renormalise (zero stays zero). */
export function neutralize(w: ArrayLike<number>, g: ArrayLike<number>): Float32Array {
  const p = dot(w, g);
  const out = new Float32Array(w.length);
  let sq = 0;
  for (let j = 0; j < w.length; j++) {
    const v = (w[j] ?? 0) - p * (g[j] ?? 0);
    out[j] = v;
    sq += v * v;
  }
  const n = Math.sqrt(sq);
  if (n > 0) for (let j = 0; j < out.length; j++) out[j] = (out[j] as number) / n;
  return out;
}

/** Equalise a pair of unit vectors about the unit direction g. */
export function equalizePair(w1: ArrayLike<number>, w2: ArrayLike<number>, g: ArrayLike<number>): [Float32Array, Float32Array] {
  const d = w1.length;
  const mu = Float64Array.from({ length: d }, (_, j) => ((w1[j] ?? 0) + (w2[j] ?? 0)) / 2);
  const muB = dot(mu, g);
  const nu = mu.map((m, j) => m - muB * (g[j] ?? 0));
  const z = Math.sqrt(Math.max(0, 1 - dot(nu, nu)));
  // The first word keeps its side of the direction; a pair with equal projections puts it on the + side.
  const side = dot(w1, g) - dot(w2, g) < 0 ? -1 : 1;
  const a = new Float32Array(d);
  const b = new Float32Array(d);
  for (let j = 0; j < d; j++) {
    a[j] = (nu[j] as number) + side * z * (g[j] ?? 0);
    b[j] = (nu[j] as number) - side * z * (g[j] ?? 0);
  }
  return [a, b];
}

export interface HardDebiasOptions {
  direction: ArrayLike<number>;
  /** Gender-specific words left as they are (e.g. Bolukbasi's seed list); every other word is neutralised. */
  keep: Iterable<string>;
  /** Pairs made equidistant from all neutral words, e.g. [she, he]. */
  equalize: readonly WordPair[];
}

export interface HardDebiasResult {
  embeddings: Embeddings;
  neutralizedCount: number;
  equalized: [string, string][];
  unknown: string[];
}

/** A debiased copy of the whole table; the input is left untouched. */
export function hardDebias(emb: Embeddings, options: HardDebiasOptions): HardDebiasResult {
  const { dims } = emb;
  const g = Float32Array.from(options.direction);
  const unit = Float32Array.from(emb.unit);
  const keep = new Set<number>();
  for (const w of options.keep) {
    const i = emb.index.get(normalizeWord(w));
    if (i !== undefined) keep.add(i);
  }
  const pairs: [number, number][] = [];
  const equalized: [string, string][] = [];
  const unknown: string[] = [];
  for (const [x, y] of options.equalize) {
    const ix = emb.index.get(normalizeWord(x));
    const iy = emb.index.get(normalizeWord(y));
    if (ix === undefined || iy === undefined) {
      if (ix === undefined) unknown.push(normalizeWord(x));
      if (iy === undefined) unknown.push(normalizeWord(y));
      continue;
    }
    pairs.push([ix, iy]);
    equalized.push([normalizeWord(x), normalizeWord(y)]);
    keep.add(ix).add(iy);
  }
  let neutralizedCount = 0;
  for (let i = 0; i < emb.words.length; i++) {
    if (keep.has(i)) continue;
    unit.set(neutralize(rowOf(emb, i), g), i * dims);
    neutralizedCount++;
  }
  for (const [ix, iy] of pairs) {
    const [a, b] = equalizePair(rowOf(emb, ix), rowOf(emb, iy), g);
    unit.set(a, ix * dims);
    unit.set(b, iy * dims);
  }
  const embeddings: Embeddings = { words: emb.words, dims, unit, lengths: emb.lengths, index: emb.index };
  return { embeddings, neutralizedCount, equalized, unknown };
}
