/**
 * The fallback's numbers, made at build time in Node from the shipped files by the same
 * core as the page: one held-out digit at its four turns and the rotation model's answers.
 * Never import this from an island.
 */
import { digitPixels } from '../lib/digits/sets';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../lib/node/models';
import { predictTurns, rotations } from './core';

export async function buildRotationFallback(digit: number) {
  const [tf, set, model] = await Promise.all([buildTimeTf(), buildTimeDigits('mnist-heldout'), buildTimeModel('rotation-d128')]);
  const image = digitPixels(set, digit);
  return { label: set.labels[digit] ?? 0, image, turns: rotations(image), probs: predictTurns(tf, model, image) };
}
