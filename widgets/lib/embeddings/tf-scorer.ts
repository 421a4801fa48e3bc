/**
 * Scoring a query against the whole vocabulary, M·q, on TensorFlow.js.
 *
 * A batched workload (../backend-policy.ts): WebGL on a hardware GPU, the CPU
 * backend otherwise. The 40k × 100 unit matrix is uploaded once per page and
 * backend (WebGL texture or CPU buffer) and kept for every later query; each
 * query is one matrix product read back with `await data()`, so the page is not
 * blocked while the GPU works. If TF.js fails, the same product runs in plain JS.
 */
import type { TfRuntime } from '../tf';
import { scoreAll, type Embeddings } from './core';

export type ScoreMany = (queries: readonly ArrayLike<number>[]) => Promise<Float32Array[]>;

export interface Scorer {
  /** Where the product runs: TF.js on WebGL or CPU, or the core's plain-JS loop. */
  readonly kind: 'webgl' | 'cpu' | 'js';
  readonly scoreMany: ScoreMany;
  /** Levy & Goldberg's 3CosMul score of every word, combined where the product ran (one column read back). */
  readonly cosMul: (a: ArrayLike<number>, b: ArrayLike<number>, c: ArrayLike<number>, epsilon: number) => Promise<Float32Array>;
  /** Why TF.js is not used, when it is not. */
  readonly note: string | null;
}

export function jsScorer(emb: Embeddings, note: string | null = null): Scorer {
  const scoreMany: ScoreMany = async (queries) => queries.map((q) => scoreAll(emb, q));
  const cosMul = async (a: ArrayLike<number>, b: ArrayLike<number>, c: ArrayLike<number>, epsilon: number) => {
    const [sa, sb, sc] = await scoreMany([a, b, c]);
    if (!sa || !sb || !sc) throw new Error('the scorer returned nothing');
    return sa.map((x, i) => (((x + 1) / 2) * (((sc[i] as number) + 1) / 2)) / (((sb[i] as number) + 1) / 2 + epsilon));
  };
  return { kind: 'js', note, scoreMany, cosMul };
}

/** The workload the scorers declare; a figure's badge lists it with `workloads={[BATCHED]}`. */
export const BATCHED = 'batched';

type Tensor2D = ReturnType<TfRuntime['tf']['tensor2d']>;

interface Resident {
  generation: number;
  matrix: Tensor2D;
}

// One resident matrix per table (the debias widget adds a second) and per backend generation.
const resident = new WeakMap<Embeddings, Resident>();

function residentMatrix(rt: TfRuntime, emb: Embeddings, generation: number): Tensor2D {
  const held = resident.get(emb);
  if (held && held.generation === generation) return held.matrix;
  if (held) {
    try {
      held.matrix.dispose();
    } catch {
      // Its backend is gone with the lost context.
    }
  }
  const matrix = rt.tf.tensor2d(emb.unit, [emb.words.length, emb.dims]);
  resident.set(emb, { generation, matrix });
  return matrix;
}

export function tfScorer(rt: TfRuntime, emb: Embeddings, generation: number): Scorer {
  const { tf } = rt;
  let failed: string | null = null;
  const fallback = jsScorer(emb);
  /** Run `compute` on the resident matrix and the queries as a [dims, n] tensor; read the result back. */
  const run = async (
    queries: readonly ArrayLike<number>[],
    compute: (m: Tensor2D, q: Tensor2D) => Tensor2D,
  ): Promise<Float32Array | null> => {
    if (failed) return null;
    const n = queries.length;
    const flat = new Float32Array(n * emb.dims);
    queries.forEach((q, i) => {
      for (let j = 0; j < emb.dims; j++) flat[j * n + i] = q[j] ?? 0;
    });
    let product: Tensor2D | null = null;
    try {
      product = rt.run(BATCHED, () => {
        const matrix = residentMatrix(rt, emb, generation);
        return tf.tidy(() => compute(matrix, tf.tensor2d(flat, [emb.dims, n])));
      });
      return (await product.data()) as Float32Array;
    } catch (err) {
      failed = `TensorFlow.js failed (${err instanceof Error ? err.message : String(err)}); scoring in plain JavaScript.`;
      return null;
    } finally {
      product?.dispose();
    }
  };
  const scoreMany: ScoreMany = async (queries) => {
    if (queries.length === 0) return [];
    const n = queries.length;
    // [count, dims] · [dims, n] = [count, n]: every word's score for each query.
    const data = await run(queries, (m, q) => tf.matMul(m, q));
    if (!data) return fallback.scoreMany(queries);
    if (n === 1) return [data];
    return Array.from({ length: n }, (_, j) => {
      const scores = new Float32Array(emb.words.length);
      for (let i = 0; i < scores.length; i++) scores[i] = data[i * n + j] as number;
      return scores;
    });
  };
  const cosMul = async (a: ArrayLike<number>, b: ArrayLike<number>, c: ArrayLike<number>, epsilon: number) => {
    const data = await run([a, b, c], (m, q) => {
      const [sa, sb, sc] = tf.split(tf.div(tf.add(tf.matMul(m, q), 1), 2), 3, 1) as [Tensor2D, Tensor2D, Tensor2D];
      return tf.div(tf.mul(sa, sc), tf.add(sb, epsilon));
    });
    return data ?? fallback.cosMul(a, b, c, epsilon);
  };
  return {
    kind: rt.choose(BATCHED).backend,
    scoreMany,
    cosMul,
    get note() {
      return failed;
    },
  };
}
