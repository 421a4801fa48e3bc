/**
 * The 2-d code space of the held-out digits: the plot's extent, the nearest
 * digit to a point, keyboard moves of the probe, and decoding one point.
 * Pure apart from decodePoint, which takes TF.js and the model as parameters.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type { Decoder } from '../lib/models/roles';

export const LATENT_MODELS = ['ae-d2', 'vae-d2'] as const;
export type LatentModelId = (typeof LATENT_MODELS)[number];

export type Vec2 = [number, number];
export interface Extent {
  x: Vec2;
  y: Vec2;
}

/** The codes' bounding box, widened by `pad` of its size on every side so the reader can probe outside the cloud. */
export function extentOf(codes: Float32Array, pad = 0.2): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < codes.length; i += 2) {
    const x = codes[i] as number;
    const y = codes[i + 1] as number;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  const px = (x1 - x0) * pad;
  const py = (y1 - y0) * pad;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: [round(x0 - px), round(x1 + px)], y: [round(y0 - py), round(y1 + py)] };
}

/** Index of the code nearest to z, measuring distance in units of the plot's width and height (as the eye does). */
export function nearestIndex(codes: Float32Array, z: Vec2, extent: Extent): number {
  const sx = 1 / (extent.x[1] - extent.x[0]);
  const sy = 1 / (extent.y[1] - extent.y[0]);
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; 2 * i + 1 < codes.length; i++) {
    const dx = ((codes[2 * i] as number) - z[0]) * sx;
    const dy = ((codes[2 * i + 1] as number) - z[1]) * sy;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

export function clampTo(z: Vec2, extent: Extent): Vec2 {
  const c = (v: number, [lo, hi]: Vec2) => Math.min(hi, Math.max(lo, v));
  return [c(z[0], extent.x), c(z[1], extent.y)];
}

/** Arrow keys move the probe by 1/40 of the plot (Shift: 1/8), staying inside it; other keys return null. */
export function moveProbe(z: Vec2, key: string, extent: Extent, big = false): Vec2 | null {
  const f = big ? 1 / 8 : 1 / 40;
  const dx = (extent.x[1] - extent.x[0]) * f;
  const dy = (extent.y[1] - extent.y[0]) * f;
  const step: Record<string, Vec2> = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, dy], ArrowDown: [0, -dy] };
  const s = step[key];
  return s ? roundProbe(clampTo([z[0] + s[0], z[1] + s[1]], extent)) : null;
}

/** Probe coordinates are kept to 3 decimals, as the link stores them. */
export function roundProbe(z: Vec2): Vec2 {
  return [Math.round(z[0] * 1000) / 1000, Math.round(z[1] * 1000) / 1000];
}

/** The median code of each class: where the plot writes the class's label. */
export function classCentres(codes: Float32Array, labels: ArrayLike<number>): { label: number; x: number; y: number }[] {
  const median = (v: number[]) => {
    const s = [...v].sort((a, b) => a - b);
    return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : NaN;
  };
  return Array.from({ length: 10 }, (_, label) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] !== label) continue;
      xs.push(codes[2 * i] as number);
      ys.push(codes[2 * i + 1] as number);
    }
    return { label, x: median(xs), y: median(ys) };
  });
}

/** Decode one point into 784 grey levels: one small batch, every tensor freed. */
export function decodePoint(tf: typeof TfCore, model: Decoder, z: Vec2): Float32Array {
  return tf.tidy(() => model.decode(tf.tensor2d([z[0], z[1]], [1, 2])).dataSync() as Float32Array);
}
