/**
 * The in-memory embedding table every other core module works on.
 *
 * Rows are unit vectors stored contiguously in one Float32Array, so a cosine is
 * a plain dot product and a scan over the vocabulary touches memory in order.
 * The int8 asset is expanded to float32 once, at load time (4 MB becomes 16 MB
 * for 40k words): cheaper than dequantising inside every query loop.
 */

export interface Embeddings {
  /** Words in asset order (GloVe frequency order). */
  readonly words: readonly string[];
  readonly dims: number;
  /** count × dims, row-major, each row of length 1 (or all zeros for a zero input). */
  readonly unit: Float32Array;
  /** Length of each original (pre-normalisation) vector; GloVe lengths grow with frequency. */
  readonly lengths: Float32Array;
  readonly index: ReadonlyMap<string, number>;
}

export function wordCount(emb: Embeddings): number {
  return emb.words.length;
}

/** A view (no copy) of row i. */
export function rowOf(emb: Embeddings, i: number): Float32Array {
  return emb.unit.subarray(i * emb.dims, (i + 1) * emb.dims);
}

export function indexOfWord(emb: Embeddings, word: string): number | undefined {
  return emb.index.get(word);
}

/** The unit vector of a word, or undefined if the vocabulary lacks it. */
export function vectorOf(emb: Embeddings, word: string): Float32Array | undefined {
  const i = emb.index.get(word);
  return i === undefined ? undefined : rowOf(emb, i);
}

export function buildIndex(words: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    if (index.has(w)) throw new Error(`duplicate word in vocabulary: "${w}"`);
    index.set(w, i);
  });
  return index;
}

/**
 * Build an embedding table from raw float vectors (tests, the build script).
 * Rows are L2-normalised; their original lengths are kept in `lengths`.
 */
export function embeddingsFromVectors(
  words: readonly string[],
  vectors: ArrayLike<number> | readonly (readonly number[])[],
  dims?: number,
): Embeddings {
  const count = words.length;
  const flat = flatten(vectors, count, dims);
  const d = flat.length / Math.max(count, 1);
  if (!Number.isInteger(d)) throw new Error('vector data does not divide into rows');
  const unit = new Float32Array(count * d);
  const lengths = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let sq = 0;
    for (let j = 0; j < d; j++) {
      const x = flat[i * d + j] ?? 0;
      sq += x * x;
    }
    const len = Math.sqrt(sq);
    lengths[i] = len;
    const inv = len > 0 ? 1 / len : 0;
    for (let j = 0; j < d; j++) unit[i * d + j] = (flat[i * d + j] ?? 0) * inv;
  }
  return { words: [...words], dims: d, unit, lengths, index: buildIndex(words) };
}

function flatten(
  vectors: ArrayLike<number> | readonly (readonly number[])[],
  count: number,
  dims: number | undefined,
): ArrayLike<number> {
  const first = (vectors as ArrayLike<unknown>)[0];
  if (Array.isArray(first)) {
    const rows = vectors as readonly (readonly number[])[];
    const d = dims ?? first.length;
    const out = new Float64Array(count * d);
    rows.forEach((row, i) => {
      if (row.length !== d) throw new Error(`row ${i} has ${row.length} values, expected ${d}`);
      out.set(row, i * d);
    });
    return out;
  }
  const flat = vectors as ArrayLike<number>;
  if (dims !== undefined && flat.length !== count * dims) throw new Error('flat vector data has the wrong length');
  return flat;
}

/** Keep only some rows (in the given order), e.g. to compare a vocabulary cut with the full table. */
export function subsetEmbeddings(emb: Embeddings, rows: readonly number[]): Embeddings {
  const d = emb.dims;
  const unit = new Float32Array(rows.length * d);
  const lengths = new Float32Array(rows.length);
  const words: string[] = [];
  rows.forEach((r, i) => {
    unit.set(rowOf(emb, r), i * d);
    lengths[i] = emb.lengths[r] ?? 0;
    words.push(emb.words[r] ?? '');
  });
  return { words, dims: d, unit, lengths, index: buildIndex(words) };
}
