/**
 * Chapters 5 and 6: time from scrolling each figure into view to its first
 * result, the anomaly figure's full scoring time, and the latent map's
 * update time (decode + draw) during a simulated drag.
 *   npx tsx scripts/bench/vae.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 60]
 */
import { benchArgs, launch, newPage, noteBackend, record, recordSeries, summary } from './lib/browser';

const CH5 = process.env['BENCH_CH5'] ?? '/part-2/regularised-autoencoders/';
const CH6 = process.env['BENCH_CH6'] ?? '/part-2/variational-autoencoders/';
const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}`);

/** Fresh page each time, so the model download and TF.js start-up are counted. */
async function ready(path: string, id: string, selector: string, text = /(?:)/): Promise<number> {
  const page = await newPage(browser);
  await page.goto(`${base}${path}`);
  const ms = await page.evaluate(
    async ([figId, sel, pattern]) => {
      const fig = document.getElementById(figId);
      if (!fig) throw new Error(`no #${figId}`);
      const t0 = performance.now();
      fig.scrollIntoView();
      const re = new RegExp(pattern);
      for (;;) {
        const el = fig.querySelector(sel);
        if (el && re.test(el.textContent ?? '')) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      return performance.now() - t0;
    },
    [id, selector, text.source] as const,
  );
  await noteBackend(page, id);
  await page.close();
  return ms;
}

const readyMs = async (label: string, path: string, id: string, selector: string, text?: RegExp) => {
  const ms = await ready(path, id, selector, text);
  console.log(`${label} ready: ${ms.toFixed(0)} ms`);
  record({ name: `#${id} ready`, value: ms, unit: 'ms', budget: 'ready' });
  return ms;
};
await readyMs('5.1 denoise', CH5, 'denoise', '[data-testid=denoise-mse-ae]', /MSE \d/);
await readyMs('6.1 sample', CH6, 'sample', '[data-testid=sample-ae][data-drawn=true]');
await readyMs('6.2 interp', CH6, 'interp', '[data-testid=interp-vae-norms]', /\d\.\d\d/);
await readyMs('6.3 map', CH6, 'map', '[data-testid=map-update]');
// The anomaly figure is ready when all 1,500 images are scored.
await readyMs('5.2 anomaly (all 1,500 images scored)', CH5, 'anomaly', '[data-testid=anomaly-auc]');

// The latent map during a drag: the widget reports each update's decode + draw time.
const page = await newPage(browser);
await page.goto(`${base}${CH6}#map`);
const canvas = page.locator('#map [data-testid=map-canvas]');
await canvas.scrollIntoViewIfNeeded();
await page.locator('#map [data-testid=map-update]').waitFor({ timeout: 60_000 });
const box = await canvas.boundingBox();
if (!box) throw new Error('no map canvas');
const times: number[] = [];
const decodedCounts: number[] = [];
let x = box.x + box.width / 2;
const y = box.y + box.height / 2;
await page.mouse.move(x, y);
await page.mouse.down();
for (let i = 0; i < runs; i++) {
  x += (i % 40 < 20 ? -1 : 1) * 7; // left, then back: new tiles, then cached ones
  const before = await page.locator('#map [data-testid=map-update]').getAttribute('data-ms');
  await page.mouse.move(x, y);
  // Wait for the frame that draws this move.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const el = page.locator('#map [data-testid=map-update]');
  const ms = Number(await el.getAttribute('data-ms'));
  const text = (await el.textContent()) ?? '';
  if (before !== null) {
    times.push(ms);
    decodedCounts.push(Number(/\((\d+) tiles/.exec(text)?.[1] ?? 0));
  }
}
await page.mouse.up();
console.log(summary('6.3 map pan update (decode + draw)', times));
recordSeries('#map pan update', times, 'frameP95');
const withDecode = times.filter((_, i) => (decodedCounts[i] ?? 0) > 0);
if (withDecode.length) console.log(summary('   of which updates that decoded new tiles', withDecode));
await browser.close();
