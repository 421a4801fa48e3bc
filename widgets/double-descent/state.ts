/** The figure's shareable state and its URL codec (parameters `dd.*`). */
import { int, num, type Schema } from '../lib/url-state';
import { DEFAULTS, N_RANGE, P_MAX } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** The range of the noise's standard deviation σ. */
export const NOISE = { min: 0, max: 1, step: 0.05 } as const;

export interface DoubleDescentState {
  /** The number of data points. */
  n: number;
  /** The standard deviation of the noise added to the target. */
  noise: number;
  /** The number of random features. */
  p: number;
  /** The seed of the data, its noise and the features. */
  seed: number;
}

export const schema: Schema<DoubleDescentState> = {
  n: int(N_RANGE.min, N_RANGE.max, DEFAULTS.n),
  noise: num(NOISE.min, NOISE.max, DEFAULTS.noise, 2),
  p: int(1, P_MAX, DEFAULTS.p),
  seed: int(1, 999, DEFAULTS.seed),
};
