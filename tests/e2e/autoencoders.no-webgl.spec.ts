/** Chapter 4's TF.js figures without WebGL: they run on the CPU backend and say so. */
import { REASONS } from '../../widgets/lib/backend-policy';
import { fixed } from '../../widgets/lib/format';
import { CHAPTER, expectedDecode, expectedErrors } from './autoencoders-expected';
import { expect, test } from './fixtures';

test('reconstruction runs on the CPU with the same errors as Node', async ({ page }) => {
  await page.goto(`${CHAPTER}?recon.digit=42&recon.k=8#recon`);
  const fig = page.locator('#recon');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.unavailable);
  const want = await expectedErrors(42, 8);
  for (const m of ['ae16', 'ae2', 'pca'] as const) {
    await expect(fig.getByTestId(`recon-mse-${m}`)).toHaveText(`MSE ${fixed(want[m], 4)}`);
    // Same backend, same code: the same numbers to float32 rounding.
    expect(Math.abs(Number(await fig.getByTestId(`recon-mse-${m}`).getAttribute('data-mse')) - want[m])).toBeLessThan(1e-7);
  }
});

test('latent space decodes on the CPU', async ({ page }) => {
  await page.goto(`${CHAPTER}?latent.z1=-20&latent.z2=10#latent`);
  const fig = page.locator('#latent');
  await fig.scrollIntoViewIfNeeded();
  const canvas = fig.getByTestId('latent-decoded');
  await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const want = await expectedDecode('ae-d2', [-20, 10]);
  const got = await canvas.evaluate((c: HTMLCanvasElement) =>
    Array.from(c.getContext('2d')?.getImageData(0, 0, 28, 28).data ?? []),
  );
  let worst = 0;
  for (let i = 0; i < 784; i++)
    worst = Math.max(worst, Math.abs((got[4 * i] ?? 0) - Math.round(Math.min(1, Math.max(0, want[i] ?? 0)) * 255)));
  expect(worst).toBeLessThanOrEqual(1);
});
