/**
 * Main-thread blocking on each chapter page before any figure is scrolled into
 * view, at 4× CPU slowdown (Chromium's throttling through the DevTools protocol):
 * the sum over long tasks of (duration − 50 ms), from navigation until 2 s after load.
 * Figures whose island hydrates in the first viewport count: a reader gets them too.
 * Each page also prints where the main thread went (DevTools' Performance.getMetrics over the
 * same span: style and layout, script) and its DOM size, to show what to cut.
 *   npx tsx scripts/bench/blocking.ts --base http://127.0.0.1:4321
 */
import type { CDPSession } from '@playwright/test';
import { builtPages } from '../lib/pages';
import { CPU_SLOWDOWN, LONG_TASK_MS } from './budgets';
import { benchArgs, launch, newPage, record } from './lib/browser';

const { base, noWebgl } = benchArgs();
const browser = await launch(noWebgl);
const chapters = builtPages(process.env['DIST'] ?? 'dist').filter((p) => /^\/part-\d+\//.test(p));
console.log(`long-task blocking at ${CPU_SLOWDOWN}× CPU slowdown, until load + 2 s, without scrolling`);
for (const path of chapters) {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable');
  await page.addInitScript({
    content: `globalThis.__blocking = { ms: 0, tasks: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          globalThis.__blocking.ms += Math.max(0, e.duration - ${LONG_TASK_MS});
          globalThis.__blocking.tasks++;
        }
      }).observe({ type: 'longtask', buffered: true });`,
  });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const { ms, tasks } = await page.evaluate(
    () => (globalThis as unknown as { __blocking: { ms: number; tasks: number } }).__blocking,
  );
  const metrics = await mainThreadMetrics(cdp);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const styleLayout = (metrics.RecalcStyleDuration + metrics.LayoutDuration) * 1000;
  const script = metrics.ScriptDuration * 1000;
  console.log(
    `${path}: ${ms.toFixed(0)} ms blocking in ${tasks} long tasks; ` +
      `style + layout ${styleLayout.toFixed(0)} ms, script ${script.toFixed(0)} ms; ${elements} elements`,
  );
  record({ name: `${path} main-thread blocking`, value: ms, unit: 'ms', budget: 'blocking', backend: 'any' });
  await cdp.detach();
  await page.close();
}
await browser.close();

/** Cumulative main-thread durations (in seconds) since the page's renderer started. */
async function mainThreadMetrics(cdp: CDPSession) {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    RecalcStyleDuration: get('RecalcStyleDuration'),
    LayoutDuration: get('LayoutDuration'),
    ScriptDuration: get('ScriptDuration'),
  };
}
