/** Small probes of a page's state shared by the end-to-end tests: TF.js tensors, canvas pixels. */
import type { Locator, Page } from '@playwright/test';
import { tileDigits } from '../../widgets/lib/digits/paint';

/** The number of live tensors in the page's TF.js engine. */
export function numTensors(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors,
  );
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
  for (let i = 0; i < grey.length; i++)
    s += Math.abs((grey[i] ?? 0) - Math.round(Math.min(1, Math.max(0, expected[i] ?? 0)) * 255));
  return s / grey.length;
}

/**
 * Text in an element that no sighted reader can see: in an element clipped
 * away or shrunk to a pixel (the "visually hidden" pattern). A figure's
 * readouts are for everyone; text only a screen reader gets is a number
 * computed for nobody to check. Chart text inside SVG is not looked at.
 */
export function invisibleText(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const out: string[] = [];
    for (const node of Array.from(el.querySelectorAll('*'))) {
      // Charts, and text meant for screen readers only (e.g. why a backend was chosen), are not readouts.
      if (node.closest('svg') || node.closest('.sr-only')) continue;
      const own = Array.from(node.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => (n.textContent ?? '').trim())
        .join(' ')
        .trim();
      if (own === '' || !node.checkVisibility()) continue;
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const clip = style.getPropertyValue('clip');
      const clipped = (clip !== 'auto' && clip !== '') || style.clipPath !== 'none';
      if (box.width <= 1 || box.height <= 1 || clipped) out.push(own);
    }
    return out;
  });
}

/** Images (784 floats each) laid out as the figures' canvases tile them, as floats in [0, 1]. */
export function gridOf(images: ArrayLike<number>, count: number, cols: number): Float32Array {
  return Float32Array.from(tileDigits(images, count, cols).grey, (g) => g / 255);
}
