/** The latent-space figure's shareable state (parameters `latent.*`): which model, and the probe point being decoded. */
import { num, oneOf, type Schema } from '../lib/url-state';
import { LATENT_MODELS, type LatentModelId } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface LatentState {
  model: LatentModelId;
  /** The probe point; clamped to the plotted extent of the model's codes. */
  z1: number;
  z2: number;
}

export const schema: Schema<LatentState> = {
  model: oneOf(LATENT_MODELS, 'ae-d2'),
  z1: num(-1000, 1000, 0, 3),
  z2: num(-1000, 1000, 0, 3),
};
