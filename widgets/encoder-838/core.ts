/**
 * The 8-3-8 encoder problem: a network 8 → 3 → 8 with sigmoid hidden and
 * output units, trained with cross-entropy on the eight one-hot vectors to
 * reproduce its input. Plain typed arrays: at 59 parameters a tensor library
 * would only add weight, and this way every run with a seed is identical.
 */
import { mulberry32 } from '../lib/rng';

export const N = 8;
export const H = 3;
/** Parameters: W1 (H×N), b1 (H), W2 (N×H), b2 (N), in that order in one array. */
export const PARAMS = H * N + H + N * H + N;
const OFF_B1 = H * N;
const OFF_W2 = OFF_B1 + H;
const OFF_B2 = OFF_W2 + N * H;

/** Initial weights uniform in ±INIT_RANGE: large enough to break the symmetry between inputs. */
export const INIT_RANGE = 1;

export function initParams(seed: number): Float64Array {
  const rng = mulberry32(seed);
  const p = new Float64Array(PARAMS);
  for (let i = 0; i < OFF_B1; i++) p[i] = (2 * rng() - 1) * INIT_RANGE;
  for (let i = OFF_W2; i < OFF_B2; i++) p[i] = (2 * rng() - 1) * INIT_RANGE;
  return p; // biases start at zero
}

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));
const at = (a: Float64Array, i: number) => a[i] as number;

export interface Forward {
  /** hidden[i*H + j]: activation of hidden unit j for input i. */
  hidden: Float64Array;
  /** output[i*N + o]: output unit o for input i. */
  output: Float64Array;
  /** Mean over the eight inputs of the summed cross-entropy of the eight outputs, in nats. */
  loss: number;
}

/** Input i is the one-hot vector e_i, so its hidden pre-activation is column i of W1 plus b1. */
export function forward(p: Float64Array): Forward {
  const hidden = new Float64Array(N * H);
  const output = new Float64Array(N * N);
  let loss = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < H; j++) hidden[i * H + j] = sigmoid(at(p, j * N + i) + at(p, OFF_B1 + j));
    for (let o = 0; o < N; o++) {
      let a = at(p, OFF_B2 + o);
      for (let j = 0; j < H; j++) a += at(p, OFF_W2 + o * H + j) * at(hidden, i * H + j);
      output[i * N + o] = sigmoid(a);
      // Cross-entropy from the logit, stably: softplus(a) − t·a.
      const softplus = Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
      loss += softplus - (o === i ? a : 0);
    }
  }
  return { hidden, output, loss: loss / N };
}

/** The loss and its gradient with respect to every parameter (back-propagation). */
export function lossAndGradient(p: Float64Array): { loss: number; grad: Float64Array } {
  const { hidden, output, loss } = forward(p);
  const g = new Float64Array(PARAMS);
  const dh = new Float64Array(H);
  for (let i = 0; i < N; i++) {
    dh.fill(0);
    for (let o = 0; o < N; o++) {
      // Sigmoid output with cross-entropy: dL/da = (y − t), here divided by the N inputs averaged over.
      const da = (at(output, i * N + o) - (o === i ? 1 : 0)) / N;
      g[OFF_B2 + o] = at(g, OFF_B2 + o) + da;
      for (let j = 0; j < H; j++) {
        g[OFF_W2 + o * H + j] = at(g, OFF_W2 + o * H + j) + da * at(hidden, i * H + j);
        dh[j] = at(dh, j) + da * at(p, OFF_W2 + o * H + j);
      }
    }
    for (let j = 0; j < H; j++) {
      const h = at(hidden, i * H + j);
      const dz = at(dh, j) * h * (1 - h);
      g[j * N + i] = at(g, j * N + i) + dz; // input i is 1, the others 0
      g[OFF_B1 + j] = at(g, OFF_B1 + j) + dz;
    }
  }
  return { loss, grad: g };
}

/** Adam (Kingma & Ba 2015) with the usual β1 = 0.9, β2 = 0.999, full batch. */
export class Trainer {
  readonly params: Float64Array;
  private readonly m = new Float64Array(PARAMS);
  private readonly v = new Float64Array(PARAMS);
  steps = 0;
  /** Loss before each step; history[0] is the loss of the initial weights. */
  readonly history: number[] = [];

  constructor(
    readonly seed: number,
    public learningRate: number,
  ) {
    this.params = initParams(seed);
  }

  step(count = 1): void {
    const b1 = 0.9;
    const b2 = 0.999;
    for (let s = 0; s < count; s++) {
      const { loss, grad } = lossAndGradient(this.params);
      this.history.push(loss);
      this.steps++;
      const c1 = 1 - b1 ** this.steps;
      const c2 = 1 - b2 ** this.steps;
      for (let k = 0; k < PARAMS; k++) {
        const gk = at(grad, k);
        const mk = b1 * at(this.m, k) + (1 - b1) * gk;
        const vk = b2 * at(this.v, k) + (1 - b2) * gk * gk;
        this.m[k] = mk;
        this.v[k] = vk;
        this.params[k] = at(this.params, k) - (this.learningRate * (mk / c1)) / (Math.sqrt(vk / c2) + 1e-8);
      }
    }
  }

  get loss(): number {
    return forward(this.params).loss;
  }
}

export interface CodeRow {
  input: number;
  hidden: number[];
  /** The most active output unit (the network's answer). */
  output: number[];
  /** Each hidden activation rounded to 0 or 1, as a string like "101". */
  code: string;
}

export interface CodeTable {
  rows: CodeRow[];
  /** How many different rounded codes the eight inputs get (8 means all distinct). */
  distinct: number;
  /** How many inputs are reproduced exactly when each output is rounded to 0 or 1. */
  correct: number;
  loss: number;
}

export function codeTable(p: Float64Array): CodeTable {
  const { hidden, output, loss } = forward(p);
  const rows: CodeRow[] = [];
  let correct = 0;
  for (let i = 0; i < N; i++) {
    const h = Array.from(hidden.subarray(i * H, i * H + H));
    const out = Array.from(output.subarray(i * N, i * N + N));
    if (out.every((y, o) => (y > 0.5 ? 1 : 0) === (o === i ? 1 : 0))) correct++;
    rows.push({ input: i, hidden: h, output: out, code: h.map((v) => (v > 0.5 ? '1' : '0')).join('') });
  }
  return { rows, distinct: new Set(rows.map((r) => r.code)).size, correct, loss };
}

/** "00100000" for input 2. */
export function oneHotLabel(i: number): string {
  return Array.from({ length: N }, (_, o) => (o === i ? '1' : '0')).join('');
}

/** Outputs rounded to 0/1 as a string, e.g. "00100000" when the network answers correctly. */
export function roundedOutput(out: readonly number[]): string {
  return out.map((y) => (y > 0.5 ? '1' : '0')).join('');
}
