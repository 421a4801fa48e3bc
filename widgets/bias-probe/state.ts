/** The bias-probe figure's shareable state (parameters `bias.*`). */
import { int, oneOf, text, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const MAX_URL_WORDS_TEXT = 800;
export const DIRECTION_MODES = ['typed', 'definitional'] as const;
export type DirectionMode = (typeof DIRECTION_MODES)[number];

export interface BiasProbeState {
  /** The direction: from the typed pairs, or PC1 of Bolukbasi et al.'s ten definitional pairs. */
  dir: DirectionMode;
  pairs: string;
  /** Words to project; empty means the neutral professions. */
  words: string;
  /** How many words to show at each end. */
  n: number;
}

export const schema: Schema<BiasProbeState> = {
  dir: oneOf(DIRECTION_MODES, 'typed'),
  pairs: text('he she', 300),
  words: text('', MAX_URL_WORDS_TEXT),
  n: int(3, 30, 12),
};
