/** The reconstruction figure's build-time sheet: rows of 28 × 28 digits tiled into one PNG. */
import { pngDataUri } from '../build-time/png';

/** Tile 28 × 28 images (values in [0, 1]) into one greyscale PNG, as a data: URL. */
export function digitSheet(rows: readonly (readonly ArrayLike<number>[])[], gap = 2): { url: string; width: number; height: number } {
  const cols = Math.max(...rows.map((r) => r.length));
  const width = cols * 28 + (cols - 1) * gap;
  const height = rows.length * 28 + (rows.length - 1) * gap;
  const grey = new Uint8Array(width * height).fill(128);
  rows.forEach((row, r) =>
    row.forEach((img, c) => {
      for (let y = 0; y < 28; y++) {
        for (let x = 0; x < 28; x++) {
          const v = Math.min(1, Math.max(0, img[y * 28 + x] ?? 0));
          grey[(r * (28 + gap) + y) * width + c * (28 + gap) + x] = Math.round(v * 255);
        }
      }
    }),
  );
  return { url: pngDataUri(grey, width, height, 1), width, height };
}
