/** What the contrastive encoder learned, without WebGL: the features, views and map are computed on the CPU backend, and equal Node's. */
import { REASONS } from '../../widgets/lib/backend-policy';
import { FIGURE } from '../../widgets/contrastive-codes/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { expectView } from './contrastive-codes-expected';

test.describe.configure({ timeout: 240_000 });

test('computes every panel on the CPU, with the Node numbers', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?simclr.digit=33&simclr.strength=0.8&simclr.seed=5#simclr`);
  const fig = page.locator('#simclr');
  await fig.scrollIntoViewIfNeeded();
  await expectView(fig, { digit: 33, seed: 5, strength: 0.8 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
});
