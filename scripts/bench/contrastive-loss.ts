/**
 * Chapter 10's contrastive loss figure: time from scrolling into view to ready, and the time
 * from an arrow key on the circle (one view turned 5°) to the figure showing the new angle, its charts and readouts redrawn.
 */
import { benchArgs, launch, newPage, record, recordSeries, summary } from './lib/browser';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const page = await newPage(browser);
await page.goto(`${base}/part-4/contrastive-learning/`);
const ready = await page.evaluate(async () => {
  const fig = document.querySelector('#ntxent');
  if (!fig) throw new Error('no #ntxent figure');
  const t0 = performance.now();
  fig.scrollIntoView();
  while (!fig.querySelector('.widget-live[data-ready=true] [data-testid=ntxent-circle] svg'))
    await new Promise((r) => setTimeout(r, 5));
  return performance.now() - t0;
});
console.log(`ready after scrolling into view: ${ready.toFixed(0)} ms`);
record({ name: '#ntxent ready', value: ready, unit: 'ms', budget: 'ready' });

const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const circle = document.querySelector('[data-testid=ntxent-circle]');
        // The redrawn circle's label names the new angle (the printed loss may by chance not change).
        const label = () => circle?.querySelector('svg')?.getAttribute('aria-label');
        const before = label();
        const t0 = performance.now();
        circle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
        // A MutationObserver sees the new chart as soon as it is in the DOM, not a frame later.
        const seen = new MutationObserver(() => {
          if (label() === before) return;
          seen.disconnect();
          resolve(performance.now() - t0);
        });
        if (circle) seen.observe(circle, { childList: true });
      }),
  );
  times.push(t);
}
console.log(summary('arrow key → updated view', times));
recordSeries('#ntxent key update', times, 'frameP95');
await browser.close();
