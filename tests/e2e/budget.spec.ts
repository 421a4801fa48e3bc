/**
 * Size budgets (scripts/bench/budgets.ts): a page without widgets ships little
 * JavaScript, a figure's own code is small, TF.js stays within its budget and is
 * never loaded by a page that has no TensorFlow.js widget.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { budget } from '../../scripts/bench/budgets';
import { buildCode } from '../../scripts/lib/chunks';
import { builtPages } from '../../scripts/lib/pages';
import { expect, scrollThrough, test } from './fixtures';

const NO_WIDGET_BUDGET_KB = budget('pageJs') / 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

// These tests visit every page in turn: their time grows with the book.
const PER_PAGE_MS = 20_000;

async function widgetCount(page: Page): Promise<number> {
  return page.locator('astro-island').count();
}

test(`every page without widgets ships at most ${NO_WIDGET_BUDGET_KB} KB of gzipped JavaScript`, async ({ page }) => {
  test.setTimeout(PER_PAGE_MS * builtPages().length);
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
    await page.waitForTimeout(500); // late requests still count
    console.log(`${path}: ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped JS in ${js.urls.length} files`);
    expect(js.gzipBytes / 1024, path).toBeLessThanOrEqual(NO_WIDGET_BUDGET_KB);
    checked++;
    js.stop();
  }
  expect(checked).toBeGreaterThanOrEqual(2); // the home page and at least one chapter without figures

  // Opening search fetches Pagefind's UI, engine and worker on demand: reported, not budgeted.
  const js = countJs(page);
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('label');
  await page.waitForLoadState('networkidle');
  console.log(`  + ${(js.gzipBytes / 1024).toFixed(1)} KB when the reader searches`);
});

test('pages without a TensorFlow.js widget never load TensorFlow.js', async ({ page }) => {
  test.setTimeout(PER_PAGE_MS * builtPages().length);
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

test(`each figure's own code is at most ${kb(budget('figureJs'))} gzipped, without TF.js and Plot`, () => {
  const { figures, unmapped } = buildCode();
  expect(figures.length).toBeGreaterThanOrEqual(10);
  for (const f of figures) {
    console.log(`#${f.id}: own ${kb(f.ownGzip)} (${f.ownChunks.length} chunks), with shared code ${kb(f.codeGzip)}`);
  }
  console.log(`chunks no figure names: ${unmapped.join(', ') || 'none'}`);
  const over = figures.filter((f) => f.ownGzip > budget('figureJs')).map((f) => `#${f.id} ${kb(f.ownGzip)}`);
  expect(over, 'figures over budget').toEqual([]);
});

test(`TF.js is at most ${kb(budget('tfJs'))} gzipped`, () => {
  const { tfGzip, plotGzip } = buildCode();
  console.log(`TF.js ${kb(tfGzip)}; Plot with d3 ${kb(plotGzip)} (not budgeted)`);
  expect(tfGzip).toBeGreaterThan(100 * 1024); // the attribution found it
  expect(tfGzip).toBeLessThanOrEqual(budget('tfJs'));
});
