/**
 * The scaling grid of chapter 14: dense autoencoders (784 → width → 16 → width → 784)
 * trained by the book's own trainer (train-autoencoder.ts) on nested subsets of
 * the 9,000 training digits, and at several widths on all of them. Every point
 * gets the same number of optimiser steps, so the only things that change along
 * an axis are the digits seen or the parameters available.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decoderSpec, encoderSpec } from '../../widgets/lib/models/architecture';
import { AutoencoderModel } from '../../widgets/lib/models/autoencoders';
import { reconstructionMse } from '../../widgets/lib/models/metrics';
import { PIXELS, type ModelInfo } from '../../widgets/lib/models/registry';
import { createRng, shuffledIndices } from '../../widgets/lib/rng';
import type { ScalingPoint } from '../../widgets/scaling-curve/core';
import { parameterCount } from './dense-net';
import { DEFAULT_SEED, type TrainSettings } from './settings';
import { trainAutoencoder } from './train-autoencoder';
import type { TrainingData } from './training-data';

/** Bump when the grid, the settings or the way a point is measured changes. */
export const SCALING_VERSION = '1.0.0';

export const SCALING_LATENT = 16;
/** The width of the data axis, and the model the data axis shares with the size axis (ae-d16's). */
export const BASE_WIDTH = 256;
export const DATA_SIZES = [100, 300, 1000, 3000, 9000] as const;
export const WIDTHS = [4, 8, 16, 32, 64, 128, 256] as const;
/** Seed of the shuffle whose prefixes are the data subsets (so 100 ⊂ 300 ⊂ … ⊂ 9,000). */
export const SUBSET_SEED = 31;

/**
 * An epoch here is always 9,000 rows: a subset of n digits is repeated 9,000/n
 * times, so every point takes the same 90 minibatches per epoch.
 */
export const SCALING_SETTINGS: TrainSettings = { batchSize: 100, learningRate: 1e-3, seed: DEFAULT_SEED, epochs: 20 };

export interface GridPoint {
  readonly width: number;
  readonly trainDigits: number;
}

/** A trained point as results.json stores it and the figure reads it. */
export type GridResult = ScalingPoint;

export const pointId = (p: GridPoint) => `w${p.width}-n${p.trainDigits}`;

/** The data axis at BASE_WIDTH, then the size axis on all 9,000 digits; the shared point once. */
export function gridPoints(): GridPoint[] {
  const all = [
    ...DATA_SIZES.map((trainDigits) => ({ width: BASE_WIDTH, trainDigits })),
    ...WIDTHS.map((width) => ({ width, trainDigits: 9000 })),
  ];
  return all.filter((p, i) => all.findIndex((q) => pointId(q) === pointId(p)) === i);
}

export function gridInfo(p: GridPoint): ModelInfo {
  return {
    id: `scaling-${pointId(p)}`,
    kind: 'ae',
    latent: SCALING_LATENT,
    hidden: [p.width],
    input: 'grey',
    encoderOutputs: ['code'],
    files: [],
    description: `Scaling grid: width ${p.width}, ${p.trainDigits} training digits.`,
  };
}

/** The first n digits of the seeded shuffle, each repeated to fill all the training rows. */
export function subsetRows(data: TrainingData, n: number): { distinct: Float32Array; tiled: Float32Array } {
  if (data.trainCount % n !== 0) throw new Error(`${n} does not divide ${data.trainCount}`);
  const order = shuffledIndices(data.trainCount, createRng(SUBSET_SEED)).subarray(0, n);
  const distinct = new Float32Array(n * PIXELS);
  order.forEach((row, i) => distinct.set(data.train.subarray(row * PIXELS, (row + 1) * PIXELS), i * PIXELS));
  const tiled = new Float32Array(data.trainCount * PIXELS);
  for (let r = 0; r < data.trainCount / n; r++) tiled.set(distinct, r * n * PIXELS);
  return { distinct, tiled };
}

/** Six significant digits, as the cards round. */
const round6 = (v: number) => Number(v.toPrecision(6));

/** Train one grid point and measure it on the held-out digits and on the digits it saw. */
export async function runGridPoint(p: GridPoint, data: TrainingData, settings = SCALING_SETTINGS): Promise<GridResult> {
  const info = gridInfo(p);
  const { distinct, tiled } = subsetRows(data, p.trainDigits);
  const trained = trainAutoencoder(info, { ...data, train: tiled }, settings);
  const model = new AutoencoderModel(info, trained.encoder, trained.decoder);
  const mse = async (pixels: Float32Array, count: number) => {
    const x = tf.tensor2d(pixels, [count, PIXELS]);
    const m = await reconstructionMse((b) => model.reconstruct(b), x);
    x.dispose();
    return m;
  };
  const heldoutMse = await mse(data.heldout, data.heldoutCount);
  const trainMse = await mse(distinct, p.trainDigits);
  model.dispose();
  return {
    id: pointId(p),
    ...p,
    latent: SCALING_LATENT,
    parameters: parameterCount(encoderSpec(info)) + parameterCount(decoderSpec(info)),
    heldoutMse: round6(heldoutMse),
    trainMse: round6(trainMse),
    epochs: settings.epochs,
    steps: settings.epochs * Math.floor(data.trainCount / settings.batchSize),
    seconds: Math.round(trained.seconds * 10) / 10,
    seed: settings.seed,
  };
}
