/**
 * The diffusion figure in a real browser: the shipped denoiser's samples equal the Node core's
 * on the same seed, the sliders drive the forward and reverse views, and links restore them.
 */
import { DIFFUSION_T, scheduleRows } from '../../widgets/diffusion-2d/core';
import { FIGURE } from '../../widgets/diffusion-2d/figure';
import { fixed } from '../../widgets/lib/format';
import { expectSamplesMatch, expectedSamples } from './diffusion-helpers';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);
const rows = scheduleRows();

async function open(page: import('@playwright/test').Page, query = '') {
  await page.goto(`${PAGE}${query}#diff`);
  const fig = page.locator('#diff');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return fig;
}

test('samples with the shipped model equal the Node core’s on the same seed', async ({ page }) => {
  const fig = await open(page);
  await expectSamplesMatch(fig, { data: 'mixture', seed: 1, steps: DIFFUSION_T, sampler: 'ddpm' });
  await expect(fig.getByTestId('diff-progress')).toHaveText(`${DIFFUSION_T} of ${DIFFUSION_T}`);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByRole('link', { name: /ddpm-mixture/ })).toBeVisible();
});

test('the forward slider shows q(x_t | x_0) and the schedule at t', async ({ page }) => {
  const fig = await open(page);
  await fig.getByLabel('Forward step t').fill('35');
  await expect(fig.getByTestId('diff-t')).toHaveText(
    `t = 35: √ᾱ = ${fixed(rows[35]!.signal, 3)}, noise sd ${fixed(rows[35]!.noise, 3)}`,
  );
  await expect(fig.getByTestId('diff-forward').locator('svg')).toHaveCount(1);
  await expect(fig.getByTestId('diff-schedule').locator('svg')).toHaveCount(1);
  expect(page.url()).toContain('diff.t=35');
});

test('fewer sampling steps and the DDIM sampler give the core’s samples, and cost energy distance', async ({ page }) => {
  const fig = await open(page);
  await fig.getByLabel('Sampler').selectOption('ddim');
  await fig.getByLabel('Sampling steps').fill('2');
  await expect(fig.getByTestId('diff-steps')).toHaveText('2');
  await expectSamplesMatch(fig, { data: 'mixture', seed: 1, steps: 2, sampler: 'ddim' });
  const full = await expectedSamples('mixture', 1, DIFFUSION_T, 'ddim');
  expect(Number(await fig.getByTestId('diff-energy').textContent())).toBeGreaterThan(3 * full.energy);
  expect(page.url()).toContain('diff.steps=2');
  expect(page.url()).toContain('diff.sampler=ddim');
  // Sampling again with the same seed draws the same samples.
  await fig.getByRole('button', { name: 'Sample again' }).click();
  await expectSamplesMatch(fig, { data: 'mixture', seed: 1, steps: 2, sampler: 'ddim' });
});

test('a shared link restores the data set, seed, t, steps and sampler', async ({ page }) => {
  const fig = await open(page, '?diff.data=spiral&diff.seed=7&diff.t=20&diff.steps=10&diff.sampler=ddim');
  await expect(fig.getByRole('combobox').first()).toHaveValue('spiral');
  await expect(fig.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('7');
  await expect(fig.getByLabel('Forward step t')).toHaveValue('20');
  await expect(fig.getByLabel('Sampling steps')).toHaveValue('10');
  await expectSamplesMatch(fig, { data: 'spiral', seed: 7, steps: 10, sampler: 'ddim' });
  await expect(fig.getByRole('link', { name: /ddpm-spiral/ })).toBeVisible();
});

test('a malformed link falls back to the defaults and says so', async ({ page }) => {
  const fig = await open(page, '?diff.data=blobs&diff.steps=500&diff.t=-3');
  await expect(fig.getByText('The link’s value for “data”')).toBeVisible();
  await expect(fig.getByRole('combobox').first()).toHaveValue('mixture');
  await expect(fig.getByLabel('Sampling steps')).toHaveValue(String(DIFFUSION_T));
  await expect(fig.getByLabel('Forward step t')).toHaveValue('10');
  await expectSamplesMatch(fig, { data: 'mixture', seed: 1, steps: DIFFUSION_T, sampler: 'ddpm' });
});
