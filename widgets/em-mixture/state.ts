/** The figure's shareable state and its URL codec (parameters `em.*`). */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { DATASET_NAMES, EXTENT, type DataSetName } from '../lib/clustering';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export const MAX_ITERATIONS = 200;
export const MAX_K = 10;

export interface EmMixtureState {
  data: DataSetName;
  k: number;
  /** Seed of the starting means (k-means++), shared with the k-means panel. */
  seed: number;
  /** EM iterations (an E-step and an M-step each) since the start. */
  steps: number;
  /** A new point to assign. */
  x: number;
  y: number;
}

export const schema: Schema<EmMixtureState> = {
  data: oneOf(DATASET_NAMES, 'anisotropic'),
  k: int(1, MAX_K, 3),
  seed: int(1, 999_999, 1),
  steps: int(0, MAX_ITERATIONS, 0),
  x: num(-EXTENT, EXTENT, 0, 2),
  y: num(-EXTENT, EXTENT, 0, 2),
};
