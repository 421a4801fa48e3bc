/** Chapter 5's figures in a real browser: their numbers are the core's numbers on the same models, and links restore them. */
import { corruptDigit, mse, reconstructOne, type Corruption } from '../../widgets/denoising/core';
import { confusion, reconstructionErrors, rocCurve, trapezoidAuc } from '../../widgets/anomaly/core';
import { digitPixels } from '../../widgets/lib/digits/sets';
import { fixed } from '../../widgets/lib/format';
import { nodeDigits, nodeModel, nodeTf, numTensors } from './autoencoder-helpers';
import { invisibleText } from './probes';
import { expect, test } from './fixtures';

const CHAPTER = '/part-2/regularised-autoencoders/';
/** WebGL computes in float32 on the GPU: allow the last printed digit to differ. */
const GPU_TOLERANCE = 2e-4;

async function expectedDenoise(digit: number, type: Corruption, level: number, seed: number) {
  const tf = await nodeTf();
  const clean = digitPixels(await nodeDigits('mnist-heldout'), digit);
  const corrupted = corruptDigit(clean, type, level, seed);
  return {
    corrupted: mse(corrupted, clean),
    dae: mse(reconstructOne(tf, await nodeModel('dae-d16'), corrupted), clean),
    ae: mse(reconstructOne(tf, await nodeModel('ae-d16'), corrupted), clean),
  };
}

async function readMse(fig: import('@playwright/test').Locator, key: string): Promise<number> {
  const testId = fig.getByTestId(`denoise-mse-${key}`);
  await expect(testId).toHaveText(/MSE \d/);
  return Number((await testId.textContent())?.replace('MSE ', ''));
}

async function expectDenoise(
  fig: import('@playwright/test').Locator,
  digit: number,
  type: Corruption,
  level: number,
  seed: number,
) {
  const want = await expectedDenoise(digit, type, level, seed);
  // The corruption is plain JavaScript: exact. The two models ran on the page's backend.
  await expect(fig.getByTestId('denoise-mse-corrupted')).toHaveText(`MSE ${fixed(want.corrupted, 4)}`);
  await expect.poll(async () => Math.abs((await readMse(fig, 'dae')) - want.dae)).toBeLessThanOrEqual(GPU_TOLERANCE);
  expect(Math.abs((await readMse(fig, 'ae')) - want.ae)).toBeLessThanOrEqual(GPU_TOLERANCE);
}

test('denoising: the errors shown are the core’s, for each corruption, level and seed', async ({ page }) => {
  await page.goto(`${CHAPTER}#denoise`);
  const fig = page.locator('#denoise');
  await fig.scrollIntoViewIfNeeded();
  await expectDenoise(fig, 3, 'gaussian', 0.5, 1);
  const before = await numTensors(page);
  await fig.getByRole('combobox', { name: 'Corruption' }).selectOption('salt-pepper');
  const slider = fig.getByRole('slider');
  await slider.focus();
  await slider.press('ArrowLeft');
  await slider.press('ArrowLeft');
  await fig.getByRole('button', { name: 'New noise' }).click();
  await expect(fig.getByTestId('denoise-seed')).toHaveText('Noise seed 2');
  await expectDenoise(fig, 3, 'salt-pepper', 0.4, 2);
  await fig.getByRole('combobox', { name: 'Corruption' }).selectOption('patch');
  await expectDenoise(fig, 3, 'patch', 0.4, 2);
  expect(await numTensors(page)).toBe(before);
  expect(page.url()).toContain('denoise.type=patch');
  expect(page.url()).toContain('denoise.level=0.4');
  expect(page.url()).toContain('denoise.seed=2');
});

test('denoising: Next and the gallery choose the held-out digit', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#denoise');
  await fig.scrollIntoViewIfNeeded();
  const picker = fig.getByRole('group', { name: 'Held-out digit' });
  await picker.getByRole('button', { name: 'Next' }).click();
  await expect(picker.getByRole('spinbutton')).toHaveValue('4');
  const labels = (await nodeDigits('mnist-heldout')).labels;
  await expect(fig.getByTestId('denoise-mse-clean')).toHaveText(`a ${labels[4]}`);
  await picker.getByRole('button', { name: /held-out digit 7,/ }).click();
  await expect(picker.getByRole('spinbutton')).toHaveValue('7');
  await expectDenoise(fig, 7, 'gaussian', 0.5, 1);
});

