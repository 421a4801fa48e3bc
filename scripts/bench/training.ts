/**
 * The figures that train in the page (4.1 the 8-3-8 encoder, 11.x skip-gram):
 * ready time and the longest task from navigation to ready, then each training
 * frame's time while it trains (the figure's data-frame-ms: the training steps
 * and the new view of one animation frame), and the longest main-thread task
 * while training, redraws included.
 *   npx tsx scripts/bench/training.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 60]
 */
import type { Page } from '@playwright/test';
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const CH4 = process.env['BENCH_CH4'] ?? '/part-2/autoencoders/';
const CH11 = process.env['BENCH_CH11'] ?? '/part-5/word-embeddings/';
const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}`);

/** Start training and collect the next `count` frames' data-frame-ms. */
async function trainFrames(page: Page, id: string, count: number): Promise<{ frames: number[]; longest: number }> {
  const fig = page.locator(`#${id} .widget-live`);
  const t0 = await pageNow(page);
  const collect = page.evaluate(
    ([figId, n]) =>
      new Promise<number[]>((resolve, reject) => {
        const root = document.querySelector(`#${figId} .widget-live`);
        if (!root) return reject(new Error(`no #${figId}`));
        const frames: number[] = [];
        const timer = setTimeout(() => reject(new Error(`only ${frames.length} frames in 120 s`)), 120_000);
        new MutationObserver((records, observer) => {
          for (const r of records) {
            const ms = Number((r.target as HTMLElement).dataset['frameMs']);
            if (Number.isFinite(ms)) frames.push(ms);
          }
          if (frames.length >= n) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(frames.slice(0, n));
          }
        }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-frames'] });
      }),
    [id, count] as const,
  );
  await fig.getByRole('button', { name: 'Start' }).click();
  const frames = await collect;
  const longest = await longestTask(page, t0, await pageNow(page));
  await fig.getByRole('button', { name: 'Pause' }).click();
  return { frames, longest };
}

const figures = [
  { label: '4.1 8-3-8 encoder', path: CH4, id: 'enc838', ready: '[data-testid=enc838-chart] svg' },
  { label: '11.x skip-gram', path: CH11, id: 'skipgram', ready: '[data-testid=skipgram-map] svg' },
];
for (const f of figures) {
  const { page, ms, longest } = await readyAfterScroll(browser, `${base}${f.path}`, f.id, f.ready);
  console.log(`${f.label} ready: ${ms.toFixed(0)} ms; longest task from navigation: ${longest.toFixed(0)} ms`);
  record({ name: `#${f.id} ready`, value: ms, unit: 'ms', budget: 'ready' });
  record({ name: `#${f.id} longest task, navigation to ready`, value: longest, unit: 'ms' });
  const run = await trainFrames(page, f.id, runs);
  console.log(summary(`${f.label} training frame`, run.frames));
  console.log(`${f.label}: longest task while training ${run.longest.toFixed(0)} ms`);
  recordSeries(`#${f.id} training frame`, run.frames, 'frameP95');
  record({ name: `#${f.id} longest task while training`, value: run.longest, unit: 'ms', budget: 'sliceMax' });
  await page.close();
}
await browser.close();
