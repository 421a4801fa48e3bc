/** The diffusion figure's shareable state and its URL codec (parameters `diff.*`). */
import { int, oneOf, type Schema } from '../lib/url-state';
import { DIFFUSION_T } from '../lib/diffusion';
import { DIFFUSION_DATASETS, SAMPLERS, type DiffusionDataset, type SamplerName } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface Diffusion2dState {
  data: DiffusionDataset;
  seed: number;
  /** The forward step shown, 0…T. */
  t: number;
  /** Reverse steps taken by the sampler, 1…T. */
  steps: number;
  sampler: SamplerName;
}

export const schema: Schema<Diffusion2dState> = {
  data: oneOf(DIFFUSION_DATASETS, 'mixture'),
  seed: int(1, 999_999, 1),
  t: int(0, DIFFUSION_T, 10),
  steps: int(1, DIFFUSION_T, DIFFUSION_T),
  sampler: oneOf(SAMPLERS, 'ddpm'),
};
