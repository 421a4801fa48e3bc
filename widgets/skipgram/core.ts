/**
 * Skip-gram with negative sampling (Mikolov et al. 2013), small enough to
 * train live in a page with plain typed arrays. For a centre word c and a
 * context word o seen within `window` words of it, with k noise words n_i
 * drawn from the unigram distribution raised to 3/4:
 *
 *   loss = −log σ(u_o · v_c) − Σ_i log σ(−u_{n_i} · v_c)
 *
 * v are the input ("word") vectors, u the output ("context") vectors; both are
 * updated by plain SGD. Everything is seeded, so a seed reproduces a run.
 */
import { mulberry32, type Uniform } from '../lib/rng';
import { STOP_WORDS } from './corpus';

export interface SkipGramOptions {
  dims: number;
  window: number;
  negatives: number;
  learningRate: number;
  seed: number;
}

export interface SkipGram {
  readonly words: readonly string[];
  readonly dims: number;
  /** V × dims input vectors (the embeddings), row-major. */
  readonly input: Float32Array;
  /** V × dims output vectors. */
  readonly output: Float32Array;
  /** (centre, context) index pairs, flattened. */
  readonly pairs: Int32Array;
  /** Cumulative noise distribution over the vocabulary. */
  readonly noise: Float64Array;
  readonly options: SkipGramOptions;
  readonly rng: Uniform;
  order: Int32Array;
  /** Next pair of the current epoch (0 means an epoch is about to start). */
  cursor: number;
  epochLoss: number;
  /** Mean loss per pair of each finished epoch. */
  readonly history: number[];
  /** Set when training diverged (see `trainPairs`); training then stops. */
  diverged: { epoch: number } | null;
}

/**
 * An epoch whose mean loss is this many times the first epoch's has diverged:
 * the first epoch starts from the untrained loss, so training is making it worse.
 * Measured with the default settings: at rate 0.5 the loss climbs past 1.5× the
 * first epoch's by epoch 12 and overflows near epoch 31; at 0.4 and below it
 * stays under the first epoch's for 200 epochs.
 */
export const DIVERGENCE_FACTOR = 1.5;

