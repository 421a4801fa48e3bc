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
        // The angle always changes; the printed loss may by chance not, at three decimals.
        const before = circle?.getAttribute('aria-valuenow');
        const t0 = performance.now();
        circle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
        // The charts are redrawn in effects after the render: wait two frames past the change.
        const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        const check = () => (circle?.getAttribute('aria-valuenow') !== before ? done() : requestAnimationFrame(check));
        check();
      }),
  );
  times.push(t);
}
console.log(summary('arrow key → updated view', times));
recordSeries('#ntxent key update', times, 'frameP95');
await browser.close();