test('denoising: a shared link restores the view', async ({ page }) => {
  await page.goto(`${CHAPTER}?denoise.digit=12&denoise.type=patch&denoise.level=0.3&denoise.seed=5#denoise`);
  const fig = page.locator('#denoise');
  await expect(fig.getByRole('combobox', { name: 'Corruption' })).toHaveValue('patch');
  await expect(fig.getByRole('slider')).toHaveValue('0.3');
  await expect(fig.getByTestId('denoise-seed')).toHaveText('Noise seed 5');
  await expectDenoise(fig, 12, 'patch', 0.3, 5);
});

test('denoising: a malformed link falls back to the defaults and says so', async ({ page }) => {
  await page.goto(`${CHAPTER}?denoise.digit=1000&denoise.type=%3Cb%3Eblur&denoise.level=2#denoise`);
  const fig = page.locator('#denoise');
  await expect(fig.getByText(/value for “digit”/)).toBeVisible();
  await expect(fig.getByText(/value for “type” is not one of gaussian, salt-pepper, patch/)).toBeVisible();
  await expect(fig.getByText(/value for “level”/)).toBeVisible();
  await expectDenoise(fig, 3, 'gaussian', 0.5, 1);
  expect(await page.locator('#denoise b').count()).toBe(0);
});

test('denoising: a missing model shows the error with Retry, and the chapter stays readable', async ({ page, problems }) => {
  problems.allow('models/dae-d16');
  // Every file of the model is missing. (If only one is, the other files' download progress arriving after the
  // failure currently puts the status back to "Downloading": see useAsset.)
  await page.route('**/models/dae-d16/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(CHAPTER);
  const fig = page.locator('#denoise');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByRole('alert')).toContainText('The denoising autoencoder dae-d16 could not be loaded');
  await expect(page.getByRole('heading', { name: 'Denoising autoencoders' })).toBeVisible();
  await page.unroute('**/models/dae-d16/**');
  await fig.getByRole('button', { name: 'Retry' }).click();
  await expect(fig.getByTestId('denoise-mse-dae')).toHaveText(/MSE \d/);
});

// ---- The anomaly detection figure ----

async function nodeErrors(id: 'ae-d16' | 'dae-d16' | 'pca') {
  const tf = await nodeTf();
  const m = await nodeModel(id);
  const scorer = 'basis' in m ? { reconstruct: (x: import('@tensorflow/tfjs-core').Tensor2D) => m.reconstruct(x, 16) } : m;
  const d = await nodeDigits('mnist-heldout');
  const f = await nodeDigits('fashion-ood');
  return {
    digits: await reconstructionErrors(tf, scorer, d.images, 0, d.count),
    fashion: await reconstructionErrors(tf, scorer, f.images, 0, f.count),
  };
}

async function counts(fig: import('@playwright/test').Locator) {
  const read = async (k: string) => Number((await fig.getByTestId(`anomaly-${k}`).textContent())?.replace(/\D+/g, ''));
  return { tp: await read('tp'), fp: await read('fp'), tn: await read('tn'), fn: await read('fn') };
}

