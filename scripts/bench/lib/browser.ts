/** Shared by the benchmarks: flags, a browser launch, and summary statistics. */
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

export function summary(label: string, ms: readonly number[]): string {
  return `${label}: median ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms (n = ${ms.length})`;
}

/** A page whose evaluate() callbacks survive tsx's name-keeping helper (__name). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}
