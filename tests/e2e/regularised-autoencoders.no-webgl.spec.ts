/** Chapter 5's figures without WebGL: TF.js runs on the CPU, and the numbers match Node's CPU exactly. */
import { corruptDigit, mse, reconstructOne } from '../../widgets/denoising/core';
import { confusion, reconstructionErrors, rocCurve, trapezoidAuc } from '../../widgets/anomaly/core';
import { digitPixels } from '../../widgets/lib/digits/sets';
import { fixed } from '../../widgets/lib/format';
import { nodeDigits, nodeModel, nodeTf } from './autoencoder-helpers';
import { expect, test } from './fixtures';

const CHAPTER = '/part-2/regularised-autoencoders/';

test('denoising runs on the CPU backend and shows Node’s errors', async ({ page }) => {
  await page.goto(`${CHAPTER}#denoise`);
  const fig = page.locator('#denoise');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const tf = await nodeTf();
  const clean = digitPixels(await nodeDigits('mnist-heldout'), 3);
  const noisy = corruptDigit(clean, 'gaussian', 0.5, 1);
  await expect(fig.getByTestId('denoise-mse-dae')).toHaveText(
    `MSE ${fixed(mse(reconstructOne(tf, await nodeModel('dae-d16'), noisy), clean), 4)}`,
  );
  await expect(fig.getByTestId('denoise-mse-ae')).toHaveText(
    `MSE ${fixed(mse(reconstructOne(tf, await nodeModel('ae-d16'), noisy), clean), 4)}`,
  );
});

test('anomaly scoring runs on the CPU backend: AUC and counts equal Node’s', async ({ page }) => {
  await page.goto(`${CHAPTER}#anomaly`);
  const fig = page.locator('#anomaly');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  const tf = await nodeTf();
  const ae = await nodeModel('ae-d16');
  const d = await nodeDigits('mnist-heldout');
  const f = await nodeDigits('fashion-ood');
  const digits = await reconstructionErrors(tf, ae, d.images, 0, d.count);
  const fashion = await reconstructionErrors(tf, ae, f.images, 0, f.count);
  await expect(fig.getByTestId('anomaly-auc')).toHaveText(`AUC = ${fixed(trapezoidAuc(rocCurve(digits, fashion)))}`, {
    timeout: 45_000,
  });
  const c = confusion(digits, fashion, 0.03);
  await expect(fig.getByTestId('anomaly-tp')).toHaveText(`TP ${c.tp}`);
  await expect(fig.getByTestId('anomaly-fp')).toHaveText(`FP ${c.fp}`);
});
