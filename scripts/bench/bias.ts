/**
 * Chapter 12: the WEAT figure's full permutation test (the presets draw
 * 100,000 partitions) and the longest main-thread task while it runs, and the
 * debiasing figure's ready time with the longest task from navigation to then,
 * its query time as it reports it ("Computed in N ms") and the longest task
 * over those queries.
 *   npx tsx scripts/bench/bias.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 10]
 */
import type { Locator, Page } from '@playwright/test';
import { benchArgs, launch, newPage, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow, watchLongTasks } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const CH12 = process.env['BENCH_CH12'] ?? '/part-5/bias-in-embeddings/';
const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}`);

async function open(page: Page, id: string): Promise<Locator> {
  const fig = page.locator(`#${id}`);
  // Figures above grow as they hydrate; scroll until this one has.
  for (let i = 0; i < 200; i++) {
    await fig.scrollIntoViewIfNeeded();
    if ((await fig.locator('.widget-live[data-ready=true]').count()) > 0) return fig;
    await page.waitForTimeout(100);
  }
  throw new Error(`#${id} did not hydrate`);
}

const computedMs = async (el: Locator): Promise<number> => {
  const ms = Number(/Computed in ([\d.]+) ms/.exec((await el.textContent()) ?? '')?.[1]);
  if (!Number.isFinite(ms)) throw new Error('no “Computed in N ms” readout');
  return ms;
};

// Debiasing on a fresh page: from scrolling it into view to its first result (the whole table debiased).
{
  const r = await readyAfterScroll(browser, `${base}${CH12}`, 'debias', '[data-testid=debias-summary]');
  console.log(`12.x debias ready: ${r.ms.toFixed(0)} ms; longest task from navigation: ${r.longest.toFixed(0)} ms`);
  record({ name: '#debias ready', value: r.ms, unit: 'ms', budget: 'ready' });
  record({ name: '#debias longest task, navigation to ready', value: r.longest, unit: 'ms', budget: 'sliceMax' });
  await r.page.close();
}

const page = await newPage(browser);
await watchLongTasks(page);
await page.goto(`${base}${CH12}`);

// WEAT: each preset in turn, timed by the figure; the longest task from the switch to the result.
const weat = await open(page, 'weat');
await weat.getByTestId('weat-timing').waitFor({ timeout: 60_000 });
const presets = ['weat6', 'weat7', 'weat8', 'weat1'];
const weatMs: number[] = [];
const weatLongest: number[] = [];
for (let i = 0; i < Math.min(runs, 8); i++) {
  const id = presets[i % presets.length] ?? 'weat1';
  const t0 = await pageNow(page);
  await weat.getByLabel('Test').selectOption(id);
  await page.waitForURL(id === 'weat1' ? (u) => !u.search.includes('weat.test') : new RegExp(`weat.test=${id}`));
  await weat.getByRole('status').filter({ hasText: 'Running' }).waitFor({ state: 'detached', timeout: 60_000 });
  await weat.getByTestId('weat-timing').waitFor({ timeout: 60_000 });
  weatMs.push(await computedMs(weat.getByTestId('weat-timing')));
  weatLongest.push(await longestTask(page, t0, await pageNow(page)));
}
console.log(summary('12.x WEAT permutation test', weatMs));
console.log(`12.x WEAT longest task while testing: ${Math.max(...weatLongest).toFixed(0)} ms`);
recordSeries('#weat permutation test', weatMs);
record({ name: '#weat longest task while testing', value: Math.max(...weatLongest), unit: 'ms', budget: 'sliceMax' });

// Debiasing: each change of k re-runs the projection and the tables.
const debias = await open(page, 'debias');
await debias.getByTestId('debias-timing').waitFor({ timeout: 60_000 });
const k = debias.getByLabel('Neighbours k');
const debiasMs: number[] = [];
const debiasFrom = await pageNow(page);
for (let i = 0; i < runs; i++) {
  const before = await debias.getByTestId('debias-timing').textContent();
  const value = String([3, 5, 7, 9, 11, 13][i % 6]); // never the default k = 10, which the address omits
  await k.fill(value);
  await k.dispatchEvent('change');
  await page.waitForURL(new RegExp(`debias\\.k=${value}\\b`));
  // Two runs can take the same whole number of ms; then the readout does not change, and a short wait does.
  await page
    .waitForFunction(
      ([sel, old]) => document.querySelector(sel)?.textContent !== old,
      ['#debias [data-testid=debias-timing]', before] as const,
      { timeout: 2_000 },
    )
    .catch(() => undefined);
  debiasMs.push(await computedMs(debias.getByTestId('debias-timing')));
}
const debiasLongest = await longestTask(page, debiasFrom, await pageNow(page));
console.log(summary('12.x debias query', debiasMs));
console.log(`12.x debias longest task over the queries: ${debiasLongest.toFixed(0)} ms`);
recordSeries('#debias query', debiasMs, 'queryP95');
record({ name: '#debias longest task over the queries', value: debiasLongest, unit: 'ms', budget: 'sliceMax' });
await browser.close();
