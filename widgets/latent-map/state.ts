/** The latent-map figure's shareable state (parameters `map.*`). */
import { bool, num, type Schema } from '../lib/url-state';
import { PAN_LIMIT, ZOOM_MAX, ZOOM_MIN } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

export interface MapState {
  /** Centre of the view in the latent plane. */
  x: number;
  y: number;
  zoom: number;
  /** Overlays: the held-out digits' posterior means, and the prior's contours. */
  dots: boolean;
  contours: boolean;
}

export const schema: Schema<MapState> = {
  x: num(-PAN_LIMIT, PAN_LIMIT, 0, 2),
  y: num(-PAN_LIMIT, PAN_LIMIT, 0, 2),
  zoom: num(ZOOM_MIN, ZOOM_MAX, 1, 3),
  dots: bool(true),
  contours: bool(true),
};
