/**
 * The linear probe of self-supervised learning: softmax regression on frozen features,
 * trained on a few labelled examples, judged on held-out ones. Plain numbers, so the
 * page and the training scripts run the same code and get the same accuracies.
 *
 * Features are standardised with the labelled set's own mean and spread (a few labels
 * are all the probe may look at), then fitted with an L2 penalty by accelerated gradient
 * descent (Nesterov, with a restart when the loss rises) at a step of 1/L, L the
 * curvature bound from the largest eigenvalue of the features' second moment.
 */
import { mulberry32 } from '../rng';

export interface ProbeData {
  /** Row-major features, `count × dim`. */
  readonly features: Float32Array | Float64Array;
  readonly dim: number;
  readonly labels: ArrayLike<number>;
}

export interface ProbeSettings {
  readonly classes: number;
  /** The L2 penalty on the weights (not the biases), per example. */
  readonly l2: number;
  readonly iterations: number;
}

export const PROBE_SETTINGS: ProbeSettings = { classes: 10, l2: 1e-2, iterations: 300 };

export interface Probe {
  readonly dim: number;
  readonly classes: number;
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** `(dim + 1) × classes`, the last row the biases. */
  readonly weights: Float64Array;
}

/**
 * `perClass` indices of each class, drawn without replacement by a seeded shuffle, in
 * class order: a balanced draw of `perClass × classes` labels that a seed reproduces.
 */
export function balancedDraw(labels: ArrayLike<number>, perClass: number, seed: number, classes = 10): number[] {
  const byClass: number[][] = Array.from({ length: classes }, () => []);
  for (let i = 0; i < labels.length; i++) byClass[labels[i] as number]?.push(i);
  const rand = mulberry32(seed);
  return byClass.flatMap((idx, c) => {
    if (idx.length < perClass) throw new Error(`class ${c} has ${idx.length} examples, fewer than ${perClass}`);
    const a = idx.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j] as number, a[i] as number];
    }
    return a.slice(0, perClass);
  });
}

/** The rows `rows` of `data`, as a data set of their own. */
export function subset(data: ProbeData, rows: readonly number[]): ProbeData {
  const features = new Float64Array(rows.length * data.dim);
  rows.forEach((r, i) => features.set(data.features.subarray(r * data.dim, (r + 1) * data.dim), i * data.dim));
  return { features, dim: data.dim, labels: rows.map((r) => data.labels[r] as number) };
}

/** The standardised features with a trailing 1 for the bias, `count × (dim + 1)`. */
function design(data: ProbeData, mean: Float64Array, scale: Float64Array): Float64Array {
  const n = data.labels.length;
  const d = data.dim;
  const x = new Float64Array(n * (d + 1));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++)
      x[i * (d + 1) + j] = ((data.features[i * d + j] as number) - (mean[j] as number)) / (scale[j] as number);
    x[i * (d + 1) + d] = 1;
  }
  return x;
}

/** Mean and standard deviation per feature; a constant feature gets scale 1. */
function standardiser(data: ProbeData): { mean: Float64Array; scale: Float64Array } {
  const n = data.labels.length;
  const d = data.dim;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (data.features[i * d + j] as number) / n;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++)
      scale[j] = (scale[j] as number) + ((data.features[i * d + j] as number) - (mean[j] as number)) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] as number) || 1;
  return { mean, scale };
}

/** Class scores x·W for every row of the design matrix. */
function scores(x: Float64Array, w: Float64Array, n: number, d1: number, k: number): Float64Array {
  const s = new Float64Array(n * k);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d1; j++) {
      const xij = x[i * d1 + j] as number;
      if (xij === 0) continue;
      for (let c = 0; c < k; c++) s[i * k + c] = (s[i * k + c] as number) + xij * (w[j * k + c] as number);
    }
  return s;
}

