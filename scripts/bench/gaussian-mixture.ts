/**
 * Chapter 1's mixture widget: time from scrolling into view to ready, and the
 * time from a click on the chart to the updated readout.
 */
import { benchArgs, launch, newPage, record, recordSeries, summary } from './lib/browser';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const page = await newPage(browser);
await page.goto(`${base}/part-1/why-learn-without-labels/`);
const ready = await page.evaluate(async () => {
  const fig = document.querySelector('#gmm');
  if (!fig) throw new Error('no #gmm figure');
  const t0 = performance.now();
  fig.scrollIntoView();
  while (!fig.querySelector('.widget-live[data-ready=true] svg')) await new Promise((r) => setTimeout(r, 5));
  return performance.now() - t0;
});
console.log(`ready after scrolling into view: ${ready.toFixed(0)} ms`);
record({ name: '#gmm ready', value: ready, unit: 'ms', budget: 'ready' });

const chart = page.getByTestId('gmm-chart').locator('svg').first();
const box = await chart.boundingBox();
if (!box) throw new Error('chart not rendered');
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const x = box.x + box.width * (0.2 + (0.6 * i) / runs);
  const y = box.y + box.height * 0.5;
  const t = await page.evaluate(
    ([cx, cy]) =>
      new Promise<number>((resolve) => {
        const out = document.querySelector('[data-testid=gmm-logp]');
        const before = out?.textContent;
        const target = document.elementFromPoint(cx, cy);
        const t0 = performance.now();
        target?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: cx, clientY: cy }));
        const check = () => (out?.textContent !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      }),
    [x, y] as const,
  );
  times.push(t);
}
console.log(summary('click → updated log p(x)', times));
recordSeries('#gmm click update', times, 'frameP95');
await browser.close();
