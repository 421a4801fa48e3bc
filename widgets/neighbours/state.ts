/** Figure 11.1's shareable state (parameters `nn.*`). */
import { int, text, type Schema } from '../lib/url-state';

export const WIDGET_ID = 'nn';

export interface NeighboursState {
  word: string;
  /** How many neighbours to list. */
  k: number;
}

export const schema: Schema<NeighboursState> = {
  word: text('frog', 60),
  k: int(1, 50, 10),
};
