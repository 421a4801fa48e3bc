/** The figure's shareable state and its URL codec (parameters `disagg.*`). */
import { oneOf, type Schema } from '../lib/url-state';
import { DISAGG_MODELS, type DisaggModelId, type MetricId } from './core';
import { FIGURE } from './figure';
import type { FactorId } from '../lib/models/factors';

export const WIDGET_ID = FIGURE.id;

export const MODEL_LABELS: Record<DisaggModelId, string> = {
  'ae-d16': 'ae-d16 (autoencoder, 16-number code)',
  'ae-d2': 'ae-d2 (autoencoder, 2-number code)',
  'dae-d16': 'dae-d16 (denoising autoencoder)',
  pca: 'pca (16 components)',
};

export interface DisaggregatedState {
  model: DisaggModelId;
  /** The per-digit metric averaged in each cell. */
  metric: MetricId;
  /** The factor whose bins make the columns. */
  factor: FactorId;
}

export const schema: Schema<DisaggregatedState> = {
  model: oneOf(DISAGG_MODELS, 'ae-d16'),
  metric: oneOf(['mse', 'flag'] as const, 'mse'),
  factor: oneOf(['ink', 'slant'] as const, 'ink'),
};
