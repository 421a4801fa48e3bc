/**
 * The word-vector figures that answer a typed query and redraw a chart
 * (11.x word map, 12.x bias probe): ready time and the longest task from
 * navigation to ready, then each query's time from the submit click (in the
 * page) to the redrawn chart (a MutationObserver on it: the computation, the
 * wait for the next paint and the Plot redraw), and the longest main-thread
 * task over all the queries.
 *   npx tsx scripts/bench/word-figures.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import type { Page } from '@playwright/test';
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const CH11 = process.env['BENCH_CH11'] ?? '/part-5/word-embeddings/';
const CH12 = process.env['BENCH_CH12'] ?? '/part-5/bias-in-embeddings/';
const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}`);

/** Type `text` into the figure's textarea `label`, then time the submit click to the chart's redraw. */
async function query(page: Page, id: string, label: string, text: string, button: string, chart: string): Promise<number> {
  const fig = page.locator(`#${id} .widget-live`);
  await fig.getByLabel(label).fill(text);
  return page.evaluate(
    ([figId, name, testId]) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector(`#${figId} .widget-live`);
        const target = root?.querySelector(`[data-testid=${testId}]`);
        const submit = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
        if (!target || !submit) return reject(new Error(`#${figId}: no chart or no “${name}” button`));
        // After the typing's own render and paint, so only the query is timed.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const timer = setTimeout(() => reject(new Error(`#${figId}: no redraw in 30 s`)), 30_000);
            const observer = new MutationObserver(() => {
              observer.disconnect();
              clearTimeout(timer);
              resolve(performance.now() - t0);
            });
            observer.observe(target, { childList: true });
            const t0 = performance.now();
            submit.click();
          }),
        );
      }),
    [id, button, chart] as const,
  );
}

const figures = [
  {
    label: '11.x word map',
    path: CH11,
    id: 'wordmap',
    ready: '[data-testid=wordmap-summary]',
    field: 'Words to map',
    button: 'Draw the map',
    chart: 'wordmap-chart',
    // Two word lists in turn, so every query draws a different map.
    inputs: [
      'paris france rome italy berlin germany madrid spain tokyo japan',
      'man woman king queen prince princess boy girl brother sister uncle aunt father mother',
    ],
  },
  {
    label: '12.x bias probe',
    path: CH12,
    id: 'bias',
    ready: '[data-testid=bias-summary]',
    field: 'Words to rank (empty: professions)',
    button: 'Rank',
    chart: 'bias-chart',
    inputs: ['nurse engineer teacher doctor pilot dancer chef lawyer singer soldier baker farmer', ''],
  },
];
for (const f of figures) {
  const { page, ms, longest } = await readyAfterScroll(browser, `${base}${f.path}`, f.id, f.ready);
  console.log(`${f.label} ready: ${ms.toFixed(0)} ms; longest task from navigation: ${longest.toFixed(0)} ms`);
  record({ name: `#${f.id} ready`, value: ms, unit: 'ms', budget: 'ready' });
  record({ name: `#${f.id} longest task, navigation to ready`, value: longest, unit: 'ms' });
  const t0 = await pageNow(page);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await query(page, f.id, f.field, f.inputs[i % f.inputs.length] ?? '', f.button, f.chart));
  }
  const queryLongest = await longestTask(page, t0, await pageNow(page));
  console.log(summary(`${f.label} query + redraw`, times));
  console.log(`${f.label}: longest task over the queries ${queryLongest.toFixed(0)} ms`);
  recordSeries(`#${f.id} query + redraw`, times, 'queryP95');
  record({ name: `#${f.id} longest task over the queries`, value: queryLongest, unit: 'ms' });
  await page.close();
}
await browser.close();
