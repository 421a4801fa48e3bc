/** The drawing pad's ink buffer: round antialiased strokes, and whole cells for keyboard drawing. */
import { IMAGE_SIZE } from '../lib/models/registry';

/** The pad holds 4 × 4 ink samples per cell of its 28 × 28 grid, so strokes are smooth before preprocessing. */
export const CELLS = IMAGE_SIZE;
export const SUB = 4;
export const PAD = CELLS * SUB;
/** Brush radius in ink samples: about 1.5 cells, close to an MNIST stroke once scaled. */
export const BRUSH = 6;

export function emptyInk(): Float32Array {
  return new Float32Array(PAD * PAD);
}

/** Ink a round brush along the segment (x0, y0) → (x1, y1), coordinates in ink samples. */
export function stroke(ink: Float32Array, x0: number, y0: number, x1: number, y1: number, radius = BRUSH): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const xmin = Math.max(0, Math.floor(Math.min(x0, x1) - radius - 1));
  const xmax = Math.min(PAD - 1, Math.ceil(Math.max(x0, x1) + radius + 1));
  const ymin = Math.max(0, Math.floor(Math.min(y0, y1) - radius - 1));
  const ymax = Math.min(PAD - 1, Math.ceil(Math.max(y0, y1) + radius + 1));
  for (let y = ymin; y <= ymax; y++) {
    for (let x = xmin; x <= xmax; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
      const dist = Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
      const v = Math.max(0, Math.min(1, radius + 0.5 - dist)); // a one-sample soft edge
      const i = y * PAD + x;
      if (v > (ink[i] as number)) ink[i] = v;
    }
  }
}

/** Fill or clear one grid cell (keyboard drawing). */
export function setCell(ink: Float32Array, col: number, row: number, on: boolean): void {
  for (let y = row * SUB; y < (row + 1) * SUB; y++) ink.fill(on ? 1 : 0, y * PAD + col * SUB, y * PAD + (col + 1) * SUB);
}

export function cellIsInked(ink: Float32Array, col: number, row: number): boolean {
  return (ink[(row * SUB + SUB / 2) * PAD + col * SUB + SUB / 2] as number) > 0.5;
}

export function hasInk(ink: Float32Array): boolean {
  return ink.some((v) => v > 0);
}
