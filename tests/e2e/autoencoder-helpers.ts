/**
 * Shared by the chapter 5 and 6 end-to-end tests: the shipped models run in
 * Node (TF.js CPU backend) on the same files, so a test can compare what the
 * page shows with the core's own computation; and small page probes.
 */
import type { Locator, Page } from '@playwright/test';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '../../widgets/build-time/models';

export { buildTimeDigits as nodeDigits, buildTimeModel as nodeModel, buildTimeTf as nodeTf };

/** The number of live tensors in the page's TF.js engine. */
export function numTensors(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors);
}

/** A canvas's grey levels (red channel), 0–255, row-major. */
export async function canvasGrey(canvas: Locator, x = 0, y = 0, w?: number, h?: number): Promise<number[]> {
  return canvas.evaluate(
    (el, [x0, y0, w0, h0]) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(x0 ?? 0, y0 ?? 0, w0 ?? c.width, h0 ?? c.height).data ?? [];
      const out: number[] = [];
      for (let i = 0; i < data.length; i += 4) out.push(data[i] ?? 0);
      return out;
    },
    [x, y, w, h] as const,
  );
}

/** Mean absolute difference, in grey levels, between canvas pixels and floats in [0, 1]. */
export function meanAbsDiff(grey: readonly number[], expected: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < grey.length; i++) s += Math.abs((grey[i] ?? 0) - Math.round(Math.min(1, Math.max(0, expected[i] ?? 0)) * 255));
  return s / grey.length;
}

/** Lay out images (784 floats each) as the widgets' grids do, `gap` pixels apart, as floats (gap pixels 0). */
export function gridOf(images: ArrayLike<number>, count: number, cols: number, gap = 2): Float32Array {
  const rows = Math.ceil(count / cols);
  const width = cols * 28 + (cols - 1) * gap;
  const out = new Float32Array(width * (rows * 28 + (rows - 1) * gap));
  for (let k = 0; k < count; k++) {
    const ox = (k % cols) * (28 + gap);
    const oy = Math.floor(k / cols) * (28 + gap);
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) out[(oy + y) * width + ox + x] = images[k * 784 + y * 28 + x] ?? 0;
  }
  return out;
}
