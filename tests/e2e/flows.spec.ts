/** Chapter 7's figures in a real browser: the numbers shown are the core's, links restore them, training trains. */
import {
  BASES,
  BUMPS_KNOTS,
  HIST_BINS,
  agreement,
  baseSamples,
  histogram,
  makeBijection,
  mapSpec,
  pushSamples,
  totalMass,
  yWindow,
  type BaseName,
  type Knot,
  type PresetName,
} from '../../widgets/change-of-variables/core';
import { gaussianBaselineNll, makeDataset } from '../../widgets/flow-2d/data';
import { TEST_SIZE } from '../../widgets/flow-2d/trainer';
import { fixed } from '../../widgets/lib/format';
import { expect, test } from './fixtures';
import { numTensors } from './probes';
import { loseWebglContext } from './tf-figures';
import type { Page } from '@playwright/test';

const CHAPTER = process.env['FLOWS_PAGE'] ?? '/part-3/normalizing-flows/';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** The readouts the core gives for a view of the change of variables figure. */
function covExpected(map: PresetName, base: BaseName, n: number, seed: number, knots: readonly Knot[] = BUMPS_KNOTS) {
  const spec = mapSpec(map, 1.5, 0.5, knots);
  const f = makeBijection(spec);
  const b = BASES[base];
  const hist = histogram(pushSamples(baseSamples(b, n, seed), f), yWindow(b, f), HIST_BINS);
  return { mass: fixed(totalMass(b, f, spec), 4), l1: fixed(agreement(hist, b, f, spec).l1, 4) };
}

async function openCov(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}#cov`);
  const fig = page.locator('#cov');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('cov-mass')).toBeVisible();
  return fig;
}

test.describe('change of variables', () => {
  test('a preset changes the curve, and the mass under it stays 1', async ({ page }) => {
    const fig = await openCov(page);
    const expected = covExpected('bumps', 'normal', 3000, 1);
    await expect(fig.getByTestId('cov-mass')).toHaveText(expected.mass);
    await expect(fig.getByTestId('cov-l1')).toHaveText(expected.l1);
    const curve = () => fig.locator('[data-testid=cov-density] svg path').last().getAttribute('d');
    const before = await curve();
    await fig.getByRole('combobox', { name: 'Map g' }).selectOption('exp');
    await expect.poll(curve).not.toBe(before);
    await expect(fig.getByTestId('cov-mass')).toHaveText('1.0000');
    await expect(fig.getByTestId('cov-l1')).toHaveText(covExpected('exp', 'normal', 3000, 1).l1);
    await fig.getByRole('combobox', { name: 'Base density pZ' }).selectOption('uniform');
    await expect(fig.getByTestId('cov-mass')).toHaveText('1.0000');
    expect(page.url()).toContain('cov.map=exp');
  });

  test('moving a knot with the keyboard reshapes the map into a spline that still has mass 1', async ({ page }) => {
    const fig = await openCov(page);
    await fig.getByRole('combobox', { name: 'Knot', exact: true }).selectOption('1');
    const chart = fig.getByTestId('cov-map');
    await chart.focus();
    for (let i = 0; i < 6; i++) await chart.press('ArrowUp');
    await expect(fig.getByLabel('Knot x')).toHaveValue('-1.1');
    await expect(fig.getByRole('combobox', { name: 'Map g' })).toHaveValue('custom');
    const knots = BUMPS_KNOTS.map((k, i) => (i === 1 ? { x: k.x, y: -1.1 } : k));
    await expect(fig.getByTestId('cov-mass')).toHaveText(covExpected('custom', 'normal', 3000, 1, knots).mass);
    await expect(fig.getByTestId('cov-l1')).toHaveText(covExpected('custom', 'normal', 3000, 1, knots).l1);
    expect(decodeURIComponent(page.url())).toContain('cov.knots=-3:-2.5,-0.5:-1.1,0:0,0.5:1.4,3:2.5');
  });

  test('dragging a knot with the pointer moves it', async ({ page }) => {
    const fig = await openCov(page);
    const svg = fig.getByTestId('cov-map').locator('svg');
    const dot = svg.locator('circle').nth(3); // the fourth knot, (0.5, 1.4)
    const box = await dot.boundingBox();
    if (!box) throw new Error('knot not drawn');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(cx, cy - 6 * i);
    await page.mouse.up();
    await expect(fig.getByRole('combobox', { name: 'Map g' })).toHaveValue('custom');
    await expect(fig.getByRole('combobox', { name: 'Knot', exact: true })).toHaveValue('3');
    expect(Number(await fig.getByLabel('Knot x').inputValue())).toBeGreaterThan(1.5);
    await expect(fig.getByTestId('cov-mass')).toHaveText('1.0000');
  });

  test('the histogram closes in on the formula as N grows', async ({ page }) => {
    const fig = await openCov(page);
    const samples = fig.getByRole('combobox', { name: 'Samples N' });
    const l1 = async (n: number) => {
      await samples.selectOption(String(n));
      const want = covExpected('bumps', 'normal', n, 1).l1;
      await expect(fig.getByTestId('cov-l1')).toHaveText(want);
      return Number(want);
    };
    const values = [await l1(100), await l1(1000), await l1(10000), await l1(100000)];
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
    await expect(fig.getByText('so they agree')).toBeVisible();
  });

  test('a shared link restores the view, and Copy link gives it back', async ({ page }) => {
    const knots = '-2:-3,-1:-2.8,0:0,1:2.8,2:3';
    const fig = await openCov(page, `?cov.map=custom&cov.knots=${knots}&cov.base=uniform&cov.n=10000&cov.seed=5`);
    await expect(fig.getByRole('combobox', { name: 'Map g' })).toHaveValue('custom');
    await expect(fig.getByRole('combobox', { name: 'Base density pZ' })).toHaveValue('uniform');
    await expect(fig.getByRole('combobox', { name: 'Samples N' })).toHaveValue('10000');
    const parsed = knots.split(',').map((p) => ({ x: Number(p.split(':')[0]), y: Number(p.split(':')[1]) }));
    const expected = covExpected('custom', 'uniform', 10000, 5, parsed);
    await expect(fig.getByTestId('cov-mass')).toHaveText(expected.mass);
    await expect(fig.getByTestId('cov-l1')).toHaveText(expected.l1);
    await fig.getByRole('button', { name: 'Figure menu' }).click();
    await fig.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect(fig.getByText('Link copied.')).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('cov.knots')).toBe(knots);
    expect(copied.searchParams.get('cov.seed')).toBe('5');
    expect(copied.hash).toBe('#cov');
  });

  test('a malformed link falls back to defaults and says so', async ({ page }) => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const fig = await openCov(page, `?cov.map=${hostile}&cov.knots=0:0,1:1&cov.n=5&cov.zzz=1`);
    await expect(fig.getByRole('combobox', { name: 'Map g' })).toHaveValue('bumps');
    await expect(fig.getByText(/value for “map”/)).toBeVisible();
    await expect(fig.getByText(/value for “knots” is not 5 knots/)).toBeVisible();
    await expect(fig.getByText(/value for “n”/)).toBeVisible();
    await expect(fig.getByText(/setting “zzz”/)).toBeVisible();
    await expect(fig.getByTestId('cov-l1')).toHaveText(covExpected('bumps', 'normal', 3000, 1).l1);
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });
});

