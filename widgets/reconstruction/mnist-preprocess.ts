/**
 * A drawn digit prepared the way MNIST's digits were [LeCun et al. 1998]: the
 * ink's bounding box is scaled, keeping its aspect ratio, to fit a 20 × 20 box,
 * with antialiasing (here: exact area averaging), and the result is placed in a
 * 28 × 28 field so that its centre of mass is at the centre of the field.
 */
import { IMAGE_SIZE } from '../lib/models/registry';

export const FIELD = IMAGE_SIZE;
export const BOX = 20;

export interface InkImage {
  width: number;
  height: number;
  /** width × height values in [0, 1], row-major. */
  ink: Float32Array;
}

interface Moments {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Centre of mass in continuous coordinates (pixel i spans [i, i + 1)). */
  cx: number;
  cy: number;
  total: number;
}

function moments({ width, height, ink }: InkImage): Moments | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ink[y * width + x] as number;
      if (v <= 0) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
      total += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return total > 0 ? { x0, y0, x1: x1 + 1, y1: y1 + 1, cx: sx / total, cy: sy / total, total } : null;
}

/**
 * Weights of a box filter in one dimension: output pixel u covers source
 * [origin + u / scale, origin + (u + 1) / scale), and each source pixel
 * contributes by its overlap with that interval (normalised to the interval's length).
 */
function overlapWeights(u: number, origin: number, scale: number, size: number): [number, number][] {
  const a = origin + u / scale;
  const b = origin + (u + 1) / scale;
  const out: [number, number][] = [];
  for (let i = Math.max(0, Math.floor(a)); i < Math.min(size, Math.ceil(b)); i++) {
    const w = Math.min(b, i + 1) - Math.max(a, i);
    if (w > 0) out.push([i, w * scale]);
  }
  return out;
}

/** 784 grey levels in [0, 1], brightest pixel 1, or null when nothing is drawn. */
export function mnistLike(image: InkImage): Float32Array | null {
  const m = moments(image);
  if (!m) return null;
  const scale = BOX / Math.max(m.x1 - m.x0, m.y1 - m.y0);
  // Source coordinate of the output field's left/top edge, chosen so the centre of mass lands on 14.
  const originX = m.cx - FIELD / 2 / scale;
  const originY = m.cy - FIELD / 2 / scale;
  const cols = Array.from({ length: FIELD }, (_, u) => overlapWeights(u, originX, scale, image.width));
  const rows = Array.from({ length: FIELD }, (_, v) => overlapWeights(v, originY, scale, image.height));
  const out = new Float32Array(FIELD * FIELD);
  let max = 0;
  for (let v = 0; v < FIELD; v++) {
    for (let u = 0; u < FIELD; u++) {
      let s = 0;
      for (const [y, wy] of rows[v] ?? []) {
        for (const [x, wx] of cols[u] ?? []) s += wy * wx * (image.ink[y * image.width + x] as number);
      }
      out[v * FIELD + u] = s;
      max = Math.max(max, s);
    }
  }
  // MNIST digits reach full intensity; a thin or faint drawing is brought to the same range.
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, (out[i] as number) / max);
  return out;
}

/** Centre of mass of a 28 × 28 image in continuous coordinates (for tests and readouts). */
export function centreOfMass(pixels: Float32Array, size = FIELD): [number, number] {
  const m = moments({ width: size, height: size, ink: pixels });
  return m ? [m.cx, m.cy] : [NaN, NaN];
}
