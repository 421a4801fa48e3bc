/** Chapter 6's figures in a real browser: the images are the models' outputs, and links restore the views. */
import type { Locator } from '@playwright/test';
import { priorCodes } from '../../widgets/sampling/core';
import { decodePath } from '../../widgets/interpolation/encode';
import { digitPixels } from '../../widgets/lib/digits/sets';
import { codeLengthsMatch } from './readouts';
import { canvasGrey, gridOf, meanAbsDiff, nodeDigits, nodeModel, nodeTf, numTensors } from './autoencoder-helpers';
import { expect, test } from './fixtures';

const CHAPTER = '/part-2/variational-autoencoders/';

async function nodeDecode(id: 'vae-d16' | 'ae-d16' | 'vae-d2', codes: Float32Array, d: number): Promise<Float32Array> {
  const tf = await nodeTf();
  const m = await nodeModel(id);
  const out = tf.tidy(() => m.decode(tf.tensor2d(codes, [codes.length / d, d])));
  const v = out.dataSync() as Float32Array;
  out.dispose();
  return v;
}

/** Wait until a canvas has been drawn at its full grid size. */
async function drawnCanvas(canvas: Locator, width: number): Promise<void> {
  await expect.poll(() => canvas.evaluate((el) => (el as HTMLCanvasElement).width), { timeout: 30_000 }).toBe(width);
}

// ---- The sampling figure ----

test('sampling: the grids are vae-d16 and ae-d16 decoding the seeded prior codes', async ({ page }) => {
  await page.goto(`${CHAPTER}#sample`);
  const fig = page.locator('#sample');
  await fig.scrollIntoViewIfNeeded();
  const codes = priorCodes(64, 16, 1, 1);
  for (const [id, testId] of [
    ['vae-d16', 'sample-vae'],
    ['ae-d16', 'sample-ae'],
  ] as const) {
    const canvas = fig.getByTestId(testId);
    await drawnCanvas(canvas, 8 * 28 + 7 * 2);
    const want = gridOf(await nodeDecode(id, codes, 16), 64, 8);
    await expect.poll(async () => meanAbsDiff(await canvasGrey(canvas), want)).toBeLessThan(0.5);
  }
});

test('sampling: Reseed, temperature and binary draws change the samples without leaking tensors', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#sample');
  await fig.scrollIntoViewIfNeeded();
  const canvas = fig.getByTestId('sample-vae');
  await drawnCanvas(canvas, 238);
  await expect.poll(async () => (await canvasGrey(canvas)).some((v) => v > 0)).toBe(true);
  const before = await numTensors(page);
  const first = await canvasGrey(canvas);
  await fig.getByRole('button', { name: 'Reseed' }).click();
  await expect(fig.getByTestId('sample-seed')).toHaveText('Seed 2');
  const want = gridOf(await nodeDecode('vae-d16', priorCodes(64, 16, 1, 2), 16), 64, 8);
  await expect.poll(async () => meanAbsDiff(await canvasGrey(canvas), want)).toBeLessThan(0.5);
  expect(
    meanAbsDiff(
      await canvasGrey(canvas),
      Float32Array.from(first, (v) => v / 255),
    ),
  ).toBeGreaterThan(5);
  const slider = fig.getByRole('slider', { name: /Temperature/ });
  await slider.focus();
  await slider.press('Home');
  await expect(fig.getByText('Temperature T = 0.00')).toBeVisible();
  // At T = 0 every code is the origin: all 64 tiles are the same image.
  const zero = gridOf(await nodeDecode('vae-d16', new Float32Array(64 * 16), 16), 64, 8);
  await expect.poll(async () => meanAbsDiff(await canvasGrey(canvas), zero)).toBeLessThan(0.5);
  await fig.getByRole('combobox', { name: 'Show' }).selectOption('binary');
  await expect.poll(async () => (await canvasGrey(canvas)).every((v) => v === 0 || v === 255)).toBe(true);
  await fig.getByRole('combobox', { name: /Autoencoder.s codes/ }).selectOption('fitted');
  expect(await numTensors(page)).toBe(before);
  expect(page.url()).toContain('sample.seed=2');
  expect(page.url()).toContain('sample.t=0');
  expect(page.url()).toContain('sample.mode=binary');
  expect(page.url()).toContain('sample.ae=fitted');
});

