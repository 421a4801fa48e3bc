/** The interpolation figure's shareable state (parameters `interp.*`). */
import { heldOutDigit } from '../lib/digits/sets';
import { int, oneOf, type Schema } from '../lib/url-state';
import { METHODS, type Method } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const MIN_STEPS = 3;
export const MAX_STEPS = 15;

export interface InterpState {
  /** Held-out digit at the start (default: a 1) and at the end (default: a 0). */
  a: number;
  b: number;
  steps: number;
  method: Method;
}

export const schema: Schema<InterpState> = {
  a: heldOutDigit(9),
  b: heldOutDigit(0),
  steps: int(MIN_STEPS, MAX_STEPS, 8),
  method: oneOf(METHODS, 'linear'),
};
