/** The figure's shareable state (parameters `lc.*`): the representation clustered, k, and the first restart's seed. */
import { int, oneOf, type Schema } from '../lib/url-state';
import { K_RANGE, REPRESENTATIONS, SEED_RANGE, type Representation } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface LearnedClustersState {
  rep: Representation;
  k: number;
  seed: number;
}

export const schema: Schema<LearnedClustersState> = {
  rep: oneOf(REPRESENTATIONS, 'ae16'),
  k: int(K_RANGE.min, K_RANGE.max, K_RANGE.def),
  seed: int(SEED_RANGE.min, SEED_RANGE.max, SEED_RANGE.def),
};
