/** Retrieval in latent space without WebGL: the codes are encoded on the CPU backend, and the columns are Node's. */
import { REASONS } from '../../widgets/lib/backend-policy';
import { FIGURE } from '../../widgets/retrieval/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { expectView } from './retrieval-expected';

test.describe.configure({ timeout: 180_000 });

test('finds the neighbours in every space on the CPU, with the Node numbers', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?knn.digit=33&knn.k=7#knn`);
  const fig = page.locator('#knn');
  await fig.scrollIntoViewIfNeeded();
  await expectView(fig, 33, 7);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
});
