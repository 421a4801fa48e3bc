/** Few labels without WebGL: the contrastive encoder's features are computed on the CPU backend, and the probe gives the card's number. */
import simclrCard from '../../public/models/simclr-d128/card.json' with { type: 'json' };
import { REASONS } from '../../widgets/lib/backend-policy';
import { FIGURE } from '../../widgets/few-labels/figure';
import { cardDraw, cardPoints } from '../../widgets/few-labels/core';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

test('trains the contrastive probe at 100 labels on the CPU, with the card’s draw-0 accuracy', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?fewlabels.pixels=0&fewlabels.rotation=0#fewlabels`);
  const fig = page.locator('#fewlabels');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
  await fig.getByRole('button', { name: /Train 1 probe on 100 labels/ }).click();
  const cell = fig.getByTestId('fewlabels-live-simclr-d128');
  await expect(cell).toHaveAttribute('data-accuracy', String(cardDraw(cardPoints(simclrCard.fewLabels), 'simclr-d128', 100, 0)), {
    timeout: 120_000,
  });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
});
