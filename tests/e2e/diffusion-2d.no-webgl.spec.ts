/** The diffusion figure without WebGL: the shipped denoiser runs on the CPU backend and samples as in Node. */
import { FIGURE } from '../../widgets/diffusion-2d/figure';
import { expectSamplesMatch } from './diffusion-helpers';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

test('samples on the CPU backend when WebGL is unavailable, equal to the Node core', async ({ page }) => {
  await page.goto(`${pageWithFigure(FIGURE.id)}?diff.data=moons&diff.steps=20#diff`);
  const fig = page.locator('#diff');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
  await expectSamplesMatch(fig, { data: 'moons', seed: 1, steps: 20, sampler: 'ddpm' });
});
