/** Shared by the benchmarks: flags, a browser launch, summary statistics and recorded measures. */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, findChromium } from '../../lib/chromium';

export function benchArgs() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: 'http://127.0.0.1:4321' },
      'no-webgl': { type: 'boolean', default: false },
      runs: { type: 'string', default: '30' },
    },
  });
  return { base: values.base, noWebgl: values['no-webgl'], runs: Number(values.runs) };
}

export function launch(noWebgl: boolean): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: noWebgl ? [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] : CHROMIUM_ARGS,
  });
}

export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i] ?? NaN;
}

export type Unit = 'ms' | 'bytes' | 's';

/** One measured value; `npm run bench` collects them over repeats and prints them against their budget. */
export interface Measure {
  name: string;
  value: number;
  unit: Unit;
  /** A key of BUDGETS in ../budgets.ts, if this measure has a budget. */
  budget?: string;
  /** 'webgl' or 'cpu' (how Chromium was launched), or 'any' where the backend does not matter. */
  backend?: string;
  /** The backend the figure's badge reported (its data-backend), e.g. 'cpu', 'webgl' or 'cpu+webgl'. */
  ran?: string;
}

/** `--force cpu|webgl` of `npm run bench`: every page opened with `?backend=…`. */
const forced = process.env['BENCH_FORCE'];
const ran = new Map<string, string>();

/**
 * Make a page obey `npm run bench -- --force …`: before any of its scripts
 * run, `?backend=…` is added to its address, as a reader could type it.
 */
export async function forceBackend(page: Page): Promise<void> {
  if (forced !== 'cpu' && forced !== 'webgl') return;
  await page.addInitScript(
    ([name]) => {
      const url = new URL(window.location.href);
      if (url.searchParams.has('backend')) return;
      url.searchParams.set('backend', name);
      history.replaceState(history.state, '', url);
    },
    [forced] as const,
  );
}

/** Read the backend figure #id's badge reports; measures named "#id …" recorded after this say so. */
export async function noteBackend(page: Page, id: string): Promise<string | null> {
  const used = await page.locator(`#${id} [data-testid=backend]`).first().getAttribute('data-backend', { timeout: 10_000 });
  if (used) ran.set(id, used);
  return used;
}

/** Record a measure for `npm run bench` (BENCH_OUT names its file); without it, nothing happens. */
export function record(m: Measure): void {
  const out = process.env['BENCH_OUT'];
  if (!out || !Number.isFinite(m.value)) return;
  const pass = process.env['BENCH_BACKEND'];
  const backend = m.backend ?? (pass && forced ? `${pass}, ?backend=${forced}` : pass) ?? 'any';
  const figure = /^#([\w-]+)/.exec(m.name)?.[1];
  const used = m.ran ?? (figure ? ran.get(figure) : undefined);
  appendFileSync(out, JSON.stringify({ ...m, backend, ...(used ? { ran: used } : {}) }) + '\n');
}

/** Record the median and p95 of a series of update times. */
export function recordSeries(name: string, ms: readonly number[], budget?: string): void {
  record({ name: `${name} p50`, value: quantile(ms, 0.5), unit: 'ms' });
  record({ name: `${name} p95`, value: quantile(ms, 0.95), unit: 'ms', ...(budget ? { budget } : {}) });
}

export function summary(label: string, ms: readonly number[]): string {
  return `${label}: median ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms (n = ${ms.length})`;
}

/** A page whose evaluate() callbacks survive tsx's name-keeping helper (__name). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await forceBackend(page);
  return page;
}
