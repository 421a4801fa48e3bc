/** The debiasing figure's shareable state (parameters `debias.*`). */
import { int, oneOf, type Schema } from '../lib/url-state';
import type { DebiasDirection } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const DIRECTIONS: readonly DebiasDirection[] = ['definitional', 'heshe'];
/** Gonen & Goldberg's pool: this many most he-leaning and most she-leaning words. */
export const POOL_PER_SIDE = 500;

export interface DebiasState {
  dir: DebiasDirection;
  /** Professions shown at each end. */
  n: number;
  /** Neighbours counted, within the pool. */
  k: number;
}

export const schema: Schema<DebiasState> = {
  dir: oneOf(DIRECTIONS, 'definitional'),
  n: int(3, 15, 6),
  k: int(1, 50, 10),
};
