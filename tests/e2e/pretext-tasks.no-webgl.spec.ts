/** Pretext tasks without WebGL: the rotation model runs on the CPU backend and gives Node's probabilities. */
import { REASONS } from '../../widgets/lib/backend-policy';
import { FIGURE } from '../../widgets/pretext-tasks/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { LONG, expectTurns } from './pretext-expected';

test('the rotation task is answered on the CPU, with the Node numbers', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?pretext.digit=17#pretext`);
  const fig = page.locator('#pretext');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', LONG);
  await expectTurns(fig, 17);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
});
