/** Small probes of a page's state shared by the end-to-end tests: TF.js tensors, canvas pixels. */
import type { Locator, Page } from '@playwright/test';
import { tileDigits } from '../../widgets/lib/digits/paint';

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

/** Images (784 floats each) laid out as the figures' canvases tile them, as floats in [0, 1]. */
export function gridOf(images: ArrayLike<number>, count: number, cols: number): Float32Array {
  return Float32Array.from(tileDigits(images, count, cols).grey, (g) => g / 255);
}
