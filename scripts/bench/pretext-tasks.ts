/**
 * Chapter 9's pretext-tasks figure: time from scrolling into view to the rotation model's
 * probabilities for the four turns, and the time from a click on Next to the new digit's.
 *   npx tsx scripts/bench/pretext-tasks.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import { benchArgs, launch, noteBackend, record, recordSeries, summary } from './lib/browser';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const PAGE = `${base}/part-4/pretext-tasks/`;

const ready = await readyAfterScroll(browser, PAGE, 'pretext', '.widget-live [data-testid=pretext-turns][data-ready=true]');
console.log(`#pretext ready after scrolling into view: ${ready.ms.toFixed(0)} ms; longest task ${ready.longest.toFixed(0)} ms`);
record({ name: '#pretext ready', value: ready.ms, unit: 'ms', budget: 'ready' });
await noteBackend(ready.page, 'pretext');

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  times.push(
    await ready.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const live = document.querySelector('#pretext .widget-live');
          const cell = () => live?.querySelector('[data-testid=pretext-p-0-0]')?.getAttribute('data-value');
          const caption = () => live?.querySelector('[data-testid=pretext-turns] caption')?.textContent;
          const before = caption();
          const next = Array.from(live?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Next');
          const t0 = performance.now();
          next?.click();
          const check = () => (caption() !== before && cell() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        }),
    ),
  );
}
console.log(summary('#pretext Next → new probabilities', times));
recordSeries('#pretext digit update', times, 'queryP95');
await browser.close();
