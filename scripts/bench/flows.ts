/**
 * Chapter 7's figures against a served build: time to ready after scrolling
 * into view, the change-of-variables figure's update time during a knot drag,
 * and the 2-d flow figure's time per training step.
 *   npx tsx scripts/bench/flows.ts --base http://127.0.0.1:4321 [--no-webgl] [--page /part-3/normalizing-flows/]
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, findChromium } from '../lib/chromium';
import { forceBackend, noteBackend, record, recordSeries } from './lib/browser';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    page: { type: 'string', default: '/part-3/normalizing-flows/' },
    'no-webgl': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
  },
});

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function readyTime(page: Page, id: string, ready: () => Promise<unknown>): Promise<number> {
  await page.goto(values.base + values.page);
  await page.waitForLoadState('networkidle');
  const t0 = Date.now();
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await ready();
  return Date.now() - t0;
}

async function numberIn(page: Page, testId: string): Promise<number> {
  return Number.parseFloat((await page.getByTestId(testId).textContent())?.replace(/[^\d.]+/g, ' ').trim() ?? '');
}

const args = values['no-webgl'] ? [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] : CHROMIUM_ARGS;
const browser = await chromium.launch({ executablePath: findChromium(), args });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await forceBackend(page);

// The change-of-variables figure: ready, then a 60-move drag of the middle knot.
const covReady = await readyTime(page, 'cov', () => page.getByTestId('cov-mass').waitFor());
const knot = page.getByTestId('cov-map').locator('svg circle').nth(2);
const box = await knot.boundingBox();
if (!box) throw new Error('The change-of-variables figure has no knots');
const covTimes: number[] = [];
const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
await page.mouse.move(cx, cy);
await page.mouse.down();
for (let i = 0; i < 60; i++) {
  await page.mouse.move(cx + 10 * Math.sin(i / 6), cy - 25 * Math.sin(i / 9));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  covTimes.push(await numberIn(page, 'cov-time'));
}
await page.mouse.up();
for (const n of ['100000']) {
  await page.getByRole('combobox', { name: 'Samples N' }).selectOption(n);
  await page.waitForTimeout(300);
}
const covBig = await numberIn(page, 'cov-time');

// The 2-d flow figure: ready (TF.js loaded, model built, first snapshot drawn), then train.
const flowReady = await readyTime(page, 'flow', () =>
  page.getByTestId('flow-status').getByText('Ready: press Start.').waitFor({ timeout: 60_000 }),
);
const backend = await noteBackend(page, 'flow');
await page.locator('#flow').getByRole('button', { name: 'Start' }).click();
const stepTimes: number[] = [];
const startNll = await numberIn(page, 'flow-nll-test');
const seconds = Number(values.seconds);
for (let i = 0; i < seconds * 2; i++) {
  await page.waitForTimeout(500);
  const v = await numberIn(page, 'flow-step-ms');
  if (Number.isFinite(v)) stepTimes.push(v);
}
const steps = await numberIn(page, 'flow-steps');
const endNll = await numberIn(page, 'flow-nll-test');
await page.locator('#flow').getByRole('button', { name: 'Pause' }).click();

console.log(`backend: ${backend}`);
console.log(`Change of variables: ready after scrolling into view: ${covReady} ms`);
console.log(
  `Change of variables: update during a knot drag (N = 3,000): p50 ${ms(quantile(covTimes, 0.5))}, p95 ${ms(quantile(covTimes, 0.95))} over ${covTimes.length} moves`,
);
console.log(`Change of variables: update at N = 100,000: ${ms(covBig)}`);
console.log(`2-d flow: ready after scrolling into view: ${flowReady} ms`);
console.log(`2-d flow: training step: p50 ${ms(quantile(stepTimes, 0.5))}, p95 ${ms(quantile(stepTimes, 0.95))}`);
console.log(
  `2-d flow: in ${seconds} s: ${steps} steps (${(steps / seconds).toFixed(1)} per s), held-out NLL ${startNll.toFixed(3)} → ${endNll.toFixed(3)}`,
);
record({ name: '#cov ready', value: covReady, unit: 'ms', budget: 'ready' });
recordSeries('#cov knot-drag update', covTimes, 'frameP95');
record({ name: '#cov update at N = 100,000', value: covBig, unit: 'ms' });
record({ name: '#flow ready', value: flowReady, unit: 'ms', budget: 'ready' });
recordSeries('#flow training step', stepTimes);
await browser.close();
