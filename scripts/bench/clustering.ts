/**
 * Part I's figures (chapters 2 and 3): ready after scrolling into view for each, the
 * longest main-thread task while the learned-clusters figure clusters 1,000 digits, and
 * the update time of one interaction of the three interactive ones (a k-means step, a
 * point dragged in the 2-d PCA, the eigen-digits component slider), each from the
 * event to the readout changing.
 *   npx tsx scripts/bench/clustering.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import type { Page } from '@playwright/test';
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const CLUSTERING = `${base}/part-1/clustering/`;
const PCA = `${base}/part-1/dimensionality-reduction/`;

const FIGURES = [
  { id: 'kmeans', url: CLUSTERING, ready: '[data-testid=kmeans-objective]' },
  { id: 'em', url: CLUSTERING, ready: '[data-testid=em-loglik]' },
  { id: 'pca2d', url: PCA, ready: '[data-testid=pca2d-eigen]' },
  { id: 'eigen', url: PCA, ready: '[data-testid=eigen-results][data-ready=true]' },
] as const;

for (const f of FIGURES) {
  const r = await readyAfterScroll(browser, f.url, f.id, f.ready);
  console.log(`#${f.id} ready after scrolling into view: ${r.ms.toFixed(0)} ms; longest task ${r.longest.toFixed(0)} ms`);
  record({ name: `#${f.id} ready`, value: r.ms, unit: 'ms', budget: 'ready' });
  await r.page.close();
}

// The learned clusters run k-means with restarts on 1,000 digits, in slices.
{
  const r = await readyAfterScroll(browser, CLUSTERING, 'lc', '[data-testid=lc-clusters]');
  console.log(
    `#lc first clustering shown after scrolling into view: ${r.ms.toFixed(0)} ms; longest task ${r.longest.toFixed(0)} ms`,
  );
  record({ name: '#lc ready (first clustering)', value: r.ms, unit: 'ms', budget: 'ready' });
  record({ name: '#lc longest task while clustering', value: r.longest, unit: 'ms', budget: 'sliceMax' });
  await r.page.close();
}

/**
 * Time from one interaction (run in the page; the pages' CSP forbids building code from strings,
 * so the two kinds are written out here) to the text of `out` changing, over `n` repetitions.
 */
async function updateTimes(page: Page, out: string, kind: 'kmeans step' | 'eigen slider', n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    times.push(
      await page.evaluate(
        ([sel, kind, i]) =>
          new Promise<number>((resolve) => {
            const el = document.querySelector(sel);
            const before = el?.textContent;
            const t0 = performance.now();
            if (kind === 'kmeans step') {
              // Alternate Assign and Update; Reset once it has converged.
              const enabled = [...document.querySelectorAll<HTMLButtonElement>('#kmeans button')].filter((b) => !b.disabled);
              const named = (name: string) => enabled.find((b) => b.textContent?.trim() === name);
              (named('Assign') ?? named('Update') ?? named('Reset'))?.click();
            } else {
              const s = document.querySelector<HTMLInputElement>('#eigen input[type=range]')!;
              const [v, min, max] = [Number(s.value), Number(s.min), Number(s.max)];
              s.value = String(i % 2 === 0 ? Math.min(max, v + 7) : Math.max(min, v - 3));
              s.dispatchEvent(new Event('input', { bubbles: true }));
            }
            const check = () => (el?.textContent !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
            check();
          }),
        [out, kind, i] as const,
      ),
    );
  }
  return times;
}

// k-means: one step at a time.
{
  const r = await readyAfterScroll(browser, CLUSTERING, 'kmeans', '[data-testid=kmeans-objective]');
  const times = await updateTimes(r.page, '#kmeans [data-testid=kmeans-step]', 'kmeans step', runs);
  console.log(summary('#kmeans step → readout', times));
  recordSeries('#kmeans step update', times, 'frameP95');
  await r.page.close();
}

// 2-d PCA: drag one point, with pointer events dispatched in the page (so the driver's round
// trip is not counted), from each move until the figure has committed it (the readout of the new
// axes and the chart moved in the same commit) and the page is laid out again. Waiting for the next
// animation frame instead would count the rest of the frame the move arrived in.
{
  const r = await readyAfterScroll(browser, PCA, 'pca2d', '[data-testid=pca2d-eigen]');
  const times = await r.page.evaluate(async (n) => {
    const chart = () => document.querySelector('#pca2d [data-testid=pca2d-chart] > *')!;
    const out = document.querySelector('#pca2d [data-testid=pca2d-eigen]')!;
    const dot = document.querySelectorAll('#pca2d [data-testid=pca2d-chart] svg circle')[40]!.getBoundingClientRect();
    const [x0, y0] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
    const at = (x: number, y: number) => ({ clientX: x, clientY: y, pointerId: 1, isPrimary: true, bubbles: true });
    chart().dispatchEvent(new PointerEvent('pointerdown', { ...at(x0, y0), button: 0, buttons: 1 }));
    const ms: number[] = [];
    for (let i = 1; i <= n; i++) {
      const before = out.textContent;
      const t0 = performance.now();
      // Dispatch to the chart on the page now, in case a move made it draw a new one.
      chart().dispatchEvent(new PointerEvent('pointermove', { ...at(x0 + 3 * i, y0 - 2 * i), buttons: 1 }));
      await new Promise<void>((resolve) => {
        const done = () => out.textContent !== before && (watch.disconnect(), resolve(), true);
        const watch = new MutationObserver(done);
        watch.observe(out, { subtree: true, childList: true, characterData: true });
        done();
      });
      out.getBoundingClientRect();
      ms.push(performance.now() - t0);
    }
    chart().dispatchEvent(new PointerEvent('pointerup', at(x0 + 3 * n, y0 - 2 * n)));
    return ms;
  }, runs);
  console.log(summary('#pca2d drag → readout', times));
  recordSeries('#pca2d drag update', times, 'frameP95');
  await r.page.close();
}

// Eigen-digits: step the component slider up and down.
{
  const r = await readyAfterScroll(browser, PCA, 'eigen', '[data-testid=eigen-results][data-ready=true]');
  const from = await pageNow(r.page);
  const times = await updateTimes(r.page, '#eigen [data-testid=eigen-summary]', 'eigen slider', runs);
  console.log(summary('#eigen slider → readout', times));
  recordSeries('#eigen slider update', times, 'frameP95');
  console.log(`#eigen longest task while sliding: ${(await longestTask(r.page, from)).toFixed(0)} ms`);
  await r.page.close();
}
await browser.close();
