/**
 * What each page of the book costs a reader: gzipped JavaScript and all bytes
 * fetched after scrolling through it (every widget hydrated, models and data loaded).
 */
import { gzipSync } from 'node:zlib';
import { builtPages } from '../lib/pages';
import { benchArgs, launch, newPage, record } from './lib/browser';

const { base, noWebgl } = benchArgs();
const browser = await launch(noWebgl);
console.log('page | JS gzipped | everything fetched (uncompressed) | TF.js loaded');
for (const path of builtPages(process.env['DIST'] ?? 'dist')) {
  const page = await newPage(browser);
  let js = 0;
  let all = 0;
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    all += body.length;
    if (/\.m?js($|\?)/.test(r.url())) js += gzipSync(body).length;
  });
  await page.goto(base + path);
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  await page.waitForLoadState('networkidle');
  const tf = await page.evaluate(() => '_tfengine' in globalThis);
  const figures = await page.locator('astro-island').count();
  // Only a page without figures has a JavaScript budget; a figure's code is budgeted from the build.
  record({ name: `${path} gzipped JS`, value: js, unit: 'bytes', backend: 'any', ...(figures ? {} : { budget: 'pageJs' }) });
  record({ name: `${path} all bytes fetched`, value: all, unit: 'bytes', backend: 'any' });
  console.log(`${path} | ${(js / 1024).toFixed(1)} KB | ${(all / 1024).toFixed(0)} KB | ${tf ? 'yes' : 'no'}`);
  await page.close();
}
await browser.close();
