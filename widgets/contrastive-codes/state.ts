/** The figure's shareable state (parameters `simclr.*`): the chosen digit, the views' strength and their seed. */
import { heldOutDigit } from '../lib/digits/sets';
import { int, num, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** The strength slider: 0 (the digit itself) to twice the training augmentations. */
export const STRENGTH = { min: 0, max: 2, step: 0.05 } as const;
export const SEED_MAX = 9999;

export interface ContrastiveCodesState {
  /** The held-out digit whose views, place in the map and neighbours are shown. */
  digit: number;
  /** The views' augmentations, as a multiple of training's (1). */
  strength: number;
  /** Seed of the views' random draws. */
  seed: number;
}

export const schema: Schema<ContrastiveCodesState> = {
  digit: heldOutDigit(0),
  strength: num(STRENGTH.min, STRENGTH.max, 1, 2),
  seed: int(1, SEED_MAX, 1),
};
