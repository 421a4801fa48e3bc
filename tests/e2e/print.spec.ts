/**
 * Print: a figure that is live prints its current view with its buttons hidden, and under it
 * the view's values in words, the link to it as text, and a QR code that decodes (jsQR, from a
 * screenshot of the printed block) to that same link; a figure that never started prints its
 * static fallback; "Print this view" in the figure menu opens the print dialog.
 */
import jsQR from 'jsqr';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/part-1/why-learn-without-labels/';

/** The RGBA pixels of a PNG, decoded by the browser on a blank page (no site policy there). */
async function pixels(browser: Browser, png: Buffer) {
  const blank = await browser.newPage();
  const out = await blank.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return { width: bitmap.width, height: bitmap.height, data: [...ctx.getImageData(0, 0, bitmap.width, bitmap.height).data] };
  }, png.toString('base64'));
  await blank.close();
  return { ...out, data: Uint8ClampedArray.from(out.data) };
}

test('a live figure prints its view, in words, as a link and as a QR code of that link', async ({ page, browser }) => {
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  });
  await page.goto(`${CHAPTER}?gmm.mix=two#gmm`);
  const fig = page.locator('#gmm');
  await expect(fig.locator('.widget-live[data-ready="true"]')).toHaveCount(1);
  await fig.getByRole('button', { name: 'Draw 100' }).click();
  await fig.getByRole('button', { name: 'Figure menu' }).click();
  await fig.getByRole('button', { name: 'Print this view' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const block = fig.locator('.figure-print');
  await expect(block).toBeVisible();
  await expect(block).toContainText('This view: mix = two; n = 100.');
  const link = (await block.locator('.figure-print-link').textContent()) ?? '';
  const url = new URL(link);
  expect(url.pathname).toBe(CHAPTER);
  expect(url.searchParams.get('gmm.mix')).toBe('two');
  expect(url.searchParams.get('gmm.n')).toBe('100');
  expect(url.hash).toBe('#gmm');

  const { data, width, height } = await pixels(browser, await block.locator('.figure-print-qr').screenshot());
  expect(jsQR(data, width, height)?.data, 'the printed QR code, decoded').toBe(link);

  // The live view is what prints: not the fallback, and no buttons or menus.
  await expect(fig.locator('.widget-live')).toBeVisible();
  await expect(fig.locator('.widget-fallback')).toBeHidden();
  await expect(fig.getByRole('button', { name: 'Draw 100' })).toBeHidden();
  await expect(fig.getByRole('button', { name: 'Figure menu' })).toBeHidden();
  await expect(page.locator('.sl-anchor-link').first()).toBeHidden();

  // The browser's own Print (beforeprint) writes the block for the view at that moment.
  await page.emulateMedia({ media: 'screen' });
  await fig.getByRole('combobox', { name: 'Mixture' }).selectOption('one');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(block).toContainText('mix = one');
  const again = (await block.locator('.figure-print-link').textContent()) ?? '';
  const qr = await pixels(browser, await block.locator('.figure-print-qr').screenshot());
  expect(jsQR(qr.data, qr.width, qr.height)?.data).toBe(again);
});

test('a figure that never started prints its static fallback', async ({ page }) => {
  // Chapter 4's last figure is far below the top: nothing has started it.
  await page.goto('/part-2/autoencoders/');
  await page.emulateMedia({ media: 'print' });
  const fig = page.locator('figure.widget').last();
  await expect(fig.locator('.widget-fallback')).toBeVisible();
  await expect(fig.locator('.widget-live')).toBeHidden();
});
