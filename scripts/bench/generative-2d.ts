/**
 * Chapter 8's live figures. The GAN: ready time, then the longest main-thread task while it
 * trains for a few seconds (its steps run in chunks of about one frame). Diffusion: ready time
 * (the first reverse chain sampled), the longest task while it samples again, and the update
 * time of the forward step slider, from the input event until the figure has committed it.
 *   npx tsx scripts/bench/generative-2d.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 20]
 */
import { benchArgs, launch, record, recordSeries, summary } from './lib/browser';
import { longestTask, pageNow } from './lib/longtasks';
import { readyAfterScroll } from './lib/ready';

const { base, noWebgl, runs } = benchArgs();
const browser = await launch(noWebgl);
const PAGE = `${base}/part-3/generative-zoo/`;
const TRAIN_MS = 5000;

{
  const r = await readyAfterScroll(browser, PAGE, 'gan', '[data-testid=gan-status]');
  console.log(`#gan ready after scrolling into view: ${r.ms.toFixed(0)} ms; longest task ${r.longest.toFixed(0)} ms`);
  record({ name: '#gan ready', value: r.ms, unit: 'ms', budget: 'ready' });
  const from = await pageNow(r.page);
  await r.page.locator('#gan .widget-live').getByRole('button', { name: 'Start' }).click();
  await r.page.waitForTimeout(TRAIN_MS);
  const steps = await r.page.locator('#gan [data-testid=gan-steps]').textContent();
  const longest = await longestTask(r.page, from);
  console.log(`#gan training ${TRAIN_MS / 1000} s: ${steps} generator steps; longest task ${longest.toFixed(0)} ms`);
  record({ name: '#gan longest task while training', value: longest, unit: 'ms', budget: 'sliceMax' });
  await r.page.close();
}

{
  const r = await readyAfterScroll(browser, PAGE, 'diff', '[data-testid=diff-reverse][data-done=true]');
  console.log(`#diff ready (first chain sampled): ${r.ms.toFixed(0)} ms; longest task ${r.longest.toFixed(0)} ms`);
  record({ name: '#diff ready (first chain sampled)', value: r.ms, unit: 'ms', budget: 'ready' });
  const from = await pageNow(r.page);
  await r.page.locator('#diff .widget-live').getByRole('button', { name: 'Sample again' }).click();
  await r.page.locator('#diff [data-testid=diff-reverse][data-done=true]').waitFor({ timeout: 60_000 });
  const longest = await longestTask(r.page, from);
  console.log(`#diff longest task while sampling again: ${longest.toFixed(0)} ms`);
  record({ name: '#diff longest task while sampling', value: longest, unit: 'ms', budget: 'sliceMax' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await r.page.evaluate(
        (i) =>
          new Promise<number>((resolve) => {
            const out = document.querySelector('#diff [data-testid=diff-t]')!;
            const slider = document.querySelector<HTMLInputElement>('#diff .widget-live input[type=range]')!;
            const before = out.textContent;
            const t0 = performance.now();
            const done = () => {
              if (out.textContent === before) return;
              watch.disconnect();
              out.getBoundingClientRect();
              resolve(performance.now() - t0);
            };
            const watch = new MutationObserver(done);
            watch.observe(out, { subtree: true, childList: true, characterData: true });
            slider.value = String(
              i % 2 === 0 ? Math.min(Number(slider.max), Number(slider.value) + 7) : Math.max(0, Number(slider.value) - 3),
            );
            slider.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        i,
      ),
    );
  }
  console.log(summary('#diff t slider → readout', times));
  recordSeries('#diff t slider update', times, 'frameP95');
  await r.page.close();
}
await browser.close();
