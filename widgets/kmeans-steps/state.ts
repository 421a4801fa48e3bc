/** The figure's shareable state and its URL codec (parameters `kmeans.*`). */
import { int, oneOf, type Schema } from '../lib/url-state';
import { DATASET_NAMES, INITS, type DataSetName, type Init } from '../lib/clustering';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** The most half-steps a link may ask for; every data set here converges well before. */
export const MAX_STEPS = 200;
export const MAX_K = 10;

export interface KmeansStepsState {
  data: DataSetName;
  k: number;
  init: Init;
  /** Seed of the initialisation. */
  seed: number;
  /** Half-steps taken since the initialisation (assign, update, assign, …). */
  steps: number;
}

export const schema: Schema<KmeansStepsState> = {
  data: oneOf(DATASET_NAMES, 'blobs'),
  k: int(1, MAX_K, 3),
  init: oneOf(INITS, 'random'),
  seed: int(1, 999_999, 1),
  steps: int(0, MAX_STEPS, 0),
};
