/** A mixture fitted by EM, in a real browser: its numbers are the core's numbers, and links restore it. */
import { RUN_TOLERANCE, agreement, assignPoint, computeView } from '../../widgets/em-mixture/core';
import { FIGURE } from '../../widgets/em-mixture/figure';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);
// Every step recomputes and redraws the figure's charts; on a busy machine that takes a while.
test.describe.configure({ timeout: 180_000 });

test('each E and M step gives the core’s log-likelihood, and k-means sits beside it', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#em');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  await expect(fig.getByTestId('em-loglik')).toHaveText(
    `log-likelihood = ${fixed(computeView('anisotropic', 3, 1, 0).trace[0]!.logLik, 3)}`,
  );
  for (let t = 1; t <= 3; t++) {
    await fig.getByRole('button', { name: 'E and M step' }).click();
    const view = computeView('anisotropic', 3, 1, t);
    await expect(fig.getByTestId('em-loglik')).toHaveText(`log-likelihood = ${fixed(view.trace.at(-1)!.logLik, 3)}`);
  }
  const view = computeView('anisotropic', 3, 1, 3);
  const a = agreement(view, 3);
  await expect(fig.getByTestId('em-ari')).toContainText(`mixture ${fixed(a.em, 3)}, k-means ${fixed(a.kmeans, 3)}`);
  await expect(fig.locator('[data-testid=em-kmeans-chart] svg')).toHaveCount(1);
  expect(page.url()).toContain('em.steps=3');
});

test('a new point typed or clicked is assigned as the core assigns it', async ({ page }) => {
  await page.goto(`${PAGE}?em.steps=20#em`);
  const fig = page.locator('#em');
  await fig.getByLabel('New point x₁').fill('1.5');
  await fig.getByLabel('New point x₁').press('Tab');
  await fig.getByLabel('New point x₂').fill('-0.5');
  await fig.getByLabel('New point x₂').press('Tab');
  const mix = computeView('anisotropic', 3, 1, 20).trace.at(-1)!.mixture;
  const want = assignPoint(mix, 1.5, -0.5);
  await expect(fig.getByTestId('em-assign')).toContainText(`goes to component ${want.best + 1}`);
  await expect(fig.getByTestId('em-resp-0')).toHaveText(fixed(want.resp[0]!, 3));
  // Playwright's click scrolls the chart clear of the sticky header before clicking.
  const chart = fig.getByTestId('em-chart').locator('svg').first();
  const box = await chart.boundingBox();
  if (!box) throw new Error('chart not rendered');
  await chart.click({ position: { x: box.width * 0.3, y: box.height * 0.3 } });
  await expect(fig.getByTestId('em-assign')).not.toContainText('(1.50, −0.50)');
  const x = Number(await fig.getByLabel('New point x₁').inputValue());
  const y = Number(await fig.getByLabel('New point x₂').inputValue());
  await expect(fig.getByTestId('em-assign')).toContainText(`goes to component ${assignPoint(mix, x, y).best + 1}`);
});

test('a shared link restores the view', async ({ page }) => {
  await page.goto(`${PAGE}?em.data=unequal&em.k=4&em.seed=4&em.steps=12#em`);
  const fig = page.locator('#em');
  await expect(fig.getByRole('combobox', { name: 'Data set' })).toHaveValue('unequal');
  await expect(fig.getByLabel('Components k')).toHaveValue('4');
  const view = computeView('unequal', 4, 4, 12);
  await expect(fig.getByTestId('em-loglik')).toHaveText(`log-likelihood = ${fixed(view.trace.at(-1)!.logLik, 3)}`);
  await expect(fig.getByTestId('em-resp-3')).toBeVisible();
});

test('Run climbs until an iteration gains less than 10⁻⁴, then stops', async ({ page }) => {
  await page.goto(`${PAGE}#em`);
  const fig = page.locator('#em');
  await fig.scrollIntoViewIfNeeded();
  const L = computeView('anisotropic', 3, 1, 200).trace.map((s) => s.logLik);
  let stop = 2;
  while (L[stop]! - L[stop - 1]! >= RUN_TOLERANCE) stop++;
  await fig.getByRole('button', { name: 'Run' }).click();
  await expect(fig.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(fig.getByRole('button', { name: 'Run' })).toBeVisible({ timeout: 60_000 });
  expect(new URL(page.url()).searchParams.get('em.steps')).toBe(String(stop));
  await expect(fig.getByTestId('em-loglik')).toHaveText(`log-likelihood = ${fixed(L[stop]!, 3)}`);
});

test('a malformed link falls back to defaults and says so', async ({ page }) => {
  await page.goto(`${PAGE}?em.data=rings&em.k=99&em.x=7#em`);
  const fig = page.locator('#em');
  await expect(fig.getByRole('combobox', { name: 'Data set' })).toHaveValue('anisotropic');
  await expect(fig.getByText(/value for “data”/)).toBeVisible();
  await expect(fig.getByText(/value for “k”/)).toBeVisible();
  await expect(fig.getByText(/value for “x”/)).toBeVisible();
  await expect(fig.getByLabel('Components k')).toHaveValue('3');
});

test('without JavaScript the static figure and its description are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  const fallback = page.locator('#em .widget-fallback');
  await expect(fallback.locator('svg[role=img]')).toHaveCount(3);
  await expect(fallback).toContainText(`${fixed(computeView('anisotropic', 3, 1, 60).trace.at(-1)!.logLik, 1)}`);
  await context.close();
});
