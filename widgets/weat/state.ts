/** The WEAT figure's shareable state (parameters `weat.*`). */
import { oneOf, text, type Schema } from '../lib/url-state';
import { WEAT_PRESETS } from '../lib/embeddings/core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const CUSTOM = 'custom';
export const MAX_URL_SET_TEXT = 1500;
/** Per set; the cost grows with |X ∪ Y| · |A ∪ B|, so a pasted dictionary is cut here, with a message. */
export const MAX_SET_WORDS = 1000;
export const TESTS = [...WEAT_PRESETS.map((p) => p.id), CUSTOM];

export interface WeatState {
  /** A preset (weat1 … weat10) or "custom", which uses the four lists below. */
  test: string;
  x: string;
  y: string;
  a: string;
  b: string;
}

export const schema: Schema<WeatState> = {
  test: oneOf(TESTS, 'weat1'),
  x: text('', MAX_URL_SET_TEXT),
  y: text('', MAX_URL_SET_TEXT),
  a: text('', MAX_URL_SET_TEXT),
  b: text('', MAX_URL_SET_TEXT),
};