test('sampling: a shared link restores the view; a malformed one falls back', async ({ page }) => {
  await page.goto(`${CHAPTER}?sample.seed=7&sample.t=0.5&sample.mode=binary&sample.ae=fitted#sample`);
  const fig = page.locator('#sample');
  await expect(fig.getByTestId('sample-seed')).toHaveText('Seed 7');
  await expect(fig.getByText('Temperature T = 0.50')).toBeVisible();
  await expect(fig.getByRole('combobox', { name: 'Show' })).toHaveValue('binary');
  await expect(fig.getByText('ae-d16: z ~ N(μ, T² Σ) fitted to its codes')).toBeVisible();
  await page.goto(`${CHAPTER}?sample.seed=abc&sample.t=9&sample.mode=%22%3E%3Cscript%3E#sample`);
  await expect(fig.getByText(/value for “seed”/)).toBeVisible();
  await expect(fig.getByText(/value for “t”/)).toBeVisible();
  await expect(fig.getByText(/value for “mode”/)).toBeVisible();
  await expect(fig.getByTestId('sample-seed')).toHaveText('Seed 1');
});

// ---- The interpolation figure ----

async function nodePath(a: number, b: number, steps: number, method: 'linear' | 'slerp') {
  const tf = await nodeTf();
  const set = await nodeDigits('mnist-heldout');
  const pa = digitPixels(set, a);
  const pb = digitPixels(set, b);
  return {
    ae: decodePath(tf, await nodeModel('ae-d16'), pa, pb, steps, method),
    vae: decodePath(tf, await nodeModel('vae-d16'), pa, pb, steps, method),
  };
}

test('interpolation: rows and code lengths are the models’ path, linear and slerp', async ({ page }) => {
  await page.goto(`${CHAPTER}#interp`);
  const fig = page.locator('#interp');
  await fig.scrollIntoViewIfNeeded();
  let want = await nodePath(9, 0, 8, 'linear');
  await drawnCanvas(fig.getByTestId('interp-vae'), 8 * 30 - 2);
  await expect
    .poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('interp-vae')), gridOf(want.vae.images, 8, 8)))
    .toBeLessThan(0.5);
  await expect
    .poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('interp-ae')), gridOf(want.ae.images, 8, 8)))
    .toBeLessThan(0.5);
  const before = await numTensors(page);
  await fig.getByRole('radio', { name: 'spherical (slerp)' }).check();
  const slider = fig.getByRole('slider', { name: /Steps/ });
  await slider.focus();
  await slider.press('ArrowRight');
  want = await nodePath(9, 0, 9, 'slerp');
  expect(want.vae.norms).toHaveLength(9);
  await expect
    .poll(async () => codeLengthsMatch(await fig.getByTestId('interp-vae-norms').textContent(), want.vae.norms))
    .toBe(true);
  expect(await numTensors(page)).toBe(before);
  expect(page.url()).toContain('interp.method=slerp');
  expect(page.url()).toContain('interp.steps=9');
});

test('interpolation: the two pickers choose the ends', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#interp');
  await fig.scrollIntoViewIfNeeded();
  const end = fig.getByRole('group', { name: 'End digit' });
  await end.getByRole('button', { name: 'Next' }).click();
  await expect(end.getByRole('spinbutton')).toHaveValue('1');
  const start = fig.getByRole('group', { name: 'Start digit' });
  await start.getByRole('spinbutton').fill('25');
  await start.getByRole('spinbutton').press('Tab');
  const want = await nodePath(25, 1, 8, 'linear');
  await expect
    .poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('interp-ae')), gridOf(want.ae.images, 8, 8)))
    .toBeLessThan(0.5);
  expect(page.url()).toContain('interp.a=25');
  expect(page.url()).toContain('interp.b=1');
});

test('interpolation: a shared link restores the view; a malformed one falls back', async ({ page }) => {
  await page.goto(`${CHAPTER}?interp.a=4&interp.b=2&interp.steps=15&interp.method=slerp#interp`);
  const fig = page.locator('#interp');
  await expect(fig.getByRole('group', { name: 'Start digit' }).getByRole('spinbutton')).toHaveValue('4');
  await expect(fig.getByRole('group', { name: 'End digit' }).getByRole('spinbutton')).toHaveValue('2');
  await expect(fig.getByRole('radio', { name: 'spherical (slerp)' })).toBeChecked();
  await drawnCanvas(fig.getByTestId('interp-vae'), 15 * 30 - 2);
  await page.goto(`${CHAPTER}?interp.steps=99&interp.method=cubic#interp`);
  await expect(fig.getByText(/value for “steps”/)).toBeVisible();
  await expect(fig.getByText(/value for “method”/)).toBeVisible();
  await expect(fig.getByRole('radio', { name: 'linear' })).toBeChecked();
});

