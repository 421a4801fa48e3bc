/** The GAN figure's shareable state and its URL codec (parameters `gan.*`). Training progress is not in the link. */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { GAN_DATASETS, type GanDataset } from './data';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const LR_CHOICES = [0.00001, 0.0001, 0.0005, 0.001, 0.002, 0.005, 0.01] as const;
export const MAX_D_STEPS = 5;

export interface GanState {
  dataset: GanDataset;
  seed: number;
  /** Adam's learning rate for the generator. */
  glr: number;
  /** Adam's learning rate for the discriminator. */
  dlr: number;
  /** Discriminator steps per generator step. */
  dsteps: number;
}

export const schema: Schema<GanState> = {
  dataset: oneOf(GAN_DATASETS, 'mixture'),
  seed: int(1, 999_999, 1),
  glr: num(0.00001, 0.05, 0.002, 5),
  dlr: num(0.00001, 0.05, 0.002, 5),
  dsteps: int(1, MAX_D_STEPS, 1),
};

/** The setting the caption links to: the discriminator learns 50 times slower than the generator, which collapses. */
export const COLLAPSE: GanState = { dataset: 'mixture', seed: 2, glr: 0.005, dlr: 0.0001, dsteps: 1 };
