/**
 * What a page's long tasks are made of: loads a page (optionally scrolling a
 * figure into view), records a Chromium performance trace, and prints each
 * main-thread task over 50 ms with the events that took most of it (script
 * by file and function, compile, style, layout, GPU waits).
 *   npx tsx scripts/bench/lib/trace.ts --url http://127.0.0.1:4321/part-2/variational-autoencoders/ [--figure map] [--wait 8000] [--no-webgl]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch, newPage } from './browser';
import { attribute, cpuSamples } from './samples';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    figure: { type: 'string' },
    wait: { type: 'string', default: '8000' },
    'no-webgl': { type: 'boolean', default: false },
    out: { type: 'string', default: '.cache/bench/trace.json' },
  },
});
if (!values.url) throw new Error('--url is required');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

const browser = await launch(values['no-webgl']);
const page = await newPage(browser);
await browser.startTracing(page, {
  path: values.out,
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'blink.user_timing',
    'disabled-by-default-v8.cpu_profiler',
  ],
});
await page.goto(values.url);
if (values.figure) await page.locator(`#${values.figure}`).scrollIntoViewIfNeeded();
await page.waitForTimeout(Number(values.wait));
await browser.stopTracing();
await browser.close();

const events = (JSON.parse(readFileSync(values.out, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const main = new Set(
  events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
);
const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.dur !== undefined);
const tasks = onMain.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000);
const t0 = Math.min(...onMain.map((e) => e.ts));
const label = (e: TraceEvent) => {
  const d = e.args?.data;
  const file = d?.url ? d.url.split('/').pop() : '';
  return d?.functionName !== undefined || file ? `${e.name} ${file}${d?.functionName ? ` ${d.functionName}` : ''}` : e.name;
};
const mainPids = new Set([...main].map((k) => Number(k.split(':')[0])));
const samples = cpuSamples(events.filter((e) => mainPids.has(e.pid)) as unknown as Parameters<typeof cpuSamples>[0]);
const ms = ([l, d]: [string, number]) => `${d.toFixed(0).padStart(5)} ms  ${l}`;
console.log(`${tasks.length} tasks over 50 ms on the main thread`);
for (const t of tasks) {
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
  // Self-contained summary: the longest events directly or nearly at the top of the task.
  const byLabel = new Map<string, number>();
  for (const e of inside) {
    if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
    byLabel.set(label(e), Math.max(byLabel.get(label(e)) ?? 0, e.dur ?? 0));
  }
  const top = [...byLabel.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `\n${((t.ts - t0) / 1000).toFixed(0)} ms: task of ${((t.dur ?? 0) / 1000).toFixed(0)} ms\n` +
      top.map(([l, d]) => `   ${(d / 1000).toFixed(0).padStart(5)} ms  ${l}`).join('\n'),
  );
  const js = attribute(samples, t.ts, t.ts + (t.dur ?? 0));
  if (js.byFile.length) {
    console.log(`   script samples by file: ${js.byFile.map(ms).join(';')}`);
    console.log(`   by the innermost frame of the page's own code: ${js.byFunction.map(ms).join(';')}`);
  }
}
