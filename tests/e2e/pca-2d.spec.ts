/** The two-dimensional PCA figure in a real browser: its readouts are the core's, by slider, drag and keyboard, and links restore it. */
import type { Locator, Page } from '@playwright/test';
import { analyse, makePoints, type CloudParams, type Vec2 } from '../../widgets/pca-2d/core';
import { fixed, percent } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure('pca2d');
const DEFAULTS: CloudParams = { data: 'gaussian', rho: 0.7, spread: 1.5, seed: 1 };

// Each test loads the long chapter page on a shared, busy machine: give it room.
test.describe.configure({ timeout: 180_000 });

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#pca2d`);
  const fig = page.locator('#pca2d');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  return fig;
}

async function expectReadouts(fig: Locator, points: readonly Vec2[]) {
  const { pca, projection } = analyse(points);
  await expect(fig.getByTestId('pca2d-share')).toHaveText(`Axis 1 explains ${percent(pca.share1, 1)} of the variance.`);
  await expect(fig.getByTestId('pca2d-eigen')).toContainText(`λ₁ = ${fixed(pca.values[0])} and λ₂ = ${fixed(pca.values[1])}`);
  await expect(fig.getByTestId('pca2d-error')).toContainText(`onto it: ${fixed(projection.totalSquaredError)},`);
}

test('its readouts are the core’s for the default cloud, and follow the sliders', async ({ page }) => {
  const fig = await open(page);
  await expectReadouts(fig, makePoints(DEFAULTS));
  // 40 points, their 40 feet on the axis, and the ring of the selected point.
  await expect(fig.getByTestId('pca2d-chart').locator('svg circle')).toHaveCount(81);
  const rho = fig.getByLabel('Correlation ρ');
  await rho.focus();
  for (let i = 0; i < 4; i++) await rho.press('ArrowRight');
  await expectReadouts(fig, makePoints({ ...DEFAULTS, rho: 0.9 }));
  expect(page.url()).toContain('pca2d.rho=0.9');
  await fig.getByLabel('Data').selectOption('arc');
  await expectReadouts(fig, makePoints({ ...DEFAULTS, data: 'arc', rho: 0.9 }));
  await expect(rho).toBeDisabled();
});

test('the selected point moves with the arrow keys and the axes follow', async ({ page }) => {
  const fig = await open(page);
  const chart = fig.getByTestId('pca2d-chart');
  await chart.focus();
  await chart.press('PageUp');
  await chart.press('PageUp');
  for (let i = 0; i < 10; i++) await chart.press('ArrowRight');
  await chart.press('ArrowUp');
  const points = makePoints(DEFAULTS);
  const p = points[2] ?? [0, 0];
  const to: Vec2 = [Math.round((p[0] + 1) * 100) / 100, Math.round((p[1] + 0.1) * 100) / 100];
  const moved = points.map((q, i): Vec2 => (i === 2 ? to : q));
  await expect(fig.getByTestId('pca2d-selected')).toContainText(
    `Selected point 3 of 40 at (${fixed(to[0], 2)}, ${fixed(to[1], 2)})`,
  );
  await expectReadouts(fig, moved);
  await fig.getByRole('button', { name: 'Put the points back' }).click();
  await expectReadouts(fig, points);
});

test('dragging a point with the pointer changes the axes', async ({ page }) => {
  const fig = await open(page);
  const before = await fig.getByTestId('pca2d-eigen').textContent();
  const dot = fig.getByTestId('pca2d-chart').locator('svg circle').nth(40);
  const box = await dot.boundingBox();
  if (!box) throw new Error('no point drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y - 120, { steps: 5 });
  await page.mouse.up();
  await expect(fig.getByTestId('pca2d-selected')).toContainText('1 moved.');
  await expect(fig.getByTestId('pca2d-eigen')).not.toHaveText(before ?? '');
});

test('a shared link restores the view; a malformed one falls back and says so', async ({ page }) => {
  let fig = await open(page, '?pca2d.data=arc&pca2d.seed=7');
  await expect(fig.getByLabel('Data')).toHaveValue('arc');
  await expectReadouts(fig, makePoints({ ...DEFAULTS, data: 'arc', seed: 7 }));
  fig = await open(page, '?pca2d.data=ring&pca2d.rho=2&pca2d.spread=abc');
  await expect(fig.getByText(/value for “data”/)).toBeVisible();
  await expect(fig.getByText(/value for “rho”/)).toBeVisible();
  await expect(fig.getByText(/value for “spread”/)).toBeVisible();
  await expectReadouts(fig, makePoints(DEFAULTS));
});

test('without JavaScript the static figure and its description are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fallback = page.locator('#pca2d .widget-fallback');
  await expect(fallback.locator('svg[role=img]')).toBeVisible();
  await expect(fallback).toContainText(`explains ${percent(analyse(makePoints(DEFAULTS)).pca.share1, 1)}`);
  await context.close();
});
