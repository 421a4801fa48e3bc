/** Chapter 8's GAN without WebGL: it trains on TensorFlow.js's CPU backend and says so. */
import { FIGURE } from '../../widgets/gan-2d/figure';
import { expect, test } from './fixtures';
import { pageWithFigure } from './figure-page';
import { expectedEnergy } from './gan-expected';

const PAGE = `/${pageWithFigure(FIGURE.id)}/`.replace(/\/+/g, '/');

test('the GAN trains on the CPU backend when WebGL is unavailable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${PAGE}#gan`);
  const fig = page.locator('#gan');
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.getByTestId('gan-status')).toHaveText('Ready: press Start.', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const opts = { dataset: 'mixture', seed: 1, gLr: 0.002, dLr: 0.002, dSteps: 1 } as const;
  await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(opts, 0));
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect
    .poll(async () => Number(await fig.getByTestId('gan-steps').textContent()), { timeout: 60_000 })
    .toBeGreaterThan(10);
  await fig.getByRole('button', { name: 'Pause' }).click();
  await expect(fig.getByTestId('gan-status')).toHaveText('Paused.', { timeout: 60_000 });
  await expect(fig.getByTestId('gan-d-loss')).toHaveText(/^\d+\.\d{3}$/);
  await expect(fig.locator('[data-kind=error]')).toHaveCount(0);
});
