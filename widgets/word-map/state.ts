/** The word-map figure's shareable state (parameters `wordmap.*`). */
import { text, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const MAX_URL_WORDS_TEXT = 600;
/** More labels than this make an unreadable map; the rest are left out with a note. */
export const MAX_MAP_WORDS = 120;

export interface WordMapState {
  words: string;
  /** Pairs drawn as arrows from the first word to the second. */
  pairs: string;
}

export const schema: Schema<WordMapState> = {
  words: text('man woman king queen prince princess boy girl brother sister uncle aunt father mother', MAX_URL_WORDS_TEXT),
  pairs: text('man woman, king queen, prince princess, boy girl, brother sister, uncle aunt, father mother', 400),
};
