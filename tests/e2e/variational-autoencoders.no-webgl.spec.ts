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

test('the latent map pans on the CPU, decoding only the tiles it has not decoded before', async ({ page }) => {
  await page.goto(`${CHAPTER}#map`);
  const fig = page.locator('#map');
  await fig.scrollIntoViewIfNeeded();
  const update = fig.getByTestId('map-update');
  await expect(update).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  const canvas = fig.getByTestId('map-canvas');
  await canvas.focus();
  await canvas.press('ArrowLeft');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (−0.40, 0.00)');
  await expect(update).toHaveAttribute('data-pending', '0');
  const decoded = await update.getAttribute('data-decoded');
  await canvas.press('ArrowRight');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (0.00, 0.00)');
  // Back over tiles already decoded: nothing new to decode.
  await expect(update).toContainText('(every tile decoded)');
  expect(await update.getAttribute('data-decoded')).toBe(decoded);
});
