/**
 * Chapter 5's retrieval figure: time from scrolling into view to the first
 * column of neighbours and to all four (with the longest main-thread task while
 * the 1,000 digits are encoded and their neighbour tables built in slices), and
 * the time from a click on Next to the columns showing the new query.
 *   npx tsx scripts/bench/retrieval.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const PAGE = `${base}/part-2/regularised-autoencoders/`;

const first = await readyAfterScroll(browser, PAGE, 'knn', '[data-testid=knn-list-pixels]');
console.log(
  `#knn first column after scrolling into view: ${first.ms.toFixed(0)} ms; longest task ${first.longest.toFixed(0)} ms`,
);
record({ name: '#knn ready (first column)', value: first.ms, unit: 'ms', budget: 'ready' });
await first.page.close();

const all = await readyAfterScroll(browser, PAGE, 'knn', '[data-testid=knn-list-vae-d16]');
console.log(
  `#knn all four columns after scrolling into view: ${all.ms.toFixed(0)} ms; longest task ${all.longest.toFixed(0)} ms`,
);
record({ name: '#knn longest task while encoding and building tables', value: all.longest, unit: 'ms', budget: 'sliceMax' });

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  times.push(
    await all.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const live = document.querySelector('#knn .widget-live');
          const list = () => live?.querySelector('[data-testid=knn-list-ae-d16] li')?.getAttribute('data-index');
          const before = list();
          const next = Array.from(live?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Next');
          const t0 = performance.now();
          next?.click();
          const check = () => (list() !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        }),
    ),
  );
}
console.log(summary('#knn Next → new neighbours', times));
recordSeries('#knn query update', times, 'queryP95');
await browser.close();