export function tokenize(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

export function createSkipGram(sentences: readonly string[], options: SkipGramOptions): SkipGram {
  const tokens = sentences.map(tokenize);
  const counts = new Map<string, number>();
  for (const s of tokens) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Most frequent first, ties alphabetically, so the vocabulary does not depend on sentence order.
  const words = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  const index = new Map(words.map((w, i) => [w, i]));
  const pairs: number[] = [];
  for (const s of tokens) {
    s.forEach((w, i) => {
      for (let j = Math.max(0, i - options.window); j <= Math.min(s.length - 1, i + options.window); j++) {
        if (j !== i) pairs.push(index.get(w) ?? 0, index.get(s[j] ?? '') ?? 0);
      }
    });
  }
  const weights = words.map((w) => (counts.get(w) ?? 0) ** 0.75);
  const total = weights.reduce((a, b) => a + b, 0);
  const noise = new Float64Array(words.length);
  weights.reduce((acc, w, i) => (noise[i] = acc + w / total), 0);
  const rng = mulberry32(options.seed);
  const { dims } = options;
  // word2vec's initialisation: small random input vectors, zero output vectors.
  const input = Float32Array.from({ length: words.length * dims }, () => (rng() - 0.5) / dims);
  const output = new Float32Array(words.length * dims);
  const count = pairs.length / 2;
  return {
    words,
    dims,
    input,
    output,
    pairs: Int32Array.from(pairs),
    noise,
    options,
    rng,
    order: Int32Array.from({ length: count }, (_, i) => i),
    cursor: 0,
    epochLoss: 0,
    history: [],
    diverged: null,
  };
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function drawNoise(model: SkipGram): number {
  const u = model.rng();
  let lo = 0;
  let hi = model.noise.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((model.noise[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dotRows(a: Float32Array, i: number, b: Float32Array, j: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += (a[i * d + k] as number) * (b[j * d + k] as number);
  return s;
}

/** The loss of one (centre, context) pair with the given noise words. */
export function pairLoss(model: SkipGram, centre: number, context: number, negatives: readonly number[]): number {
  const d = model.dims;
  let loss = -Math.log(sigmoid(dotRows(model.output, context, model.input, centre, d)));
  for (const n of negatives) loss -= Math.log(sigmoid(-dotRows(model.output, n, model.input, centre, d)));
  return loss;
}

/** ∂loss/∂v_c and ∂loss/∂u for the context and each noise word (in that order). */
export function pairGradients(
  model: SkipGram,
  centre: number,
  context: number,
  negatives: readonly number[],
): { dInput: Float64Array; dOutput: Float64Array[] } {
  const d = model.dims;
  const dInput = new Float64Array(d);
  const targets = [context, ...negatives];
  const dOutput = targets.map((t, n) => {
    // σ(u·v) − label, the usual logistic-regression gradient; label 1 for the context word, 0 for noise.
    const g = sigmoid(dotRows(model.output, t, model.input, centre, d)) - (n === 0 ? 1 : 0);
    const du = new Float64Array(d);
    for (let k = 0; k < d; k++) {
      dInput[k] = (dInput[k] as number) + g * (model.output[t * d + k] as number);
      du[k] = g * (model.input[centre * d + k] as number);
    }
    return du;
  });
  return { dInput, dOutput };
}

/** One SGD step on one pair; returns the pair's loss before the step. */
export function sgdStep(
  model: SkipGram,
  centre: number,
  context: number,
  negatives: readonly number[],
  learningRate: number,
): number {
  const d = model.dims;
  const loss = pairLoss(model, centre, context, negatives);
  const { dInput, dOutput } = pairGradients(model, centre, context, negatives);
  [context, ...negatives].forEach((t, n) => {
    const du = dOutput[n] as Float64Array;
    for (let k = 0; k < d; k++) model.output[t * d + k] = (model.output[t * d + k] as number) - learningRate * (du[k] as number);
  });
  for (let k = 0; k < d; k++)
    model.input[centre * d + k] = (model.input[centre * d + k] as number) - learningRate * (dInput[k] as number);
  return loss;
}

/**
 * Train on up to `maxPairs` pairs, continuing the current epoch. Each epoch
 * visits every pair once in a fresh seeded order, so the result does not
 * depend on how the work is split between calls (or animation frames).
 * Training stops for good, with `diverged` set, when a pair's loss overflows or
 * an epoch's mean loss exceeds DIVERGENCE_FACTOR times the first epoch's.
 */
export function trainPairs(model: SkipGram, maxPairs: number): void {
  const count = model.order.length;
  for (let done = 0; done < maxPairs && !model.diverged; done++) {
    if (model.cursor === 0) shuffle(model.order, model.rng);
    const p = model.order[model.cursor] as number;
    const centre = model.pairs[2 * p] as number;
    const context = model.pairs[2 * p + 1] as number;
    const negatives: number[] = [];
    for (let i = 0; i < model.options.negatives; i++) {
      const n = drawNoise(model);
      if (n !== context) negatives.push(n);
    }
    const loss = sgdStep(model, centre, context, negatives, model.options.learningRate);
    if (!Number.isFinite(loss)) {
      model.diverged = { epoch: model.history.length + 1 };
      break;
    }
    model.epochLoss += loss;
    if (++model.cursor === count) {
      const mean = model.epochLoss / count;
      model.history.push(mean);
      model.epochLoss = 0;
      model.cursor = 0;
      if (mean > DIVERGENCE_FACTOR * (model.history[0] as number)) model.diverged = { epoch: model.history.length };
    }
  }
}

export function trainEpochs(model: SkipGram, epochs: number): void {
  trainPairs(model, epochs * model.order.length - model.cursor);
}

function shuffle(a: Int32Array, rng: Uniform): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}

/** The learned vector of each word (a view into `input`). */
export function vectorOf(model: SkipGram, i: number): Float32Array {
  return model.input.subarray(i * model.dims, (i + 1) * model.dims);
}

/** The k words whose input vectors have the highest cosine with word i's. */
export function nearestLearned(model: SkipGram, i: number, k: number): { word: string; cosine: number }[] {
  const v = vectorOf(model, i);
  const norm = (x: Float32Array) => Math.sqrt(x.reduce((s, t) => s + t * t, 0)) || 1;
  const nv = norm(v);
  return model.words
    .map((word, j) => {
      const u = vectorOf(model, j);
      let s = 0;
      for (let t = 0; t < model.dims; t++) s += (u[t] as number) * (v[t] as number);
      return { word, j, cosine: s / (nv * norm(u)) };
    })
    .filter((x) => x.j !== i)
    .sort((a, b) => b.cosine - a.cosine)
    .slice(0, k)
    .map(({ word, cosine }) => ({ word, cosine }));
}
