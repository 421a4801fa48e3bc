/**
 * The reconstruction figure's shareable state (parameters `recon.*`). A drawn digit is not
 * part of a link: it lives only in the reader's page.
 */
import { heldOutDigit } from '../lib/digits/sets';
import { int, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const MAX_K = 64;
/** ae-d16's code size: the default k compares PCA and the autoencoder at the same size. */
export const DEFAULT_K = 16;

export interface ReconState {
  /** Index of the held-out digit shown; 0 is the gallery's first digit, a 0. */
  digit: number;
  /** PCA components. */
  k: number;
  /** Seed of the last "Next random" draw. */
  seed: number;
}

export const schema: Schema<ReconState> = {
  digit: heldOutDigit(0),
  k: int(1, MAX_K, DEFAULT_K),
  seed: int(0, 2 ** 31 - 1, 0),
};
