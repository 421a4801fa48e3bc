/** Few labels in a real browser: a live probe at 100 labels gives the card's draw-0 accuracy, links restore the view, no tensor is left behind. */
import type { Locator, Page } from '@playwright/test';
import simclrCard from '../../public/models/simclr-d128/card.json' with { type: 'json' };
import { FIGURE } from '../../widgets/few-labels/figure';
import { cardDraw, cardPoints } from '../../widgets/few-labels/core';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);
const CARD = cardPoints(simclrCard.fewLabels);
const LONG = { timeout: 120_000 };
test.describe.configure({ timeout: 240_000 });

const numTensors = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { _tfengine?: { state: { numTensors: number } } })._tfengine?.state.numTensors ?? 0,
  );

async function open(page: Page, query: string): Promise<Locator> {
  await page.goto(`${PAGE}${query}#${FIGURE.id}`);
  const fig = page.locator(`#${FIGURE.id}`);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', LONG);
  return fig;
}

/** The live accuracy of a representation, once its run is in, as the full-precision number. */
async function liveAccuracy(fig: Locator, rep: string): Promise<number> {
  const cell = fig.getByTestId(`fewlabels-live-${rep}`);
  await expect(cell).not.toHaveAttribute('data-accuracy', '', LONG);
  return Number(await cell.getAttribute('data-accuracy'));
}

test('Train at 100 labels on pixels and the contrastive encoder gives the cards’ draw-0 accuracies, and leaves no tensor', async ({
  page,
}) => {
  const fig = await open(page, '?fewlabels.rotation=0');
  // Nothing heavy before Train: the training digits are not requested.
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await expect(fig.getByText(/downloads the 9,000 training digits and the chosen models: \d\.\d MB/)).toBeVisible();
  expect(requested.some((u) => u.includes('train-images'))).toBe(false);
  await fig.getByRole('button', { name: /Train 2 probes on 100 labels/ }).click();
  expect(await liveAccuracy(fig, 'pixels')).toBe(cardDraw(CARD, 'pixels', 100, 0));
  expect(await liveAccuracy(fig, 'simclr-d128')).toBe(cardDraw(CARD, 'simclr-d128', 100, 0));
  expect(requested.some((u) => u.includes('train-images'))).toBe(true);
  await expect(
    fig
      .getByTestId('fewlabels-chart')
      .getByRole('img', { name: /runs in this page: pixels at 100 labels/ })
      .first(),
  ).toBeVisible();
  await expect(fig.getByTestId('fewlabels-card-simclr-d128')).toHaveText(/^\d+\.\d ?%$/);
  // A second run, on another draw, uses the cached features; it must leave as many tensors as it found.
  const before = await numTensors(page);
  await fig.getByRole('combobox', { name: 'Draw' }).selectOption('1');
  await fig.getByRole('button', { name: /Train 2 probes on 100 labels/ }).click();
  expect(await liveAccuracy(fig, 'pixels')).toBe(cardDraw(CARD, 'pixels', 100, 1));
  expect(await liveAccuracy(fig, 'simclr-d128')).toBe(cardDraw(CARD, 'simclr-d128', 100, 1));
  expect(await numTensors(page)).toBe(before);
  expect(page.url()).toContain('fewlabels.draw=1');
});

test('a shared link restores the count, draw, representations and fine-tune toggle', async ({ page }) => {
  const fig = await open(page, '?fewlabels.labels=300&fewlabels.draw=3&fewlabels.pixels=0&fewlabels.vae=1&fewlabels.finetune=1');
  await expect(fig.getByRole('combobox', { name: 'Labels' })).toHaveValue('300');
  await expect(fig.getByRole('combobox', { name: 'Draw' })).toHaveValue('3');
  await expect(fig.getByLabel('raw pixels')).not.toBeChecked();
  await expect(fig.getByLabel('VAE means (vae-d16)')).toBeChecked();
  await expect(fig.getByLabel(/fine-tuned end to end/)).toBeChecked();
  await expect(fig.getByTestId('fewlabels-card-fine-tuned')).toHaveAttribute(
    'data-accuracy',
    String(cardDraw(CARD, 'fine-tuned', 300, 3)),
  );
  await expect(fig.getByRole('button', { name: /Train 3 probes on 300 labels/ })).toBeVisible();
});

test('a malformed link says so and falls back to the defaults', async ({ page }) => {
  const fig = await open(page, '?fewlabels.labels=77&fewlabels.draw=9');
  await expect(fig.getByText('The link’s value for “labels”')).toBeVisible();
  await expect(fig.getByText('The link’s value for “draw”')).toBeVisible();
  await expect(fig.getByRole('combobox', { name: 'Labels' })).toHaveValue('100');
  await expect(fig.getByRole('combobox', { name: 'Draw' })).toHaveValue('0');
});
