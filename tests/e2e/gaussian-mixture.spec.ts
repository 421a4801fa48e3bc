/** Chapter 1's widget in a real browser: its numbers are the core's numbers, and links restore it. */
import { PRESETS, logDensity, responsibilities } from '../../widgets/gaussian-mixture/core';
import { fixed } from '../../widgets/lib/format';
import { expect, test } from './fixtures';

const CHAPTER = '/part-1/why-learn-without-labels/';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('draws samples and scores a typed point exactly as the core does', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#gmm');
  await fig.scrollIntoViewIfNeeded();
  await fig.getByRole('button', { name: 'Draw 100' }).click();
  await expect(fig.getByTestId('gmm-samples')).toContainText('100 samples');
  // 100 sample dots plus the ring and centre of the scored point.
  await expect(fig.locator('[data-testid=gmm-chart] svg circle')).toHaveCount(100 + 2);
  await fig.getByLabel('Point x₁').fill('2.2');
  await fig.getByLabel('Point x₁').press('Tab');
  await fig.getByLabel('Point x₂').fill('1.8');
  await fig.getByLabel('Point x₂').press('Tab');
  const expected = fixed(logDensity(PRESETS.three.mixture, [2.2, 1.8]));
  await expect(fig.getByTestId('gmm-logp')).toHaveText(`log p(x) = ${expected}`);
  const r = responsibilities(PRESETS.three.mixture, [2.2, 1.8]);
  await expect(fig.getByTestId('gmm-resp-1')).toHaveText(fixed(r[1]!));
  expect(page.url()).toContain('gmm.x=2.2');
});

test('clicking the chart scores the clicked point', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#gmm');
  await fig.scrollIntoViewIfNeeded();
  const before = await fig.getByTestId('gmm-logp').textContent();
  const box = await fig.getByTestId('gmm-chart').locator('svg').first().boundingBox();
  if (!box) throw new Error('chart not rendered');
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.3);
  await expect(fig.getByTestId('gmm-logp')).not.toHaveText(before ?? '');
  const x = Number(await fig.getByLabel('Point x₁').inputValue());
  const y = Number(await fig.getByLabel('Point x₂').inputValue());
  expect(x).toBeGreaterThan(0);
  expect(y).toBeGreaterThan(0);
  await expect(fig.getByTestId('gmm-logp')).toHaveText(`log p(x) = ${fixed(logDensity(PRESETS.three.mixture, [x, y]))}`);
});

test('a shared link restores the view, and Copy link gives it back', async ({ page }) => {
  await page.goto(`${CHAPTER}?gmm.mix=two&gmm.n=250&gmm.seed=42&gmm.x=0&gmm.y=0.25#gmm`);
  const fig = page.locator('#gmm');
  await expect(fig.getByRole('combobox', { name: 'Mixture' })).toHaveValue('two');
  await expect(fig.getByTestId('gmm-samples')).toContainText('250 samples (seed 42)');
  await expect(fig.getByTestId('gmm-resp-0')).toHaveText('0.500');
  await fig.getByRole('button', { name: 'Figure menu' }).click();
  await fig.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(fig.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const params = new URL(copied).searchParams;
  expect(params.get('gmm.mix')).toBe('two');
  expect(params.get('gmm.n')).toBe('250');
  expect(params.get('gmm.seed')).toBe('42');
  expect(new URL(copied).hash).toBe('#gmm');
});

test('a malformed or hostile link falls back to defaults and says so', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`${CHAPTER}?gmm.mix=${hostile}&gmm.n=-4&gmm.x=1e999&gmm.bogus=1#gmm`);
  const fig = page.locator('#gmm');
  await expect(fig.getByRole('combobox', { name: 'Mixture' })).toHaveValue('three');
  await expect(fig.getByText('The link\u2019s value for \u201cmix\u201d is not one of one, two, three')).toBeVisible();
  await expect(fig.getByText(/value for “n”/)).toBeVisible();
  await expect(fig.getByText(/setting “bogus”/)).toBeVisible();
  await expect(fig.getByTestId('gmm-samples')).toHaveText('No samples drawn yet.');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(dialog).toBe(false);
});

test('without JavaScript the static figure and its description are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const fallback = page.locator('#gmm .widget-fallback');
  await expect(fallback.locator('svg[role=img]')).toBeVisible();
  await expect(fallback).toContainText('mixture of three Gaussians');
  await context.close();
});
