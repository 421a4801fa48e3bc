/**
 * Views of a 28 × 28 digit for self-supervised training and its figures: quarter turns
 * (the rotation pretext task), and the random views of contrastive learning.
 *
 * The contrastive views are a random affine map (a small rotation, a scaling, a shift:
 * on a centred digit, what a random crop and resize does to a photograph), then a random
 * erased rectangle and pixel noise. No flips and no large turns: a mirrored 2 or an
 * upturned 6 is another digit, and a view must keep its digit's identity. No colour
 * changes either: the digits are grey.
 */
import type { Uniform } from '../rng';

export const SIDE = 28;
const PIXELS = SIDE * SIDE;

/** The digit turned counter-clockwise by `quarter` × 90°, exactly (pixels move, none is resampled). */
export function rotateQuarter(image: ArrayLike<number>, quarter: number): Float32Array {
  const q = ((quarter % 4) + 4) % 4;
  const out = new Float32Array(PIXELS);
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) {
      const [sr, sc] =
        q === 0 ? [r, c] : q === 1 ? [c, SIDE - 1 - r] : q === 2 ? [SIDE - 1 - r, SIDE - 1 - c] : [SIDE - 1 - c, r];
      out[r * SIDE + c] = image[sr * SIDE + sc] as number;
    }
  return out;
}

/** How far the random views may stray from the digit; `viewStrength(s)` scales them all. */
export interface ViewSettings {
  /** Largest rotation, degrees either way. */
  readonly rotate: number;
  /** Largest relative change of size either way (0.15: 85 % to 115 %). */
  readonly scale: number;
  /** Largest shift, pixels in each direction. */
  readonly shift: number;
  /** Chance of erasing one rectangle, and its largest side in pixels. */
  readonly eraseChance: number;
  readonly eraseSide: number;
  /** Standard deviation of the added noise, grey levels in [0, 1]. */
  readonly noise: number;
}

export const VIEW_SETTINGS: ViewSettings = { rotate: 15, scale: 0.15, shift: 3, eraseChance: 0.5, eraseSide: 10, noise: 0.1 };

/** The view settings at `strength` times their size (0: the digit itself). */
export function viewStrength(strength: number, base: ViewSettings = VIEW_SETTINGS): ViewSettings {
  const s = Math.max(0, strength);
  return {
    rotate: base.rotate * s,
    scale: base.scale * s,
    shift: base.shift * s,
    eraseChance: Math.min(1, base.eraseChance * s),
    eraseSide: base.eraseSide * s,
    noise: base.noise * s,
  };
}

/** The random draws of one view, so a figure can say what was done. */
export interface ViewDraw {
  readonly degrees: number;
  readonly zoom: number;
  readonly dx: number;
  readonly dy: number;
  /** The erased rectangle [row, col, height, width], or null. */
  readonly erased: readonly [number, number, number, number] | null;
}

/** The digit under a rotation by `degrees` and a zoom about its centre, then a shift; bilinear, 0 outside. */
export function affine(image: ArrayLike<number>, degrees: number, zoom: number, dx: number, dy: number): Float32Array {
  const src = Float32Array.from(image);
  const out = new Float32Array(PIXELS);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a) / zoom;
  // Positive degrees turn the digit counter-clockwise on screen, as rotateQuarter does.
  const sin = -Math.sin(a) / zoom;
  const centre = (SIDE - 1) / 2;
  // Written out rather than with helpers: it runs 784 times for every view of every batch.
  for (let r = 0; r < SIDE; r++)
    for (let c = 0; c < SIDE; c++) {
      // Inverse map: where in the source does this output pixel come from?
      const y = r - centre - dy;
      const x = c - centre - dx;
      const sy = centre + cos * y - sin * x;
      const sx = centre + sin * y + cos * x;
      const y0 = Math.floor(sy);
      const x0 = Math.floor(sx);
      if (y0 < -1 || y0 >= SIDE || x0 < -1 || x0 >= SIDE) continue;
      const fy = sy - y0;
      const fx = sx - x0;
      let v = 0;
      if (y0 >= 0) {
        if (x0 >= 0) v += (1 - fy) * (1 - fx) * (src[y0 * SIDE + x0] as number);
        if (x0 + 1 < SIDE) v += (1 - fy) * fx * (src[y0 * SIDE + x0 + 1] as number);
      }
      if (y0 + 1 < SIDE) {
        if (x0 >= 0) v += fy * (1 - fx) * (src[(y0 + 1) * SIDE + x0] as number);
        if (x0 + 1 < SIDE) v += fy * fx * (src[(y0 + 1) * SIDE + x0 + 1] as number);
      }
      out[r * SIDE + c] = v;
    }
  return out;
}

/** One random view of a digit (grey levels in [0, 1]), with the draws that made it. */
export function randomView(
  image: ArrayLike<number>,
  rand: Uniform,
  normal: () => number,
  settings: ViewSettings = VIEW_SETTINGS,
): { view: Float32Array; draw: ViewDraw } {
  const spread = (half: number) => (2 * rand() - 1) * half;
  const degrees = spread(settings.rotate);
  const zoom = 1 + spread(settings.scale);
  const dx = spread(settings.shift);
  const dy = spread(settings.shift);
  const view = affine(image, degrees, zoom, dx, dy);
  let erased: ViewDraw['erased'] = null;
  if (rand() < settings.eraseChance && settings.eraseSide >= 1) {
    const h = 1 + Math.floor(rand() * settings.eraseSide);
    const w = 1 + Math.floor(rand() * settings.eraseSide);
    const top = Math.floor(rand() * (SIDE - h + 1));
    const left = Math.floor(rand() * (SIDE - w + 1));
    for (let r = top; r < top + h; r++) view.fill(0, r * SIDE + left, r * SIDE + left + w);
    erased = [top, left, h, w];
  }
  if (settings.noise > 0)
    for (let i = 0; i < PIXELS; i++) view[i] = Math.min(1, Math.max(0, (view[i] as number) + settings.noise * normal()));
  return { view, draw: { degrees, zoom, dx, dy, erased } };
}
