/**
 * Size budgets: a page without widgets ships little JavaScript, and TensorFlow.js
 * is never loaded by a page that has no TensorFlow.js widget.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { builtPages } from '../../scripts/lib/pages';
import { expect, scrollThrough, test } from './fixtures';

const NO_WIDGET_BUDGET_KB = 35;

/** Gzipped bytes of every script the page fetches, counted as they arrive. */
function countJs(page: Page) {
  const seen = { urls: [] as string[], gzipBytes: 0, stop: () => {} };
  const onResponse = async (r: Response) => {
    const type = r.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) && !/\.m?js($|\?)/.test(r.url())) return;
    const body = await r.body().catch(() => null); // gone if the page has moved on
    if (!body) return;
    seen.urls.push(r.url());
    seen.gzipBytes += gzipSync(body, { level: 9 }).length;
  };
  page.on('response', onResponse);
  seen.stop = () => page.off('response', onResponse);
  return seen;
}

async function widgetCount(page: Page): Promise<number> {
  return page.locator('astro-island').count();
}

test(`every page without widgets ships at most ${NO_WIDGET_BUDGET_KB} KB of gzipped JavaScript`, async ({ page }) => {
  let checked = 0;
  for (const path of builtPages()) {
    await page.goto('about:blank'); // let the previous page's late requests die with it
    const js = countJs(page);
    await page.goto(path);
    if ((await widgetCount(page)) > 0) {
      js.stop();
      continue;
    }
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // Pagefind's UI is fetched after load; it counts.
    console.log(`${path}: ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped JS in ${js.urls.length} files`);
    expect(js.gzipBytes / 1024, path).toBeLessThanOrEqual(NO_WIDGET_BUDGET_KB);
    checked++;
    js.stop();
  }
  expect(checked).toBeGreaterThanOrEqual(2); // the home page and at least one chapter without figures

  // Searching fetches Pagefind's engine and worker on demand: reported, not budgeted.
  const js = countJs(page);
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('label');
  await page.waitForLoadState('networkidle');
  console.log(`  + ${(js.gzipBytes / 1024).toFixed(1)} KB when the reader searches`);
});

test('pages without a TensorFlow.js widget never load TensorFlow.js', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const hasTfWidget = (await page.locator('[data-uses-tf]').count()) > 0;
    if (hasTfWidget) continue;
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    const loaded = await page.evaluate(() => '_tfengine' in globalThis);
    expect(loaded, `${path} loaded TensorFlow.js`).toBe(false);
  }
});
