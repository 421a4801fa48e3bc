/** The nearest-neighbours figure's shareable state (parameters `nn.*`). */
import { int, text, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface NeighboursState {
  word: string;
  /** How many neighbours to list. */
  k: number;
}

export const schema: Schema<NeighboursState> = {
  word: text('frog', 60),
  k: int(1, 50, 10),
};
