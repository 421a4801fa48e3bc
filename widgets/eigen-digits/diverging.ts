/**
 * Signed images (a principal component) in a diverging palette: blue for
 * negative, orange for positive, the neutral middle the page's background, so
 * zero disappears into the page in either theme. Blue and orange stay distinct
 * with the common colour-vision deficiencies. Each image is scaled by its own
 * largest magnitude.
 */
import type { Theme } from '../lib/ui/useTheme';

type Rgb = readonly [number, number, number];
const ENDS: Record<Theme, { neg: Rgb; mid: Rgb; pos: Rgb }> = {
  light: { neg: [33, 102, 172], mid: [255, 255, 255], pos: [214, 96, 0] },
  dark: { neg: [103, 169, 230], mid: [23, 24, 28], pos: [240, 150, 60] },
};

/** The colour of t in [−1, 1]. */
export function divergingRgb(t: number, theme: Theme): Rgb {
  const { neg, mid, pos } = ENDS[theme];
  const s = Math.max(-1, Math.min(1, t));
  const end = s < 0 ? neg : pos;
  const w = Math.abs(s);
  return [0, 1, 2].map((i) => Math.round((mid[i] ?? 0) + w * ((end[i] ?? 0) - (mid[i] ?? 0)))) as unknown as Rgb;
}

/** The largest |v| of an image, the value drawn at full colour. */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i] ?? 0));
  return m || 1;
}

/** RGB bytes of a size × size signed image. */
export function divergingBytes(values: ArrayLike<number>, theme: Theme): Uint8Array {
  const scale = maxAbs(values);
  const out = new Uint8Array(values.length * 3);
  for (let i = 0; i < values.length; i++) out.set(divergingRgb((values[i] ?? 0) / scale, theme), i * 3);
  return out;
}

/** CSS gradient of the palette, for the legend. */
export function divergingGradient(theme: Theme): string {
  const css = (c: Rgb) => `rgb(${c.join(' ')})`;
  const { neg, mid, pos } = ENDS[theme];
  return `linear-gradient(to right, ${css(neg)}, ${css(mid)}, ${css(pos)})`;
}
