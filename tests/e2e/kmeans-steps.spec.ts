/** k-means, step by step, in a real browser: its numbers are the core's numbers, and links restore it. */
import { dataRows, describeHistory, describeSizes, toPoints, traceFor } from '../../widgets/kmeans-steps/core';
import { FIGURE } from '../../widgets/kmeans-steps/figure';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);
// Every step recomputes and redraws the figure's charts; on a busy machine that takes a while.
test.describe.configure({ timeout: 180_000 });
const trace = (data: Parameters<typeof dataRows>[0], k: number, init: 'random' | 'kmeans++', seed: number, steps: number) =>
  traceFor(toPoints(dataRows(data)), { k, init, seed, steps });

test('Assign and Update step the core’s trace, and the objective is the core’s', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#kmeans');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  await expect(fig.getByTestId('kmeans-step')).toContainText('Initialised');
  await expect(fig.getByRole('button', { name: 'Update' })).toBeDisabled();
  for (let s = 1; s <= 4; s++) {
    await fig.getByRole('button', { name: s % 2 === 1 ? 'Assign' : 'Update' }).click();
    const want = trace('blobs', 3, 'random', 1, s);
    await expect(fig.getByTestId('kmeans-objective')).toHaveText(`J = ${fixed(want.at(-1)!.objective!, 3)}`);
  }
  const want = trace('blobs', 3, 'random', 1, 4);
  await expect(fig.getByTestId('kmeans-history')).toHaveText(`J after each step: ${describeHistory(want)}`);
  await expect(fig.getByTestId('kmeans-sizes')).toHaveText(`Cluster sizes: ${describeSizes(want.at(-1), 3)}`);
  expect(page.url()).toContain('kmeans.steps=4');
  // Four centres-and-points chart: one point per data row, three centres.
  await expect(fig.locator('[data-testid=kmeans-objective-chart] svg')).toHaveCount(1);
});

test('Run goes on to convergence and stops; Reset starts over', async ({ page }) => {
  await page.goto(`${PAGE}?kmeans.init=kmeans%2B%2B#kmeans`);
  const fig = page.locator('#kmeans');
  await fig.getByRole('button', { name: 'Run' }).click();
  const full = trace('blobs', 3, 'kmeans++', 1, 200);
  await expect(fig.getByTestId('kmeans-step')).toContainText('Converged', { timeout: 20_000 });
  await expect(fig.getByTestId('kmeans-objective')).toHaveText(`J = ${fixed(full.at(-1)!.objective!, 3)}`);
  expect(page.url()).toContain(`kmeans.steps=${full.length - 1}`);
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.getByTestId('kmeans-step')).toContainText('Initialised');
});

test('a shared link restores the view; a malformed one falls back and says so', async ({ page }) => {
  await page.goto(`${PAGE}?kmeans.data=unequal&kmeans.k=4&kmeans.seed=7&kmeans.steps=5#kmeans`);
  const fig = page.locator('#kmeans');
  await expect(fig.getByRole('combobox', { name: 'Data set' })).toHaveValue('unequal');
  await expect(fig.getByLabel('Clusters k')).toHaveValue('4');
  const want = trace('unequal', 4, 'random', 7, 5);
  await expect(fig.getByTestId('kmeans-objective')).toHaveText(`J = ${fixed(want.at(-1)!.objective!, 3)}`);
  await page.goto(`${PAGE}?kmeans.k=11&kmeans.init=best&kmeans.steps=-1#kmeans`);
  await expect(fig.getByLabel('Clusters k')).toHaveValue('3');
  await expect(fig.getByText(/value for “k”/)).toBeVisible();
  await expect(fig.getByText(/value for “init”/)).toBeVisible();
  await expect(fig.getByTestId('kmeans-step')).toContainText('Initialised');
});

test('points are added and removed with the keyboard and by clicking', async ({ page }) => {
  await page.goto(`${PAGE}?kmeans.steps=1#kmeans`);
  const fig = page.locator('#kmeans');
  const n = dataRows('blobs').length;
  await expect(fig.getByText(`${n} points.`)).toBeVisible();
  await fig.getByLabel('Point x₁').fill('4.5');
  await fig.getByLabel('Point x₁').press('Tab');
  await fig.getByLabel('Point x₂').fill('-4.5');
  await fig.getByLabel('Point x₂').press('Tab');
  await fig.getByRole('button', { name: 'Add the point' }).focus();
  await page.keyboard.press('Enter');
  await expect(fig.getByText(`${n + 1} points (edited`)).toBeVisible();
  const rows: [number, number][] = [...dataRows('blobs'), [4.5, -4.5]];
  const want = traceFor(toPoints(rows), { k: 3, init: 'random', seed: 1, steps: 1 });
  await expect(fig.getByTestId('kmeans-objective')).toHaveText(`J = ${fixed(want.at(-1)!.objective!, 3)}`);
  await fig.getByRole('button', { name: 'Remove the nearest point' }).click();
  await expect(fig.getByText(`${n} points (edited`)).toBeVisible();
  // A click in an empty corner adds a point there.
  const chart = fig.getByTestId('kmeans-chart').locator('svg').first();
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart not rendered');
  await chart.click({ position: { x: box.width * 0.93, y: box.height * 0.08 } });
  await expect(fig.getByText(`${n + 1} points (edited`)).toBeVisible();
  await fig.getByRole('button', { name: 'Restore the data set' }).click();
  await expect(fig.getByText(`${n} points.`)).toBeVisible();
});

test('without JavaScript the static figure and its description are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fallback = page.locator('#kmeans .widget-fallback');
  await expect(fallback.locator('svg[role=img]')).toHaveCount(2);
  const full = trace('blobs', 3, 'random', 1, 200);
  await expect(fallback).toContainText(`J = ${fixed(full.at(-1)!.objective!, 3)}`);
  await context.close();
});
