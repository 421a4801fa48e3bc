/** The figure's shareable state (parameters `knn.*`): the query digit and k. */
import { heldOutDigit } from '../lib/digits/sets';
import { int, type Schema } from '../lib/url-state';
import { K_DEFAULT, K_MAX } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface RetrievalState {
  /** The held-out digit whose neighbours are shown. */
  digit: number;
  /** Neighbours shown and voting. */
  k: number;
}

export const schema: Schema<RetrievalState> = {
  digit: heldOutDigit(0),
  k: int(1, K_MAX, K_DEFAULT),
};
