/** The sampling figure's shareable state (parameters `sample.*`). */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export const MODES = ['mean', 'binary'] as const;
export const AE_CODES = ['prior', 'fitted'] as const;

export interface SampleState {
  seed: number;
  /** Temperature: codes are drawn with standard deviation T. */
  t: number;
  /** Show the decoder's Bernoulli means (grey) or black-and-white draws from them. */
  mode: (typeof MODES)[number];
  /** Where the autoencoder's random codes come from: N(0, T² I), or a Gaussian fitted to its held-out codes. */
  ae: (typeof AE_CODES)[number];
}

export const schema: Schema<SampleState> = {
  seed: int(1, 999999, 1),
  t: num(0, 2.5, 1, 2),
  mode: oneOf(MODES, 'mean'),
  ae: oneOf(AE_CODES, 'prior'),
};
