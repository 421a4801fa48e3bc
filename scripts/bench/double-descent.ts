/**
 * Chapter 14's double descent: time from scrolling into view to ready, the
 * frame time of a p or noise slider update (one fit, the error curve reused),
 * and, for a change of n, the time until the error curve is recomputed with the
 * longest main-thread task meanwhile (the curve is computed in slices).
 */
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const { page, ms, longest } = await readyAfterScroll(
  browser,
  `${base}/part-6/scale-and-surprise/`,
  'dd',
  '[data-testid=dd-errors][aria-busy=false] svg',
);
console.log(`ready after scrolling into view: ${ms.toFixed(0)} ms (longest task ${longest.toFixed(0)} ms)`);
record({ name: '#dd ready', value: ms, unit: 'ms', budget: 'ready' });

/** Set a slider and time until `readout` has changed. */
const update = (label: string, value: string, readout: string) =>
  page.evaluate(
    ([name, v, out]) =>
      new Promise<number>((resolve) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('#dd input[type=range]')].find((el) =>
          el.closest('label')?.textContent?.includes(name),
        );
        const target = document.querySelector(`#dd [data-testid=${out}]`);
        if (!input || !target) throw new Error(`no slider "${name}" or readout ${out}`);
        const before = target.textContent;
        const t0 = performance.now();
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // As the other benchmarks: the first frame at which the readout shows the new value.
        const check = () => (target.textContent !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      }),
    [label, value, readout] as const,
  );

const pTimes: number[] = [];
const noiseTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  // The p slider steps through sliderValues(): positions 10 to 140 cover p = 11 to about 400.
  pTimes.push(await update('Features p', String(10 + ((i * 37) % 130)), 'dd-p'));
  noiseTimes.push(await update('Noise σ', (0.05 * (1 + (i % 19))).toFixed(2), 'dd-test'));
}
console.log(summary('p slider → updated fit and readouts', pTimes));
console.log(summary('noise slider → updated fit and readouts', noiseTimes));
recordSeries('#dd p update', pTimes, 'frameP95');
recordSeries('#dd noise update', noiseTimes, 'frameP95');

// A change of n: the fit follows in a frame, the curve in slices.
const curveTimes: number[] = [];
let curveLongest = 0;
for (const n of [40, 25, 40]) {
  const from = await pageNow(page);
  const t = await page.evaluate(async (v) => {
    const input = [...document.querySelectorAll<HTMLInputElement>('#dd input[type=range]')].find((el) =>
      el.closest('label')?.textContent?.includes('Data points n'),
    );
    if (!input) throw new Error('no n slider');
    const t0 = performance.now();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const chart = document.querySelector('#dd [data-testid=dd-errors]');
    while (chart?.getAttribute('aria-busy') !== 'true') await new Promise((r) => requestAnimationFrame(r));
    while (chart?.getAttribute('aria-busy') !== 'false') await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  }, String(n));
  curveTimes.push(t);
  curveLongest = Math.max(curveLongest, await longestTask(page, from));
}
console.log(summary('n slider → error curve recomputed', curveTimes));
console.log(`longest main-thread task while recomputing: ${curveLongest.toFixed(0)} ms`);
record({ name: '#dd curve recompute, longest task', value: curveLongest, unit: 'ms', budget: 'sliceMax' });
await browser.close();
