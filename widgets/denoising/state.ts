/** The denoising figure's shareable state (parameters `denoise.*`). */
import { heldOutDigit } from '../lib/digits/sets';
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
  digit: heldOutDigit(3),
  type: oneOf(CORRUPTIONS, 'gaussian'),
  level: num(0, 1, 0.5, 2),
  seed: int(1, 999999, 1),
};
