/**
 * Chapter 13's disaggregated-evaluation figure: time from scrolling into view
 * until the 1,000 held-out digits are scored and the heat map recomputed, the
 * longest main-thread task from navigation to then and while a second model
 * scores them (in slices), and the time from a change of metric or factor to
 * the redrawn heat map.
 *   npx tsx scripts/bench/disaggregated.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import type { Page } from '@playwright/test';
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const PAGE = `${base}/part-6/responsible-models/`;

const ready = await readyAfterScroll(browser, PAGE, 'disagg', '[data-testid=disagg-time]');
console.log(
  `#disagg scored and recomputed after scrolling into view: ${ready.ms.toFixed(0)} ms; longest task ${ready.longest.toFixed(0)} ms`,
);
record({ name: '#disagg ready (scored, recomputed)', value: ready.ms, unit: 'ms', budget: 'ready' });
const page = ready.page;

/** Choose an option of one of the figure's selects, and resolve when the table's cells change. */
const choose = (p: Page, label: string, value: string) =>
  p.evaluate(
    ([name, v]) =>
      new Promise<number>((resolve) => {
        const live = document.querySelector('#disagg .widget-live');
        const select = Array.from(live?.querySelectorAll('label') ?? [])
          .find((l) => l.textContent?.trim().startsWith(name))
          ?.querySelector('select');
        if (!select) throw new Error(`no select ${name}`);
        const cells = () =>
          Array.from(live?.querySelectorAll('[data-testid=disagg-table] td') ?? [])
            .map((td) => td.getAttribute('data-mean'))
            .join();
        const before = cells();
        const t0 = performance.now();
        select.value = v;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => (cells() !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      }),
    [label, value] as const,
  );

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  times.push(await choose(page, 'Metric', i % 2 === 0 ? 'flag' : 'mse'));
  times.push(await choose(page, 'Factor', i % 2 === 0 ? 'slant' : 'ink'));
}
console.log(summary('#disagg metric or factor → redrawn heat map', times));
recordSeries('#disagg view update', times, 'queryP95');

// A second model: downloaded, then its 1,000 digits scored in slices.
const t0 = await pageNow(page);
await choose(page, 'Model', 'dae-d16');
await page.locator('#disagg [data-testid=disagg-source]').filter({ hasText: 'Recomputed' }).waitFor({ timeout: 120_000 });
const longest = await longestTask(page, t0);
console.log(`#disagg longest task while dae-d16 loads and scores: ${longest.toFixed(0)} ms`);
record({ name: '#disagg longest task while scoring a new model', value: longest, unit: 'ms', budget: 'sliceMax' });
await browser.close();
