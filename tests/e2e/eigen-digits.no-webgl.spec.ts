/** The eigen-digits figure without WebGL: TF.js runs on the CPU, and the error is still the Node core's. */
import { fixed } from '../../widgets/lib/format';
import { CHAPTER_3, expectedRebuild } from './eigen-helpers';
import { expect, test } from './fixtures';

test('eigen-digits runs on the CPU with the Node core’s error', async ({ page }) => {
  await page.goto(`${CHAPTER_3}?eigen.digit=42&eigen.k=8#eigen`);
  const fig = page.locator('#eigen');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('eigen-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const want = await expectedRebuild(42, 8);
  await expect(fig.getByTestId('eigen-summary')).toContainText(`mean squared error per pixel ${fixed(want.mse, 4)}`);
});
