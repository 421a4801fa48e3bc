/** Chapter 6's figures without WebGL: TF.js runs on the CPU and every figure still works. */
import { expect, test } from './fixtures';

const CHAPTER = '/part-2/variational-autoencoders/';

for (const id of ['sample', 'interp', 'map'] as const) {
  test(`${id} runs on the CPU backend`, async ({ page }) => {
    await page.goto(`${CHAPTER}#${id}`);
    const fig = page.locator(`#${id}`);
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu', { timeout: 30_000 });
    await expect(fig.getByRole('alert')).toHaveCount(0);
    const canvas = fig.locator('canvas[data-testid]').first();
    await expect
      .poll(() =>
        canvas.evaluate((el) =>
          Array.from(
            (el as HTMLCanvasElement)
              .getContext('2d')
              ?.getImageData(0, 0, (el as HTMLCanvasElement).width, (el as HTMLCanvasElement).height).data ?? [],
          ).some((v, i) => i % 4 === 0 && v > 0),
        ),
      )
      .toBe(true);
  });
}

test('the latent map pans on the CPU within a frame once its tiles are decoded', async ({ page }) => {
  await page.goto(`${CHAPTER}#map`);
  const fig = page.locator('#map');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('map-update')).toBeVisible({ timeout: 30_000 });
  const canvas = fig.getByTestId('map-canvas');
  await canvas.focus();
  await canvas.press('ArrowLeft');
  await canvas.press('ArrowRight');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (0.00, 0.00)');
  // Back over tiles already decoded: nothing new to decode.
  await expect(fig.getByTestId('map-update')).toContainText('(0 tiles decoded)');
});
