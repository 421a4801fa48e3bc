/** The widget's shareable state and its URL codec (parameters `gmm.*`). */
import { int, num, oneOf, type Schema } from '../lib/url-state';
import { EXTENT, PRESET_NAMES, type PresetName } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const MAX_SAMPLES = 5000;

export interface GmmState {
  mix: PresetName;
  /** How many samples have been drawn. */
  n: number;
  seed: number;
  /** The point being scored. */
  x: number;
  y: number;
}

export const schema: Schema<GmmState> = {
  mix: oneOf(PRESET_NAMES, 'three'),
  n: int(0, MAX_SAMPLES, 0),
  seed: int(0, 2 ** 31 - 1, 1),
  x: num(-EXTENT, EXTENT, 0, 2),
  y: num(-EXTENT, EXTENT, 0, 2),
};
