/**
 * Pretext tasks made from one 28 × 28 digit: what the network is given and what it must
 * answer. Four quarter turns (the rotation task), two patches of a 3 × 3 grid and the
 * direction from one to the other (relative position, the "jigsaw" of Doersch et al.),
 * a seeded random mask over 4 × 4-pixel patches (masked modelling), and a noisy copy
 * (denoising). Pure functions on plain arrays, run the same in the page and in Node.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { SIDE, rotateQuarter } from '../lib/ssl/augment';
import { mulberry32, normalSampler } from '../lib/rng';

export const PIXELS = SIDE * SIDE;
export const TASKS = ['rotation', 'jigsaw', 'mask', 'denoise'] as const;
export type Task = (typeof TASKS)[number];

// ——— Rotation ———

/** The four quarter turns, counter-clockwise, as the shipped rotation model was trained on them. */
export const TURNS = [0, 1, 2, 3] as const;
export const turnDegrees = (q: number) => 90 * q;

/** The digit at each of the four turns: the four inputs of the rotation task, in turn order. */
export function rotations(image: ArrayLike<number>): Float32Array[] {
  return TURNS.map((q) => rotateQuarter(image, q));
}

/** Softmax of one row of logits, shifted by its largest value so that exp cannot overflow. */
export function softmax(logits: ArrayLike<number>): number[] {
  const xs = Array.from(logits);
  const top = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/** Four rows of four logits (turn q's input in row q) → four rows of probabilities. */
export function turnProbabilities(logits: ArrayLike<number>): number[][] {
  if (logits.length !== 16) throw new Error(`expected 4 × 4 logits, got ${logits.length}`);
  return TURNS.map((q) => softmax(Array.from(logits).slice(4 * q, 4 * q + 4)));
}

/** What the figure asks of the rotation model: pixels [n, 784] → four logits per image (a FeatureModel's `apply`). */
export interface TurnClassifier {
  apply(x: tf.Tensor2D): tf.Tensor2D;
}

/** The model's probabilities for the digit at each of its four turns: row q is the input turned by q. */
export function predictTurns(tfc: typeof tf, model: TurnClassifier, image: ArrayLike<number>): number[][] {
  const batch = new Float32Array(4 * PIXELS);
  rotations(image).forEach((r, q) => batch.set(r, q * PIXELS));
  const out = tfc.tidy(() => model.apply(tfc.tensor2d(batch, [4, PIXELS])));
  const logits = out.dataSync() as Float32Array;
  out.dispose();
  return turnProbabilities(logits);
}

/** The index of the largest value; the first on a tie. */
export function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[best] as number)) best = i;
  return best;
}

/** The rotation task's loss on one digit: −¼ Σ_q log p(q | x turned by q), in nats. */
export function rotationLoss(probs: readonly (readonly number[])[]): number {
  return -probs.reduce((s, row, q) => s + Math.log(row[q] as number), 0) / probs.length;
}

// ——— Relative position of two patches ———

/** A 3 × 3 grid of 8 × 8 patches with 1-pixel gaps, inside the 28 × 28 frame (rows and columns 1 to 26). */
export const JIGSAW = { patch: 8, gap: 1, origin: 1 } as const;

/** The eight neighbours of the centre patch, in the order of the labels 1 to 8: [row, column] of the grid. */
export const NEIGHBOURS = [
  [0, 0],
  [0, 1],
  [0, 2],
  [1, 0],
  [1, 2],
  [2, 0],
  [2, 1],
  [2, 2],
] as const;
export const NEIGHBOUR_NAMES = [
  'top left',
  'top',
  'top right',
  'left',
  'right',
  'bottom left',
  'bottom',
  'bottom right',
] as const;
export const CENTRE = [1, 1] as const;

/** Top-left pixel [row, column] of grid cell (r, c). */
export function patchOrigin(r: number, c: number): [number, number] {
  const step = JIGSAW.patch + JIGSAW.gap;
  return [JIGSAW.origin + r * step, JIGSAW.origin + c * step];
}

/** The 8 × 8 pixels of grid cell (r, c), row by row. */
export function patchPixels(image: ArrayLike<number>, r: number, c: number): Float32Array {
  const [top, left] = patchOrigin(r, c);
  const out = new Float32Array(JIGSAW.patch * JIGSAW.patch);
  for (let y = 0; y < JIGSAW.patch; y++)
    for (let x = 0; x < JIGSAW.patch; x++) out[y * JIGSAW.patch + x] = image[(top + y) * SIDE + left + x] as number;
  return out;
}