/** The untrained flow is N(0, I): its held-out NLL is the mean of log 2π + |x|²/2. */
function untrainedNll(dataset: 'moons' | 'ring' | 'mixture', seed: number): number {
  const test = makeDataset(dataset, TEST_SIZE, seed + 7919);
  let s = 0;
  for (let i = 0; i < test.length; i += 2) s += Math.log(2 * Math.PI) + 0.5 * (test[i]! ** 2 + test[i + 1]! ** 2);
  return s / (test.length / 2);
}

async function openFlow(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}#flow`);
  const fig = page.locator('#flow');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('flow-status')).toHaveText('Ready: press Start.', { timeout: 30_000 });
  return fig;
}

const number = async (fig: ReturnType<Page['locator']>, id: string) =>
  Number((await fig.getByTestId(id).textContent())?.replace('−', '-'));

test.describe('a flow learns two moons', () => {
  test('Start trains: the held-out NLL falls; Pause stops it', async ({ page }) => {
    // Forced onto WebGL, so its training path stays exercised (the policy runs the flow on the CPU).
    const fig = await openFlow(page, '?backend=webgl');
    await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl');
    await expect(fig.getByTestId('flow-nll-test')).toHaveText(fixed(untrainedNll('moons', 1)));
    await expect(fig.getByTestId('flow-baseline')).toHaveText(
      fixed(gaussianBaselineNll(makeDataset('moons', TEST_SIZE, 1 + 7919))),
    );
    const start = await number(fig, 'flow-nll-test');
    await fig.getByRole('button', { name: 'Start' }).click();
    // The training batches' NLL is shown after every chunk of steps; the held-out NLL a few times a second.
    await expect.poll(() => number(fig, 'flow-nll-train'), { timeout: 12_000 }).toBeLessThan(start - 0.15);
    await expect.poll(() => number(fig, 'flow-nll-test'), { timeout: 30_000 }).toBeLessThan(start - 0.15);
    await fig.getByRole('button', { name: 'Pause' }).click();
    await expect(fig.getByTestId('flow-status')).toHaveText('Paused.');
    const steps = await number(fig, 'flow-steps');
    await page.waitForTimeout(1000);
    expect(await number(fig, 'flow-steps')).toBe(steps);
    await expect(fig.getByRole('button', { name: 'Resume' })).toBeVisible();
  });

  test('no tensor leaks from one stretch of training to the next', async ({ page }) => {
    const fig = await openFlow(page);
    const tensors = () => numTensors(page);
    const stretch = async (label: string) => {
      const from = await number(fig, 'flow-steps');
      await fig.getByRole('button', { name: label }).click();
      await expect.poll(() => number(fig, 'flow-steps'), { timeout: 15_000 }).toBeGreaterThan(from + 10);
      await fig.getByRole('button', { name: 'Pause' }).click();
      await expect(fig.getByTestId('flow-status')).toHaveText('Paused.'); // and idle: no step or snapshot in flight
      return tensors();
    };
    const first = await stretch('Start');
    const second = await stretch('Resume');
    expect(second).toBe(first);
    // Reset frees the old model and its optimizer: the same count comes back after one stretch.
    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect(fig.getByTestId('flow-steps')).toHaveText('0');
    expect(await stretch('Start')).toBe(first);
  });

  test('a WebGL context lost while it trains: the flow starts over on the CPU and trains there', async ({ page }) => {
    const fig = await openFlow(page, '?backend=webgl');
    await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl');
    await fig.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => number(fig, 'flow-steps'), { timeout: 15_000 }).toBeGreaterThan(3);
    // Lost with training running, so a step's read-back is (most likely) in flight; then paused.
    expect(await loseWebglContext(page)).toBe(true);
    await fig.getByRole('button', { name: 'Pause' }).click();
    await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
    // It does not wait for the lost context's step, which never finishes: a new model on the CPU.
    await expect(fig.getByTestId('flow-status')).toHaveText(/^(Paused\.|Ready: press Start\.)$/, { timeout: 15_000 });
    const from = await number(fig, 'flow-steps');
    await fig.getByRole('button', { name: /^(Start|Resume)$/ }).click();
    await expect.poll(() => number(fig, 'flow-steps'), { timeout: 15_000 }).toBeGreaterThan(from + 3);
    await fig.getByRole('button', { name: 'Pause' }).click();
    await expect(fig.getByTestId('flow-status')).toHaveText('Paused.');
    await expect(fig.locator('[data-kind=error]')).toHaveCount(0);
  });

  test('training pauses while the figure is out of view', async ({ page }) => {
    const fig = await openFlow(page);
    await fig.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => number(fig, 'flow-steps'), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(fig.getByTestId('flow-status')).toHaveText('Paused while the figure is out of view.');
    await page.waitForTimeout(300);
    const steps = await number(fig, 'flow-steps');
    await page.waitForTimeout(800);
    expect(await number(fig, 'flow-steps')).toBe(steps);
  });

  test('a shared link restores data, seed, learning rate and layers', async ({ page }) => {
    const fig = await openFlow(page, '?flow.dataset=ring&flow.seed=3&flow.lr=0.01&flow.layers=4');
    await expect(fig.getByRole('combobox', { name: 'Data' })).toHaveValue('ring');
    await expect(fig.getByRole('combobox', { name: 'Learning rate' })).toHaveValue('0.01');
    await expect(fig.getByLabel('Coupling layers')).toHaveValue('4');
    await expect(fig.getByLabel('Seed')).toHaveValue('3');
    await expect(fig.getByTestId('flow-nll-test')).toHaveText(fixed(untrainedNll('ring', 3)));
    await fig.getByRole('button', { name: 'Figure menu' }).click();
    await fig.getByRole('button', { name: 'Copy link to this view' }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('flow.dataset')).toBe('ring');
    expect(copied.searchParams.get('flow.layers')).toBe('4');
    expect(copied.hash).toBe('#flow');
  });

  test('a malformed link falls back to defaults and says so', async ({ page }) => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const fig = await openFlow(page, `?flow.dataset=${hostile}&flow.layers=99&flow.lr=abc`);
    await expect(fig.getByRole('combobox', { name: 'Data' })).toHaveValue('moons');
    await expect(fig.getByLabel('Coupling layers')).toHaveValue('6');
    await expect(fig.getByText(/value for “dataset”/)).toBeVisible();
    await expect(fig.getByText(/value for “layers”/)).toBeVisible();
    await expect(fig.getByText(/value for “lr”/)).toBeVisible();
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });
});

test('without JavaScript both static figures and their descriptions are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const cov = page.locator('#cov .widget-fallback');
  await expect(cov.locator('svg[role=img]')).toHaveCount(2);
  await expect(cov).toContainText(`total mass is ${covExpected('bumps', 'normal', 3000, 1).mass}`);
  const flow = page.locator('#flow .widget-fallback');
  await expect(flow.locator('svg[role=img]')).toHaveCount(2);
  await expect(flow).toContainText('RealNVP-style flow');
  await context.close();
});
