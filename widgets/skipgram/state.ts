/** The skip-gram figure's shareable state (parameters `skipgram.*`). */
import { int, num, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface SkipGramState {
  seed: number;
  dims: number;
  window: number;
  /** Noise words per positive pair. */
  neg: number;
  /** word2vec's default learning rate. */
  lr: number;
  /** Training stops after this many passes over the corpus. */
  epochs: number;
}

export const schema: Schema<SkipGramState> = {
  seed: int(1, 99999, 1),
  dims: int(2, 50, 10),
  window: int(1, 5, 2),
  neg: int(1, 15, 5),
  /** word2vec's default learning rate. */
  lr: num(0.001, 0.5, 0.025, 3),
  epochs: int(10, 2000, 200),
};
