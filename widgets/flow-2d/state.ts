/** The 2-d flow figure's shareable state and its URL codec (parameters `flow.*`). Training progress is not in the link. */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { DATASET_NAMES, type DatasetName } from './data';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const LR_CHOICES = [0.001, 0.002, 0.005, 0.01, 0.02] as const;
export const MIN_LAYERS = 2;
export const MAX_LAYERS = 10;

export interface FlowState {
  dataset: DatasetName;
  seed: number;
  /** Adam's learning rate. */
  lr: number;
  /** Number of affine coupling layers. */
  layers: number;
}

export const schema: Schema<FlowState> = {
  dataset: oneOf(DATASET_NAMES, 'moons'),
  seed: int(1, 999_999, 1),
  lr: num(0.0001, 0.05, 0.005, 4),
  layers: int(MIN_LAYERS, MAX_LAYERS, 6),
};
