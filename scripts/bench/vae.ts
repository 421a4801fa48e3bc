/**
 * Chapters 5 and 6: time from scrolling each figure into view to its first
 * result and the longest main-thread task from navigation to then, the
 * anomaly figure's full scoring time and its longest task while scoring, and
 * the latent map's update time during a simulated drag, with the longest task
 * while it decodes new tiles.
 *   npx tsx scripts/bench/vae.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 60]
 */
import { benchArgs, launch, newPage, noteBackend, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow, watchLongTasks } from './lib/longtasks';

const CH5 = process.env['BENCH_CH5'] ?? '/part-2/regularised-autoencoders/';
const CH6 = process.env['BENCH_CH6'] ?? '/part-2/variational-autoencoders/';
const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}`);

/** Fresh page each time, so the model download and TF.js start-up are counted. */
async function ready(path: string, id: string, selector: string, text = /(?:)/): Promise<{ ms: number; longest: number }> {
  const page = await newPage(browser);
  await watchLongTasks(page);
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
  const longest = await longestTask(page);
  await page.close();
  return { ms, longest };
}

const readyMs = async (label: string, path: string, id: string, selector: string, text?: RegExp) => {
  const { ms, longest } = await ready(path, id, selector, text);
  console.log(`${label} ready: ${ms.toFixed(0)} ms; longest task from navigation: ${longest.toFixed(0)} ms`);
  record({ name: `#${id} ready`, value: ms, unit: 'ms', budget: 'ready' });
  record({ name: `#${id} longest task, navigation to ready`, value: longest, unit: 'ms' });
  return ms;
};
await readyMs('5.1 denoise', CH5, 'denoise', '[data-testid=denoise-mse-ae]', /MSE \d/);
await readyMs('6.1 sample', CH6, 'sample', '[data-testid=sample-ae][data-drawn=true]');
await readyMs('6.2 interp', CH6, 'interp', '[data-testid=interp-vae-norms]', /\d\.\d\d/);
// The map is ready when every visible tile is decoded (no tiles pending, where the figure reports them).
const MAP_DONE = '[data-testid=map-update]:not([data-pending]:not([data-pending="0"]))';
await readyMs('6.3 map', CH6, 'map', MAP_DONE);
// The anomaly figure is ready when all 1,500 images are scored.
await readyMs('5.2 anomaly (all 1,500 images scored)', CH5, 'anomaly', '[data-testid=anomaly-auc]');

// The longest task while scoring: from the first progress readout (TF.js has compiled its programs by then) to the AUC.
{
  const page = await newPage(browser);
  await watchLongTasks(page);
  await page.goto(`${base}${CH5}#anomaly`);
  const fig = page.locator('#anomaly');
  await fig.scrollIntoViewIfNeeded();
  // If the scoring finishes before a progress readout is seen, the window starts at the AUC and is empty.
  await fig
    .getByText(/Scoring images with/)
    .or(fig.getByTestId('anomaly-auc'))
    .first()
    .waitFor({ timeout: 120_000 });
  const t0 = await pageNow(page);
  await fig.getByTestId('anomaly-auc').waitFor({ timeout: 60_000 });
  const longest = await longestTask(page, t0, await pageNow(page));
  console.log(`5.2 anomaly: longest task while scoring ${longest.toFixed(0)} ms`);
  record({ name: '#anomaly longest task while scoring', value: longest, unit: 'ms', budget: 'sliceMax' });
  await page.close();
}

// The latent map during a drag: the widget reports each update's decode + draw time.
const page = await newPage(browser);
await watchLongTasks(page);
await page.goto(`${base}${CH6}#map`);
const canvas = page.locator('#map [data-testid=map-canvas]');
await canvas.scrollIntoViewIfNeeded();
await page.locator(`#map ${MAP_DONE}`).waitFor({ timeout: 60_000 });
const panStart = await pageNow(page);
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
// Let the last tiles decode, then take the longest task of the whole pan.
await page.locator(`#map ${MAP_DONE}`).waitFor({ timeout: 60_000 });
const panLongest = await longestTask(page, panStart, await pageNow(page));
console.log(`6.3 map: longest task while panning over new tiles ${panLongest.toFixed(0)} ms`);
record({ name: '#map longest task while panning', value: panLongest, unit: 'ms', budget: 'sliceMax' });
console.log(summary('6.3 map pan update', times));
recordSeries('#map pan update', times, 'frameP95');
const withDecode = times.filter((_, i) => (decodedCounts[i] ?? 0) > 0);
if (withDecode.length) console.log(summary('   of which updates that decoded new tiles', withDecode));
await browser.close();
