/** The eigen-digits figure in a real browser: its error is the Node core's, links restore it, and a broken download recovers. */
import type { Page } from '@playwright/test';
import { fixed } from '../../widgets/lib/format';
import { CHAPTER_3, expectedRebuild } from './eigen-helpers';
import { expect, test } from './fixtures';

// Each test downloads and checks the model on a shared, busy machine: give it room.
test.describe.configure({ timeout: 180_000 });

async function open(page: Page, query = '') {
  await page.goto(`${CHAPTER_3}${query}#eigen`);
  const fig = page.locator('#eigen');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('eigen-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return fig;
}

async function expectError(fig: ReturnType<Page['locator']>, digit: number, k: number) {
  const want = await expectedRebuild(digit, k);
  const summary = fig.getByTestId('eigen-summary');
  await expect(summary).toContainText(`Held-out digit #${digit}, a ${want.label}, rebuilt`);
  await expect(summary).toContainText(`mean squared error per pixel ${fixed(want.mse, 4)}`);
  // The same float32 model values and the same float64 core as in Node: the same number.
  expect(Math.abs(Number(await summary.getAttribute('data-mse')) - want.mse)).toBeLessThan(1e-12);
}

test('the default view rebuilds digit 0 from 16 components with the Node core’s error', async ({ page }) => {
  const fig = await open(page);
  await expectError(fig, 0, 16);
  await expect(fig.getByRole('img', { name: /^Principal component 1,/ })).toBeVisible();
  await expect(fig.getByTestId('eigen-mean')).toHaveAttribute('data-drawn', 'true');
  await expect(fig.getByTestId('eigen-variance').locator('svg[role=img]')).toHaveAttribute('aria-label', /at k = 16 it is/);
  // Every one of the 64 coefficients is a bar.
  await expect(fig.getByTestId('eigen-coefficients').locator('rect')).toHaveCount(64);
});

test('the k slider and the digit picker, by keyboard', async ({ page }) => {
  const fig = await open(page);
  const slider = fig.getByRole('slider', { name: /Components k/ });
  await slider.focus();
  for (let i = 0; i < 6; i++) await slider.press('ArrowRight');
  await expectError(fig, 0, 22);
  await slider.press('Home');
  await expectError(fig, 0, 0);
  await fig.getByRole('button', { name: 'Next' }).press('Enter');
  await expectError(fig, 1, 0);
  expect(page.url()).toContain('eigen.digit=1');
  expect(page.url()).toContain('eigen.k=0');
});

test('a shared link restores the view; a malformed one falls back and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let fig = await open(page, '?eigen.digit=321&eigen.k=64');
  await expectError(fig, 321, 64);
  await fig.getByRole('button', { name: 'Figure menu' }).click();
  await fig.getByRole('button', { name: 'Copy link to this view' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('eigen.digit')).toBe('321');
  expect(copied.searchParams.get('eigen.k')).toBe('64');
  fig = await open(page, `?eigen.digit=1000&eigen.k=${encodeURIComponent('<b>x</b>')}`);
  await expect(fig.getByText(/value for “digit”/)).toBeVisible();
  await expect(fig.getByText(/value for “k”/)).toBeVisible();
  await expectError(fig, 0, 16);
  expect(await page.locator('#eigen b').count()).toBe(0);
});

test('a damaged pca.bin is an error with Retry, and Retry brings the figure back', async ({ page, problems }) => {
  let broken = true;
  await page.route('**/models/pca/pca.bin', async (route) => {
    if (!broken) return route.fallback();
    const body = Buffer.from(await (await route.fetch()).body());
    body[100] = (body[100] ?? 0) ^ 0xff;
    return route.fulfill({ status: 200, body });
  });
  problems.allow('pca.bin');
  await page.goto(`${CHAPTER_3}#eigen`);
  const fig = page.locator('#eigen');
  await fig.scrollIntoViewIfNeeded();
  const alert = fig.getByRole('alert');
  await expect(alert).toContainText('PCA model', { timeout: 30_000 });
  await expect(alert).toContainText(/pca\.bin.*damaged|damaged.*pca\.bin/);
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(fig.getByTestId('eigen-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expectError(fig, 0, 16);
});

test('without JavaScript the static figure and its description are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER_3);
  const fallback = page.locator('#eigen .widget-fallback');
  await expect(fallback.getByRole('img', { name: /^Principal component 1,/ })).toBeVisible();
  const want = await expectedRebuild(0, 16);
  await expect(fallback).toContainText(fixed(want.mse, 4));
  await context.close();
});