test('anomaly: the AUC and the confusion counts are the core’s on the same errors', async ({ page }) => {
  await page.goto(`${CHAPTER}#anomaly`);
  const fig = page.locator('#anomaly');
  await fig.scrollIntoViewIfNeeded();
  const e = await nodeErrors('ae-d16');
  await expect(fig.getByTestId('anomaly-auc')).toHaveText(`AUC = ${fixed(trapezoidAuc(rocCurve(e.digits, e.fashion)))}`, {
    timeout: 30_000,
  });
  const want = confusion(e.digits, e.fashion, 0.03);
  const got = await counts(fig);
  // Items within float rounding of τ may fall either side on the GPU.
  expect(Math.abs(got.tp - want.tp) + Math.abs(got.fp - want.fp)).toBeLessThanOrEqual(2);
  expect(got.tp + got.fn).toBe(500);
  expect(got.fp + got.tn).toBe(1000);
  await expect(fig.getByTestId('anomaly-hist').locator('svg[role=img]')).toBeVisible();
  await expect(fig.getByTestId('anomaly-roc').locator('svg[role=img]')).toBeVisible();
  // Every number the figure computes is one the reader sees.
  expect(await invisibleText(fig.locator('.widget-live'))).toEqual([]);
});

test('anomaly: the threshold slider works from the keyboard and leaks no tensors', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#anomaly');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('anomaly-auc')).toBeVisible({ timeout: 30_000 });
  const before = await numTensors(page);
  const slider = fig.getByRole('slider', { name: /Threshold/ });
  await slider.focus();
  await slider.press('Home');
  await expect(fig.getByTestId('anomaly-tp')).toHaveText('TP 500');
  await expect(fig.getByTestId('anomaly-fp')).toHaveText('FP 1000');
  await expect(fig.getByTestId('anomaly-fpr')).toHaveText('false-positive rate 100.0%');
  await slider.press('End');
  await expect(fig.getByTestId('anomaly-tp')).toHaveText('TP 0');
  await expect(fig.getByTestId('anomaly-tn')).toHaveText('TN 1000');
  expect(page.url()).toContain('anomaly.t=0.5');
  await fig.getByRole('combobox', { name: 'Error axis' }).selectOption('linear');
  expect(await numTensors(page)).toBe(before);
});

test('anomaly: switching to PCA scores again and shows its AUC', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#anomaly');
  await fig.scrollIntoViewIfNeeded();
  await fig.getByRole('combobox', { name: 'Model' }).selectOption('pca-16');
  const e = await nodeErrors('pca');
  await expect(fig.getByTestId('anomaly-auc')).toHaveText(`AUC = ${fixed(trapezoidAuc(rocCurve(e.digits, e.fashion)))}`, {
    timeout: 30_000,
  });
  await expect(fig.getByRole('link', { name: 'pca' }).first()).toHaveAttribute('href', '/part-6/model-cards/#pca');
});

test('anomaly: a shared link restores the view; a malformed one falls back', async ({ page }) => {
  await page.goto(`${CHAPTER}?anomaly.model=dae-d16&anomaly.scale=linear&anomaly.t=0.05#anomaly`);
  const fig = page.locator('#anomaly');
  await expect(fig.getByRole('combobox', { name: 'Model' })).toHaveValue('dae-d16');
  await expect(fig.getByRole('combobox', { name: 'Error axis' })).toHaveValue('linear');
  await expect(fig.getByText('Threshold τ = 0.0500')).toBeVisible();
  const e = await nodeErrors('dae-d16');
  await expect(fig.getByTestId('anomaly-auc')).toHaveText(`AUC = ${fixed(trapezoidAuc(rocCurve(e.digits, e.fashion)))}`, {
    timeout: 30_000,
  });
  await page.goto(`${CHAPTER}?anomaly.model=resnet&anomaly.t=-1#anomaly`);
  await expect(fig.getByText(/value for “model”/)).toBeVisible();
  await expect(fig.getByText(/value for “t”/)).toBeVisible();
  await expect(fig.getByRole('combobox', { name: 'Model' })).toHaveValue('ae-d16');
});

test('without JavaScript both figures show their static versions and descriptions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('#denoise .widget-fallback img')).toHaveAttribute('alt', /dae-d16's output \(error \d\.\d{4}\)/);
  const e = await nodeErrors('ae-d16');
  await expect(page.locator('#anomaly .widget-fallback')).toContainText(
    `AUC of ${fixed(trapezoidAuc(rocCurve(e.digits, e.fashion)))}`,
  );
  await expect(page.locator('#anomaly .widget-fallback svg[role=img]')).toHaveCount(2);
  await context.close();
});
