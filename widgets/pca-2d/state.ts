/** The figure's shareable state and its URL codec (parameters `pca2d.*`). Dragged points are not part of a link. */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { DATASETS, type Dataset } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export const RHO = { min: -0.95, max: 0.95, step: 0.05 } as const;
export const SPREAD = { min: 0.3, max: 2.5, step: 0.05 } as const;

export interface Pca2dState {
  data: Dataset;
  rho: number;
  spread: number;
  seed: number;
}

export const schema: Schema<Pca2dState> = {
  data: oneOf(DATASETS, 'gaussian'),
  rho: num(RHO.min, RHO.max, 0.7, 2),
  spread: num(SPREAD.min, SPREAD.max, 1.5, 2),
  seed: int(1, 999999, 1),
};
