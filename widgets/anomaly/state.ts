/** The anomaly figure's shareable state (parameters `anomaly.*`). */
import { num, oneOf, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export const SCORERS = ['ae-d16', 'dae-d16', 'pca-16'] as const;
export type ScorerId = (typeof SCORERS)[number];

export const SCORER_LABELS: Record<ScorerId, string> = {
  'ae-d16': 'ae-d16 (autoencoder, 16-number code)',
  'dae-d16': 'dae-d16 (denoising autoencoder)',
  'pca-16': 'PCA with 16 components',
};

/** The threshold slider's range, in mean squared error per pixel (log scale). */
export const T_MIN = 0.0005;
export const T_MAX = 0.5;

export interface AnomalyState {
  model: ScorerId;
  scale: 'log' | 'linear';
  /** The threshold on the reconstruction error. */
  t: number;
}

export const schema: Schema<AnomalyState> = {
  model: oneOf(SCORERS, 'ae-d16'),
  scale: oneOf(['log', 'linear'] as const, 'log'),
  t: num(T_MIN, T_MAX, 0.03, 4),
};
