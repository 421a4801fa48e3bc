/** The denoising figure's shareable state (parameters `denoise.*`). */
import { HELD_OUT } from '../lib/digits/sets';
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { CORRUPTIONS, type Corruption } from './corruptions';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface DenoiseState {
  /** Index of the held-out digit. */
  digit: number;
  type: Corruption;
  level: number;
  seed: number;
}

export const schema: Schema<DenoiseState> = {
  digit: int(0, HELD_OUT - 1, 3),
  type: oneOf(CORRUPTIONS, 'gaussian'),
  level: num(0, 1, 0.5, 2),
  seed: int(1, 999999, 1),
};
