/** Disaggregated evaluation in a real browser: live numbers equal the card's and Node's, links restore it, no tensors leak. */
import type { Page } from '@playwright/test';
import { AGREE_REL, formatMean, heatCells } from '../../widgets/disaggregated/core';
import { FIGURE } from '../../widgets/disaggregated/figure';
import { cardSummaries, expectCells, nodeCells, recomputed, tensorsOfModel } from './disaggregated-helpers';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { numTensors } from './probes';

const PAGE = `/${pageWithFigure(FIGURE.id)}/`.replace(/\/+/g, '/');
const cards = cardSummaries();

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#disagg`);
  const fig = page.locator('#disagg');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  return fig;
}

test('the recomputed errors equal the card’s and Node’s; the flag rate equals Node’s and the card’s overall rate', async ({
  page,
}) => {
  const fig = await open(page);
  await recomputed(fig);
  await expect(fig.getByTestId('disagg-source')).toContainText('every count equals the card’s');
  await expectCells(fig, heatCells(cards['ae-d16'].mse, 'ink'), AGREE_REL);
  await expectCells(fig, await nodeCells('ae-d16', 'mse', 'ink'), 1e-5);
  await expect(fig.getByTestId('disagg-chart').locator('svg')).toHaveCount(1);

  await fig.getByRole('combobox', { name: 'Metric' }).selectOption('flag');
  await expect(fig.getByTestId('disagg-source')).toContainText('every count equals Node’s');
  const flags = await nodeCells('ae-d16', 'flag', 'ink');
  await expectCells(fig, flags, 0);
  const fpr = formatMean('flag', cards['ae-d16'].decision?.falsePositiveRate ?? null);
  await expect(fig.getByTestId('disagg-overall')).toContainText(`Overall: ${fpr}`);
  await expect(fig.getByTestId('disagg-card-fpr')).toContainText(fpr);
  expect(page.url()).toContain('disagg.metric=flag');

  await fig.getByRole('combobox', { name: 'Factor' }).selectOption('slant');
  await expectCells(fig, await nodeCells('ae-d16', 'flag', 'slant'), 0);
  expect(page.url()).toContain('disagg.factor=slant');
});

test('a shared link restores the view; a malformed one falls back and says so', async ({ page }) => {
  let fig = await open(page, '?disagg.model=pca&disagg.metric=flag&disagg.factor=slant');
  await expect(fig.getByRole('combobox', { name: 'Model' })).toHaveValue('pca');
  await expect(fig.getByRole('combobox', { name: 'Metric' })).toHaveValue('flag');
  await expect(fig.getByRole('combobox', { name: 'Factor' })).toHaveValue('slant');
  await recomputed(fig);
  await expectCells(fig, await nodeCells('pca', 'flag', 'slant'), 0);

  fig = await open(page, '?disagg.model=vae-d16&disagg.factor=colour');
  await expect(fig.getByRole('combobox', { name: 'Model' })).toHaveValue('ae-d16');
  await expect(fig.getByRole('combobox', { name: 'Factor' })).toHaveValue('ink');
  await expect(fig.getByText('The link’s value for “model”')).toBeVisible();
  await expect(fig.getByText('The link’s value for “factor”')).toBeVisible();

  fig = await open(page, '?disagg.model=ae-d2&disagg.metric=flag');
  await expect(fig.getByText('The card of ae-d2 sets no decision threshold')).toBeVisible();
  await expect(fig.getByRole('combobox', { name: 'Metric' })).toHaveValue('mse');
  await recomputed(fig);
  await expectCells(fig, heatCells(cards['ae-d2'].mse, 'ink'), AGREE_REL);
});

test('scoring leaks no tensors: a new model adds only its own weights', async ({ page }) => {
  const fig = await open(page);
  await recomputed(fig);
  const before = await numTensors(page);
  await fig.getByRole('combobox', { name: 'Model' }).selectOption('dae-d16');
  await expect(fig.getByTestId('disagg-time')).toBeVisible({ timeout: 60_000 });
  await recomputed(fig);
  await fig.getByRole('combobox', { name: 'Factor' }).selectOption('slant');
  await fig.getByRole('combobox', { name: 'Metric' }).selectOption('flag');
  await expectCells(fig, await nodeCells('dae-d16', 'flag', 'slant'), 0);
  expect(await numTensors(page)).toBe(before + (await tensorsOfModel('dae-d16')));
});
