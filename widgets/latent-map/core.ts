/**
 * The geometry of the latent map: which tiles of a fixed lattice are visible
 * for a view (centre and zoom), where they go on the canvas, and the prior's
 * contours. Tiles sit on a lattice anchored at the origin, so panning reuses
 * the tiles already decoded and only new rows or columns need the decoder.
 */
import { digitColours } from '../lib/digits/palette';
import { IMAGE_SIZE } from '../lib/models/registry';

export interface View {
  x: number;
  y: number;
  zoom: number;
}

/** At zoom 1 the view spans [−3, 3] on each axis, with 15 tiles across. */
export const BASE_HALF = 3;
export const TILES = 15;
/** Tiles are drawn one canvas pixel per digit pixel. */
export const TILE_PX = IMAGE_SIZE;
export const CANVAS_PX = TILES * TILE_PX;
export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 6;
export const PAN_LIMIT = 12;

export const halfSpan = (zoom: number) => BASE_HALF / zoom;
/** Distance in latent units between neighbouring tile centres. */
export const tileStep = (zoom: number) => (2 * halfSpan(zoom)) / TILES;

export interface Tile {
  i: number;
  j: number;
  /** The code decoded for this tile (its centre). */
  zx: number;
  zy: number;
  /** Top-left corner on the canvas, in canvas pixels (y down). */
  px: number;
  py: number;
}

/** Canvas pixel position of a latent point (y axis pointing up). */
export function toCanvas(v: View, zx: number, zy: number): [number, number] {
  const h = halfSpan(v.zoom);
  return [((zx - (v.x - h)) / (2 * h)) * CANVAS_PX, ((v.y + h - zy) / (2 * h)) * CANVAS_PX];
}

export function fromCanvas(v: View, px: number, py: number): [number, number] {
  const h = halfSpan(v.zoom);
  return [v.x - h + (px / CANVAS_PX) * 2 * h, v.y + h - (py / CANVAS_PX) * 2 * h];
}

/** Every lattice tile that overlaps the view. */
export function visibleTiles(v: View): Tile[] {
  const h = halfSpan(v.zoom);
  const s = tileStep(v.zoom);
  // Tile i covers [(i − ½)s, (i + ½)s]; keep those that overlap the view's open interval.
  const i0 = Math.floor((v.x - h) / s - 0.5) + 1;
  const i1 = Math.ceil((v.x + h) / s + 0.5) - 1;
  const j0 = Math.floor((v.y - h) / s - 0.5) + 1;
  const j1 = Math.ceil((v.y + h) / s + 0.5) - 1;
  const out: Tile[] = [];
  for (let j = j1; j >= j0; j--) {
    for (let i = i0; i <= i1; i++) {
      const zx = i * s;
      const zy = j * s;
      const [cx, cy] = toCanvas(v, zx, zy);
      out.push({ i, j, zx, zy, px: Math.round(cx - TILE_PX / 2) + 0, py: Math.round(cy - TILE_PX / 2) + 0 }); // + 0: no −0
    }
  }
  return out;
}

export function clampView(v: View): View {
  const c = (a: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, a));
  return { x: c(v.x, -PAN_LIMIT, PAN_LIMIT), y: c(v.y, -PAN_LIMIT, PAN_LIMIT), zoom: c(v.zoom, ZOOM_MIN, ZOOM_MAX) };
}

/** Zoom by `factor` keeping the latent point (ax, ay) fixed on screen. */
export function zoomAbout(v: View, factor: number, ax: number, ay: number): View {
  const zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, v.zoom * factor));
  const k = v.zoom / zoom; // new half-span over old
  return clampView({ zoom, x: ax + (v.x - ax) * k, y: ay + (v.y - ay) * k });
}

/** Radius of the circle holding a fraction p of the 2-d standard normal: P(‖z‖ ≤ r) = 1 − exp(−r²/2). */
export function massRadius(p: number): number {
  return Math.sqrt(-2 * Math.log(1 - p));
}

/** The prior's density contours drawn on the map, by the mass they enclose. */
export const CONTOUR_MASSES = [0.5, 0.9, 0.95] as const;
/** Where each contour's label sits, as an angle (radians) from the z₁ axis, so the labels do not overlap. */
export const CONTOUR_LABEL_ANGLES = [Math.PI / 4, Math.PI / 9, (2 * Math.PI) / 5] as const;

/** Dots and legend are drawn over decoded digits (white on black): the palette for dark backgrounds. */
export const CLASS_COLOURS = digitColours('dark');