/** The penalised mean cross-entropy at w, and its gradient. */
export function probeObjective(
  x: Float64Array,
  labels: ArrayLike<number>,
  w: Float64Array,
  d1: number,
  k: number,
  l2: number,
): { loss: number; gradient: Float64Array } {
  const n = labels.length;
  const s = scores(x, w, n, d1, k);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const row = s.subarray(i * k, (i + 1) * k);
    const top = Math.max(...row);
    let z = 0;
    for (let c = 0; c < k; c++) z += Math.exp((row[c] as number) - top);
    const y = labels[i] as number;
    loss += top + Math.log(z) - (row[y] as number);
    // The row becomes softmax − onehot, divided by n: the gradient of the scores.
    for (let c = 0; c < k; c++) row[c] = (Math.exp((row[c] as number) - top) / z - (c === y ? 1 : 0)) / n;
  }
  const gradient = new Float64Array(d1 * k);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d1; j++) {
      const xij = x[i * d1 + j] as number;
      if (xij === 0) continue;
      for (let c = 0; c < k; c++) gradient[j * k + c] = (gradient[j * k + c] as number) + xij * (s[i * k + c] as number);
    }
  let penalty = 0;
  for (let j = 0; j < d1 - 1; j++)
    for (let c = 0; c < k; c++) {
      const v = w[j * k + c] as number;
      penalty += v * v;
      gradient[j * k + c] = (gradient[j * k + c] as number) + l2 * v;
    }
  return { loss: loss / n + (l2 / 2) * penalty, gradient };
}

/** The largest eigenvalue of XᵀX/n, by power iteration (an upper bound to within a few %). */
function secondMomentTop(x: Float64Array, n: number, d1: number): number {
  let v = new Float64Array(d1).fill(1 / Math.sqrt(d1));
  let lambda = 0;
  for (let it = 0; it < 50; it++) {
    const xv = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < d1; j++) xv[i] = (xv[i] as number) + (x[i * d1 + j] as number) * (v[j] as number);
    const next = new Float64Array(d1);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < d1; j++) next[j] = (next[j] as number) + ((x[i * d1 + j] as number) * (xv[i] as number)) / n;
    lambda = Math.hypot(...next);
    if (lambda === 0) return 0;
    v = next.map((t) => t / lambda);
  }
  return lambda * 1.05;
}

/**
 * A probe trained in steps: `step(k)` runs k more iterations and returns the loss, so a page
 * can train in slices between frames and a script all at once.
 */
/** The standardised design matrix the probe is fitted on, with its standardiser. */
export function probeDesign(train: ProbeData) {
  const { mean, scale } = standardiser(train);
  return { x: design(train, mean, scale), mean, scale, d1: train.dim + 1 };
}

export function probeTrainer(train: ProbeData, settings: ProbeSettings = PROBE_SETTINGS) {
  const { classes: k, l2 } = settings;
  const n = train.labels.length;
  const { x, mean, scale, d1 } = probeDesign(train);
  // The softmax's curvature is at most 1/2 along any direction: L ≤ λmax/2 + l2.
  const step = 1 / (secondMomentTop(x, n, d1) / 2 + l2);
  let w = new Float64Array(d1 * k);
  let previous = new Float64Array(d1 * k);
  let t = 1;
  let done = 0;
  let last = Infinity;
  return {
    get iterations() {
      return done;
    },
    step(count: number): number {
      for (let it = 0; it < count && done < settings.iterations; it++, done++) {
        const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
        const beta = (t - 1) / tNext;
        const y = w.map((v, i) => v + beta * (v - (previous[i] as number)));
        const { loss, gradient } = probeObjective(x, train.labels, y, d1, k, l2);
        previous = w;
        w = y.map((v, i) => v - step * (gradient[i] as number));
        // A rise restarts the momentum (O'Donoghue and Candès), which keeps the descent monotone in practice.
        t = loss > last ? 1 : tNext;
        last = loss;
      }
      return probeObjective(x, train.labels, w, d1, k, l2).loss;
    },
    probe(): Probe {
      return { dim: train.dim, classes: k, mean, scale, weights: w };
    },
  };
}

export function trainProbe(train: ProbeData, settings: ProbeSettings = PROBE_SETTINGS): Probe {
  const trainer = probeTrainer(train, settings);
  trainer.step(settings.iterations);
  return trainer.probe();
}

/** The probe's predicted class for every row of `data`. */
export function predict(probe: Probe, data: ProbeData): Int32Array {
  const n = data.labels.length;
  const d1 = probe.dim + 1;
  const s = scores(design(data, probe.mean, probe.scale), probe.weights, n, d1, probe.classes);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < probe.classes; c++)
      if ((s[i * probe.classes + c] as number) > (s[i * probe.classes + best] as number)) best = c;
    out[i] = best;
  }
  return out;
}

export function accuracy(probe: Probe, data: ProbeData): number {
  const p = predict(probe, data);
  let right = 0;
  for (let i = 0; i < p.length; i++) if (p[i] === data.labels[i]) right++;
  return right / p.length;
}
