/** Clusters in a learned space without WebGL: the codes are encoded on the CPU backend, and the tables are Node's. */
import { REASONS } from '../../widgets/lib/backend-policy';
import { FIGURE } from '../../widgets/learned-clusters/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { expectView } from './learned-clusters-expected';

test.describe.configure({ timeout: 240_000 });

test('clusters every representation on the CPU, with the Node numbers', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?lc.k=12&lc.seed=3#lc`);
  const fig = page.locator('#lc');
  await fig.scrollIntoViewIfNeeded();
  await expectView(fig, 'ae16', 12, 3);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
});
