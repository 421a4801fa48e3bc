/**
 * The one digit painter and the one tiler. Digits are 28 × 28 grey levels in
 * [0, 1], 784 per image, white ink on black as the data are stored; values
 * outside [0, 1] (an unclipped PCA reconstruction) are clipped for display.
 * Canvases, the build-time PNGs and the tests all lay digits out through here.
 */
import { IMAGE_SIZE, PIXELS } from '../models/registry';

/** A grey level in [0, 1] as a byte, clipped. */
export function greyByte(v: number): number {
  return Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * 255);
}

/** Where `count` digits go in a grid `cols` wide, `gap` pixels apart. */
export interface Grid {
  cols: number;
  rows: number;
  gap: number;
  width: number;
  height: number;
}

export function digitGrid(count: number, cols: number, gap = 2): Grid {
  const rows = Math.ceil(count / cols);
  return { cols, rows, gap, width: cols * IMAGE_SIZE + (cols - 1) * gap, height: rows * IMAGE_SIZE + (rows - 1) * gap };
}

/** Top-left corner of tile k. */
export function tileOrigin(grid: Grid, k: number): [number, number] {
  return [(k % grid.cols) * (IMAGE_SIZE + grid.gap), Math.floor(k / grid.cols) * (IMAGE_SIZE + grid.gap)];
}

/** Write image `k` of `values` into an RGBA image at (ox, oy), clipped to its edges. */
export function paintDigit(
  target: Pick<ImageData, 'width' | 'height' | 'data'>,
  values: ArrayLike<number>,
  k: number,
  ox: number,
  oy: number,
): void {
  const { width, height, data } = target;
  for (let y = 0; y < IMAGE_SIZE; y++) {
    const ty = oy + y;
    if (ty < 0 || ty >= height) continue;
    for (let x = 0; x < IMAGE_SIZE; x++) {
      const tx = ox + x;
      if (tx < 0 || tx >= width) continue;
      const g = greyByte(values[k * PIXELS + y * IMAGE_SIZE + x] ?? 0);
      const o = (ty * width + tx) * 4;
      data[o] = g;
      data[o + 1] = g;
      data[o + 2] = g;
      data[o + 3] = 255;
    }
  }
}

export interface TileOptions {
  gap?: number;
  /** Grey level (0–255) between the tiles. */
  background?: number;
  /** Each pixel's byte; default greyByte. */
  level?: (v: number) => number;
}

/** `count` images tiled `cols` wide into one greyscale image, one byte per pixel. */
export function tileDigits(
  values: ArrayLike<number>,
  count: number,
  cols: number,
  options: TileOptions = {},
): Grid & { grey: Uint8Array } {
  const { gap = 2, background = 0, level = greyByte } = options;
  const grid = digitGrid(count, cols, gap);
  const grey = new Uint8Array(grid.width * grid.height).fill(background);
  for (let k = 0; k < count; k++) {
    const [ox, oy] = tileOrigin(grid, k);
    for (let y = 0; y < IMAGE_SIZE; y++) {
      for (let x = 0; x < IMAGE_SIZE; x++)
        grey[(oy + y) * grid.width + ox + x] = level(values[k * PIXELS + y * IMAGE_SIZE + x] ?? 0);
    }
  }
  return { ...grid, grey };
}

/** Images given one array each, concatenated for tileDigits. */
export function concatImages(images: readonly ArrayLike<number>[]): Float32Array {
  const out = new Float32Array(images.length * PIXELS);
  images.forEach((img, k) => {
    for (let i = 0; i < PIXELS; i++) out[k * PIXELS + i] = img[i] ?? 0;
  });
  return out;
}

/** Draw a grid of digits into a canvas (resized to fit), black between tiles; null values clear it to black. */
export function drawDigitGrid(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number> | null,
  count: number,
  cols: number,
  gap = 2,
): void {
  const grid = digitGrid(count, cols, gap);
  if (canvas.width !== grid.width) canvas.width = grid.width;
  if (canvas.height !== grid.height) canvas.height = grid.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(grid.width, grid.height);
  if (values) {
    const { grey } = tileDigits(values, count, cols, { gap });
    for (let i = 0; i < grey.length; i++) {
      const g = grey[i] as number;
      img.data[4 * i] = g;
      img.data[4 * i + 1] = g;
      img.data[4 * i + 2] = g;
      img.data[4 * i + 3] = 255;
    }
  } else {
    for (let i = 3; i < img.data.length; i += 4) img.data[i] = 255;
  }
  ctx.putImageData(img, 0, 0);
}
