/** The figure's shareable state (parameters `pretext.*`): the digit, the task, and each task's settings. */
import { heldOutDigit } from '../lib/digits/sets';
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { NEIGHBOURS, TASKS, type Task } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** The mask ratios the slider offers. */
export const RATIO = { min: 0, max: 1, step: 0.05 } as const;
export const SEED_MAX = 9999;

export interface PretextTasksState {
  /** The held-out digit every task is made from. */
  digit: number;
  task: Task;
  /** Relative position: which of the centre's eight neighbours is shown (0 to 7; the label is one more). */
  neighbour: number;
  /** Masked modelling: the share of the 49 patches hidden. */
  ratio: number;
  /** The seed of the mask and of the noise. */
  seed: number;
}

export const schema: Schema<PretextTasksState> = {
  // Digit 1, a 3: no turn of it looks like another, so the rotation task has one clear answer.
  digit: heldOutDigit(1),
  task: oneOf(TASKS, 'rotation'),
  neighbour: int(0, NEIGHBOURS.length - 1, 1),
  ratio: num(RATIO.min, RATIO.max, 0.75, 2),
  seed: int(0, SEED_MAX, 1),
};
