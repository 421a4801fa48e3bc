/**
 * Chapter 9's few-labels figure: the time from a press of Train to the held-out accuracy of
 * a probe on 100 labels of raw pixels (first the cold run, which downloads the training
 * digits, then one run per other draw, the digits cached), and of the contrastive encoder's
 * probe (its features extracted in batches); with the longest main-thread task during each.
 *   npx tsx scripts/bench/few-labels.ts --base http://127.0.0.1:4321 [--no-webgl]
 */
import type { Page } from '@playwright/test';
import { benchArgs, launch, newPage, noteBackend, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow, watchLongTasks } from './lib/longtasks';

const { base, noWebgl } = benchArgs();
const browser = await launch(noWebgl);
const PAGE = `${base}/part-4/pretext-tasks/`;

/** Press Train and wait for the representation's accuracy; the time and the longest task between. */
async function train(page: Page, rep: string): Promise<{ ms: number; longest: number }> {
  const from = await pageNow(page);
  const ms = await page.evaluate(async (r) => {
    const fig = document.getElementById('fewlabels');
    const button = Array.from(fig?.querySelectorAll('button') ?? []).find((b) => b.textContent?.startsWith('Train '));
    const cell = () => fig?.querySelector(`[data-testid=fewlabels-live-${r}]`)?.getAttribute('data-accuracy');
    const t0 = performance.now();
    button?.click();
    while (!cell()) await new Promise((res) => setTimeout(res, 5));
    return performance.now() - t0;
  }, rep);
  return { ms, longest: await longestTask(page, from) };
}

async function open(query: string): Promise<Page> {
  const page = await newPage(browser);
  await watchLongTasks(page);
  await page.goto(`${PAGE}?${query}#fewlabels`);
  await page.locator('#fewlabels').scrollIntoViewIfNeeded();
  await page.locator('#fewlabels .widget-live[data-ready=true]').waitFor({ timeout: 60_000 });
  return page;
}

const draw = (page: Page, d: number) =>
  page.locator('#fewlabels').getByRole('combobox', { name: 'Draw' }).selectOption(String(d));

const pixels = await open('fewlabels.simclr=0&fewlabels.rotation=0');
const cold = await train(pixels, 'pixels');
console.log(
  `#fewlabels pixels, 100 labels, cold (downloads the digits): ${cold.ms.toFixed(0)} ms; longest task ${cold.longest.toFixed(0)} ms`,
);
const warm: number[] = [];
let longest = cold.longest;
let longestWarm = 0;
for (let d = 1; d < 5; d++) {
  await draw(pixels, d);
  const run = await train(pixels, 'pixels');
  warm.push(run.ms);
  longest = Math.max(longest, run.longest);
  longestWarm = Math.max(longestWarm, run.longest);
}
console.log(summary('#fewlabels pixels, 100 labels, digits cached', warm));
recordSeries('#fewlabels train 100 labels (pixels)', warm, 'probe100');
await pixels.close();

const simclr = await open('fewlabels.pixels=0&fewlabels.rotation=0');
const first = await train(simclr, 'simclr-d128');
await noteBackend(simclr, 'fewlabels');
console.log(
  `#fewlabels simclr-d128, 100 labels, cold (model, digits, 1,100 digits encoded): ${first.ms.toFixed(0)} ms; longest task ${first.longest.toFixed(0)} ms`,
);
const again: number[] = [];
for (let d = 1; d < 5; d++) {
  await draw(simclr, d);
  const run = await train(simclr, 'simclr-d128');
  again.push(run.ms);
  longest = Math.max(longest, run.longest, first.longest);
  longestWarm = Math.max(longestWarm, run.longest);
}
console.log(summary('#fewlabels simclr-d128, 100 labels, 100 new digits encoded', again));
recordSeries('#fewlabels train 100 labels (simclr-d128)', again);
record({ name: '#fewlabels longest task from the first press (downloads, TF.js start-up)', value: longest, unit: 'ms' });
console.log(
  `#fewlabels longest main-thread task over all runs: ${longest.toFixed(0)} ms; over the runs after the first: ${longestWarm.toFixed(0)} ms`,
);
record({
  name: '#fewlabels longest task while training, data and model loaded',
  value: longestWarm,
  unit: 'ms',
  budget: 'sliceMax',
});
await simclr.close();
await browser.close();