// ---- The latent map figure ----

test('latent map: the tile at the origin is vae-d2 decoding (0, 0)', async ({ page }) => {
  await page.goto(`${CHAPTER}?map.dots=0&map.contours=0#map`);
  const canvas = page.locator('#map').getByTestId('map-canvas');
  await expect(page.locator('#map').getByTestId('map-update')).toBeVisible({ timeout: 30_000 });
  const want = await nodeDecode('vae-d2', new Float32Array([0, 0]), 2);
  // The origin's tile is the middle one of 15: canvas pixels 196–223.
  await expect.poll(async () => meanAbsDiff(await canvasGrey(canvas, 196, 196, 28, 28), want)).toBeLessThan(0.5);
});

test('latent map: arrow keys pan and +/− zoom, with no tensor leak', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#map');
  await fig.scrollIntoViewIfNeeded();
  // Count once the first view's tiles are decoded: a batch in flight holds its output tensor.
  await expect(fig.getByTestId('map-update')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  const before = await numTensors(page);
  const canvas = fig.getByTestId('map-canvas');
  await canvas.focus();
  await canvas.press('ArrowRight');
  await canvas.press('ArrowUp');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (0.40, 0.40), zoom ×1.00');
  await canvas.press('+');
  await expect(fig.getByTestId('map-view')).toContainText('zoom ×1.25');
  await fig.getByRole('button', { name: 'Zoom out' }).click();
  await expect(fig.getByTestId('map-view')).toContainText('zoom ×1.00');
  await fig.getByRole('checkbox', { name: 'Held-out codes μ(x)' }).uncheck();
  await expect.poll(() => page.url()).toContain('map.dots=0');
  expect(page.url()).toContain('map.x=0.4');
  // Once the tiles of the new view are decoded (a cancelled batch disposes its output when its read-back lands), no decoder tensor is left.
  await expect(fig.getByTestId('map-update')).toHaveAttribute('data-pending', '0');
  await expect.poll(() => numTensors(page)).toBe(before);
});

test('latent map: dragging pans the map', async ({ page }) => {
  await page.goto(CHAPTER);
  const fig = page.locator('#map');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('map-update')).toBeVisible({ timeout: 30_000 });
  const box = await fig.getByTestId('map-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - box.width / 6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  // A sixth of the 6-unit-wide view: the centre moves 1 unit right.
  await expect(fig.getByTestId('map-view')).toContainText('Centre (1.00, 0.00)');
  await expect.poll(() => page.url()).toContain('map.x=1');
});

test('latent map: a shared link restores the view; a malformed one falls back; a missing model shows Retry', async ({
  page,
  problems,
}) => {
  await page.goto(`${CHAPTER}?map.x=1.5&map.y=-2&map.zoom=2&map.contours=0#map`);
  const fig = page.locator('#map');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (1.50, −2.00), zoom ×2.00');
  await expect(fig.getByRole('checkbox', { name: 'Prior contours' })).not.toBeChecked();
  await page.goto(`${CHAPTER}?map.x=NaN&map.zoom=0#map`);
  await expect(fig.getByText(/value for “x”/)).toBeVisible();
  await expect(fig.getByText(/value for “zoom”/)).toBeVisible();
  await expect(fig.getByTestId('map-view')).toContainText('Centre (0.00, 0.00), zoom ×1.00');
  problems.allow('models/vae-d2');
  await page.route('**/models/vae-d2/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  // The figure has already rewritten the address to `CHAPTER#map`; leave the page so the next visit reloads it.
  await page.goto('about:blank');
  await page.goto(`${CHAPTER}#map`);
  await expect(fig.getByRole('alert')).toContainText('The variational autoencoder vae-d2 could not be loaded');
  await expect(fig.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The evidence lower bound' })).toBeVisible();
});

test('without JavaScript the three figures show their static versions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('#sample .widget-fallback img')).toHaveCount(2);
  await expect(page.locator('#interp .widget-fallback img')).toHaveCount(2);
  await expect(page.locator('#map .widget-fallback svg[role=img] image')).toHaveCount(1);
  await expect(page.locator('#map .widget-fallback')).toContainText('posterior means');
  await context.close();
});
