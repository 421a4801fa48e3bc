/**
 * Drawing 28 × 28 digit images into canvases with putImageData: fast enough
 * for every frame of a drag, and crisp when scaled up with CSS
 * `image-rendering: pixelated`. White ink on black, as the data are stored.
 */
export const SIDE = 28;
const PX = SIDE * SIDE;

/** Write image `k` of `values` (floats in [0, 1], 784 per image) into `target` at (ox, oy). */
export function paintDigit(target: ImageData, values: ArrayLike<number>, k: number, ox: number, oy: number): void {
  const { width, height, data } = target;
  for (let y = 0; y < SIDE; y++) {
    const ty = oy + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < SIDE; x++) {
      const tx = ox + x;
      if (tx < 0 || tx >= width) continue;
      const v = values[k * PX + y * SIDE + x] ?? 0;
      const g = Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * 255);
      const o = (ty * width + tx) * 4;
      data[o] = g;
      data[o + 1] = g;
      data[o + 2] = g;
      data[o + 3] = 255;
    }
  }
}

/** A grid of `count` digits, `cols` wide, `gap` pixels apart, drawn into `canvas` (resized to fit). */
export function drawDigitGrid(canvas: HTMLCanvasElement, values: ArrayLike<number>, count: number, cols: number, gap = 2): void {
  const rows = Math.ceil(count / cols);
  const width = cols * SIDE + (cols - 1) * gap;
  const height = rows * SIDE + (rows - 1) * gap;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(width, height);
  img.data.fill(0);
  for (let k = 0; k < count; k++) paintDigit(img, values, k, (k % cols) * (SIDE + gap), Math.floor(k / cols) * (SIDE + gap));
  ctx.putImageData(img, 0, 0);
}

/** Image `index` of a shipped set as floats in [0, 1] (as digitPixels does, without importing TF.js). */
export function digitFloats(set: { images: Uint8Array }, index: number): Float32Array {
  const out = new Float32Array(PX);
  for (let i = 0; i < PX; i++) out[i] = (set.images[index * PX + i] ?? 0) / 255;
  return out;
}
