/** Disaggregated evaluation without WebGL: it scores on the CPU backend and its numbers are still the card's and Node's. */
import { AGREE_REL, heatCells } from '../../widgets/disaggregated/core';
import { FIGURE } from '../../widgets/disaggregated/figure';
import { cardSummaries, expectCells, nodeCells, recomputed } from './disaggregated-helpers';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = `/${pageWithFigure(FIGURE.id)}/`.replace(/\/+/g, '/');

test('runs on the CPU backend: the errors equal the card’s, the flag rates Node’s', async ({ page }) => {
  await page.goto(`${PAGE}?disagg.model=dae-d16&disagg.factor=slant#disagg`);
  const fig = page.locator('#disagg');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu', { timeout: 60_000 });
  await recomputed(fig);
  await expectCells(fig, heatCells(cardSummaries()['dae-d16'].mse, 'slant'), AGREE_REL);
  await fig.getByRole('combobox', { name: 'Metric' }).selectOption('flag');
  await expectCells(fig, await nodeCells('dae-d16', 'flag', 'slant'), 0);
});
