/** The figure's shareable state and its URL codec (parameters `eigen.*`). */
import { heldOutDigit } from '../lib/digits/sets';
import { int, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
/** The shipped model's component count (its card and pca.json say 64). */
export const MAX_K = 64;
export const DEFAULT_K = 16;
/** Components drawn as images. */
export const SHOWN = 8;

export interface EigenState {
  /** Index of the held-out digit rebuilt. */
  digit: number;
  /** Components used, 0 (the mean alone) to MAX_K. */
  k: number;
}

export const schema: Schema<EigenState> = {
  digit: heldOutDigit(0),
  k: int(0, MAX_K, DEFAULT_K),
};