/** A patch alone in the middle of a black 28 × 28 frame, so it can be drawn as a digit is. */
export function patchAlone(patch: ArrayLike<number>): Float32Array {
  const out = new Float32Array(PIXELS);
  const off = (SIDE - JIGSAW.patch) / 2;
  for (let y = 0; y < JIGSAW.patch; y++)
    for (let x = 0; x < JIGSAW.patch; x++) out[(off + y) * SIDE + off + x] = patch[y * JIGSAW.patch + x] as number;
  return out;
}

/** The task's example: the centre patch, the neighbour's patch, and the answer, label 1 to 8. */
export function jigsawPair(image: ArrayLike<number>, neighbour: number) {
  const cell = NEIGHBOURS[neighbour];
  if (!cell) throw new RangeError(`neighbour must be 0 to 7, got ${neighbour}`);
  return {
    centre: patchPixels(image, CENTRE[0], CENTRE[1]),
    other: patchPixels(image, cell[0], cell[1]),
    label: neighbour + 1,
  };
}

/** The digit with only the nine grid patches kept (gaps and border black): where the patches come from. */
export function gridView(image: ArrayLike<number>): Float32Array {
  const out = new Float32Array(PIXELS);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++) {
      const [top, left] = patchOrigin(r, c);
      for (let y = 0; y < JIGSAW.patch; y++)
        for (let x = 0; x < JIGSAW.patch; x++) {
          const i = (top + y) * SIDE + left + x;
          out[i] = image[i] as number;
        }
    }
  return out;
}

// ——— Masked patches ———

/** 4 × 4-pixel patches: a 7 × 7 grid of 49 over the digit. */
export const MASK_PATCH = 4;
export const MASK_GRID = SIDE / MASK_PATCH;
export const MASK_PATCHES = MASK_GRID * MASK_GRID;

/** How many of the 49 patches a mask ratio hides (rounded to the nearest whole patch). */
export const maskedCount = (ratio: number) => Math.round(Math.min(1, Math.max(0, ratio)) * MASK_PATCHES);

/**
 * Which patches are masked: `maskedCount(ratio)` of them, chosen uniformly at random by a
 * seeded Fisher–Yates shuffle of the patch indices. Returns one flag per patch, row by row.
 */
export function patchMask(ratio: number, seed: number): boolean[] {
  const order = Array.from({ length: MASK_PATCHES }, (_, i) => i);
  const rand = mulberry32(seed);
  for (let i = MASK_PATCHES - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const mask = new Array<boolean>(MASK_PATCHES).fill(false);
  for (const p of order.slice(0, maskedCount(ratio))) mask[p] = true;
  return mask;
}

/** The patch index (row-major over the 7 × 7 grid) that pixel i lies in. */
export const patchOfPixel = (i: number) =>
  Math.floor(Math.floor(i / SIDE) / MASK_PATCH) * MASK_GRID + Math.floor((i % SIDE) / MASK_PATCH);

/** Grey level that stands for "hidden" in the drawing (the network would get a mask token). */
export const MASK_GREY = 0.4;

/** The input (visible patches, hidden ones grey) and the target (the hidden pixels only, black elsewhere). */
export function maskedPair(image: ArrayLike<number>, mask: readonly boolean[]) {
  const input = new Float32Array(PIXELS);
  const target = new Float32Array(PIXELS);
  for (let i = 0; i < PIXELS; i++) {
    const v = image[i] as number;
    if (mask[patchOfPixel(i)]) {
      input[i] = MASK_GREY;
      target[i] = v;
    } else input[i] = v;
  }
  return { input, target };
}

/** The masked-reconstruction loss: mean squared error over the hidden pixels only (0 if none). */
export function maskedLoss(image: ArrayLike<number>, guess: ArrayLike<number>, mask: readonly boolean[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < PIXELS; i++)
    if (mask[patchOfPixel(i)]) {
      sum += ((guess[i] as number) - (image[i] as number)) ** 2;
      n++;
    }
  return n ? sum / n : 0;
}

// ——— Denoising ———

/** Standard deviation of the Gaussian noise added to every pixel, on grey levels in [0, 1]. */
export const NOISE_SD = 0.3;

/** The digit plus seeded Gaussian noise, clipped to [0, 1]: the denoising task's input; the target is the digit. */
export function noisyCopy(image: ArrayLike<number>, seed: number, sd = NOISE_SD): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  const out = new Float32Array(PIXELS);
  for (let i = 0; i < PIXELS; i++) out[i] = Math.min(1, Math.max(0, (image[i] as number) + sd * normal()));
  return out;
}
