/** Chapter 4's three figures in a real browser: their numbers are the cores' numbers, links restore them, nothing leaks. */
import type { Locator, Page } from '@playwright/test';
import { Trainer, codeTable } from '../../widgets/encoder-838/core';
import { fixed } from '../../widgets/lib/format';
import { randomIndex } from '../../widgets/reconstruction/core';
import { mnistLike } from '../../widgets/reconstruction/mnist-preprocess';
import { PAD, emptyInk, setCell } from '../../widgets/reconstruction/draw';
import { extentOf, moveProbe, nearestIndex } from '../../widgets/latent-space/core';
import { CHAPTER, expectedDecode, expectedErrors, expectedErrorsOf, latentCodes } from './autoencoders-expected';
import { expect, test } from './fixtures';
import { numTensors } from './probes';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

async function open(page: Page, id: string, query = ''): Promise<Locator> {
  await page.goto(`${CHAPTER}${query}#${id}`);
  const fig = page.locator(`#${id}`);
  await fig.scrollIntoViewIfNeeded();
  return fig;
}

// ---- The 8-3-8 encoder figure ----

test('8-3-8: stepping trains exactly as the core does', async ({ page }) => {
  const fig = await open(page, 'enc838');
  await expect(fig.getByTestId('enc838-status')).toContainText('Untrained: step 0');
  for (let i = 0; i < 8; i++) await fig.getByRole('button', { name: 'Step 50' }).click();
  const t = new Trainer(18, 0.1);
  t.step(400);
  const table = codeTable(t.params);
  await expect(fig.getByTestId('enc838-status')).toHaveAttribute('data-steps', '400');
  await expect(fig.getByTestId('enc838-loss')).toHaveText(fixed(table.loss));
  await expect(fig.getByTestId('enc838-status')).toContainText('all eight codes are different');
  const row = table.rows[3];
  if (!row) throw new Error('no row');
  await expect(fig.getByTestId('enc838-row-3')).toContainText(row.code);
  await expect(fig.getByTestId('enc838-row-3')).toContainText(row.hidden.map((v) => v.toFixed(2)).join(''));
});

test('8-3-8: Start trains to the end, Pause and Reset work', async ({ page }) => {
  const fig = await open(page, 'enc838');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect(fig.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(fig.getByTestId('enc838-status')).toContainText('Finished: step 3,000', { timeout: 30_000 });
  await expect(fig.getByTestId('enc838-status')).toHaveAttribute('data-distinct', '8');
  const t = new Trainer(18, 0.1);
  t.step(3000);
  await expect(fig.getByTestId('enc838-loss')).toHaveText(fixed(t.loss));
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.getByTestId('enc838-status')).toContainText('Untrained: step 0');
});

test('8-3-8: a shared link restores seed and learning rate; a bad one falls back', async ({ page }) => {
  let fig = await open(page, 'enc838', '?enc838.seed=4&enc838.lr=0.03');
  await expect(fig.getByLabel('Seed')).toHaveValue('4');
  await expect(fig.getByLabel('Learning rate')).toHaveValue('0.03');
  await fig.getByRole('button', { name: 'Step 50' }).click();
  const t = new Trainer(4, 0.03);
  t.step(50);
  await expect(fig.getByTestId('enc838-loss')).toHaveText(fixed(t.loss));
  fig = await open(page, 'enc838', '?enc838.lr=7&enc838.seed=abc');
  await expect(fig.getByLabel('Learning rate')).toHaveValue('0.1');
  await expect(fig.getByText(/value for “lr”/)).toBeVisible();
  await expect(fig.getByText(/value for “seed”/)).toBeVisible();
});

// ---- The reconstruction figure ----

async function readyRecon(fig: Locator) {
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

async function expectErrors(fig: Locator, want: { ae16: number; ae2: number; pca: number }) {
  for (const m of ['ae16', 'ae2', 'pca'] as const) {
    const el = fig.getByTestId(`recon-mse-${m}`);
    await expect(el).toHaveText(`MSE ${fixed(want[m], 4)}`);
    // WebGL computes in float32 on the GPU: equal to the Node cpu result to well below the shown precision.
    expect(Math.abs(Number(await el.getAttribute('data-mse')) - want[m])).toBeLessThan(2e-6);
  }
}

test('reconstruction: the default digit’s errors equal the Node computation', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  await expectErrors(fig, await expectedErrors(0, 16));
  await expect(fig.getByTestId('recon-summary')).toContainText('At k = 16, PCA and ae-d16 keep the same number');
});

test('reconstruction: picking from the gallery, by pointer and by keyboard', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  await fig.getByRole('button', { name: 'Digit #16, a 0' }).click();
  await expect(fig.getByRole('button', { name: 'Digit #16, a 0' })).toHaveAttribute('aria-pressed', 'true');
  await expectErrors(fig, await expectedErrors(16, 16));
  expect(page.url()).toContain('recon.digit=16');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(fig.getByRole('button', { name: 'Digit #9, a 1' })).toHaveAttribute('aria-pressed', 'true');
  await expectErrors(fig, await expectedErrors(9, 16));
});

test('reconstruction: the k slider sets PCA’s components', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  const slider = fig.getByLabel(/PCA components/);
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(fig.getByTestId('recon-summary')).toContainText('At k = 2, PCA and ae-d2 keep the same number');
  await expectErrors(fig, await expectedErrors(0, 2));
  expect(page.url()).toContain('recon.k=2');
});

test('reconstruction: next random digit follows its seed', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  await fig.getByRole('button', { name: 'Next random digit' }).click();
  const digit = randomIndex(1, 1000);
  await expect(fig.getByTestId('recon-input')).toHaveAttribute('aria-label', new RegExp(`held-out digit #${digit},`));
  expect(page.url()).toContain(`recon.digit=${digit}`);
  expect(page.url()).toContain('recon.seed=1');
  await expectErrors(fig, await expectedErrors(digit, 16));
});

test('reconstruction: a shared link restores the view; a malformed one falls back and says so', async ({ page }) => {
  let fig = await open(page, 'recon', '?recon.digit=123&recon.k=40');
  await readyRecon(fig);
  await expect(fig.getByLabel(/PCA components/)).toHaveValue('40');
  await expectErrors(fig, await expectedErrors(123, 40));
  await fig.getByRole('button', { name: 'Figure menu' }).click();
  await fig.getByRole('button', { name: 'Copy link to this view' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('recon.digit')).toBe('123');
  expect(copied.searchParams.get('recon.k')).toBe('40');
  fig = await open(page, 'recon', `?recon.digit=5000&recon.k=${encodeURIComponent('<b>x</b>')}`);
  await readyRecon(fig);
  await expect(fig.getByText(/value for “digit”/)).toBeVisible();
  await expect(fig.getByText(/value for “k”/)).toBeVisible();
  await expectErrors(fig, await expectedErrors(0, 16));
});

test('reconstruction: drawing with the pointer, and with the keyboard exactly as the core prepares it', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  const pad = fig.getByTestId('recon-pad');
  const box = await pad.boundingBox();
  if (!box) throw new Error('no pad');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8, { steps: 8 });
  await page.mouse.up();
  await expect(fig.getByTestId('recon-input')).toHaveAttribute('aria-label', 'Input: your drawing');
  await expect(fig.getByText('It is not part of a copied link.')).toBeVisible();
  await expect(fig.getByTestId('recon-mse-ae16')).toHaveText(/MSE \d\.\d{4}/);

  // Keyboard: clear, then ink an L of cells with arrows and Space.
  await fig.getByRole('button', { name: 'Clear drawing' }).click();
  await pad.focus();
  const ink = emptyInk();
  const cells: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    if (i > 0) await page.keyboard.press('Space');
    cells.push([13, 13 + i]);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    cells.push([14 + i, 22]);
  }
  for (const [c, r] of cells) setCell(ink, c, r, true);
  const pixels = mnistLike({ width: PAD, height: PAD, ink });
  if (!pixels) throw new Error('nothing drawn');
  await expectErrors(fig, await expectedErrorsOf(pixels, 16));
});

test('reconstruction: a missing model file shows the error and Retry recovers', async ({ page, problems }) => {
  problems.allow('models/ae-d16');
  let fail = true;
  // Every file of the model: a file that still arrives after another failed would report progress over the error.
  await page.route('**/models/ae-d16/**', (route) => (fail ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  const fig = await open(page, 'recon');
  await expect(fig.getByRole('alert')).toContainText('The ae-d16 model could not be loaded', { timeout: 30_000 });
  fail = false;
  await fig.getByRole('button', { name: 'Retry' }).click();
  await readyRecon(fig);
  await expectErrors(fig, await expectedErrors(0, 16));
});

test('reconstruction: no tensor leaks across interactions', async ({ page }) => {
  const fig = await open(page, 'recon');
  await readyRecon(fig);
  const before = await numTensors(page);
  await fig.getByRole('button', { name: 'Digit #3, a 7' }).click();
  await fig.getByLabel(/PCA components/).fill('50');
  await fig.getByRole('button', { name: 'Next random digit' }).click();
  await expect(fig.getByTestId('recon-mse-pca')).toHaveText(/MSE \d/);
  expect(await numTensors(page)).toBe(before);
});

// ---- The latent space figure ----

async function readyLatent(fig: Locator) {
  await expect(fig.getByTestId('latent-decoded')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

const decodes = async (fig: Locator) => Number((await fig.getByTestId('latent-decoded').getAttribute('data-decodes')) ?? 0);

test('latent space: clicking the plane decodes that point and names the nearest digit', async ({ page }) => {
  const fig = await open(page, 'latent');
  await readyLatent(fig);
  const n0 = await decodes(fig);
  const box = await fig.getByTestId('latent-plane').locator('svg').boundingBox();
  if (!box) throw new Error('no plane');
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.35);
  await expect.poll(() => decodes(fig)).toBeGreaterThan(n0);
  await expect.poll(() => page.url()).toContain('latent.z1=');
  const url = new URL(page.url());
  const z: [number, number] = [Number(url.searchParams.get('latent.z1')), Number(url.searchParams.get('latent.z2'))];
  await expect(fig.getByTestId('latent-z1')).toHaveText(fixed(z[0], 2));
  const { codes } = await latentCodes();
  // Moving the mouse away ends the hover, so the readout shows the digit nearest the probe.
  await page.mouse.move(0, 0);
  const want = nearestIndex(codes['ae-d2'], z, extentOf(codes['ae-d2']));
  await expect(fig.getByTestId('latent-nearest')).toHaveAttribute('data-index', String(want));
});

test('latent space: hovering shows the digit under the pointer', async ({ page }) => {
  const fig = await open(page, 'latent');
  await readyLatent(fig);
  const box = await fig.getByTestId('latent-plane').locator('svg').boundingBox();
  if (!box) throw new Error('no plane');
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.3);
  await expect(fig.getByTestId('latent-nearest')).toContainText('under the pointer');
  await expect(fig.getByTestId('latent-nearest-image')).toHaveAttribute('aria-label', /Held-out digit #\d+, a \d/);
});

test('latent space: arrow keys move the probe as the core does', async ({ page }) => {
  const fig = await open(page, 'latent');
  await readyLatent(fig);
  const { codes } = await latentCodes();
  const extent = extentOf(codes['ae-d2']);
  await fig.getByTestId('latent-plane').focus();
  let z: [number, number] = [0, 0];
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp']) {
    await page.keyboard.press(key);
    z = moveProbe(z, key, extent) ?? z;
  }
  await expect(fig.getByTestId('latent-z1')).toHaveText(fixed(z[0], 2));
  await expect(fig.getByTestId('latent-z2')).toHaveText(fixed(z[1], 2));
  await expect.poll(() => page.url()).toContain(`latent.z1=${z[0]}`);
  await expect(fig.getByTestId('latent-nearest')).toHaveAttribute('data-index', String(nearestIndex(codes['ae-d2'], z, extent)));
});

test('latent space: a shared link restores model and probe, and the decoded image is the model’s', async ({ page }) => {
  const fig = await open(page, 'latent', '?latent.model=vae-d2&latent.z1=1.5&latent.z2=-2');
  await readyLatent(fig);
  await expect(fig.getByRole('radio', { name: /^vae-d2/ })).toBeChecked();
  await expect(fig.getByTestId('latent-z1')).toHaveText('1.50');
  await expect(fig.getByTestId('latent-z2')).toHaveText('−2.00');
  const want = await expectedDecode('vae-d2', [1.5, -2]);
  const got = await fig
    .getByTestId('latent-decoded')
    .evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')?.getImageData(0, 0, 28, 28).data ?? []));
  let worst = 0;
  for (let i = 0; i < 784; i++)
    worst = Math.max(worst, Math.abs((got[4 * i] ?? 0) - Math.round(Math.min(1, Math.max(0, want[i] ?? 0)) * 255)));
  expect(worst).toBeLessThanOrEqual(1);
});

test('latent space: switching model keeps the link in step; a malformed link falls back', async ({ page }) => {
  let fig = await open(page, 'latent');
  await readyLatent(fig);
  await fig.getByRole('radio', { name: /^vae-d2/ }).check();
  await expect.poll(() => page.url()).toContain('latent.model=vae-d2');
  await expect(fig.getByRole('link', { name: 'vae-d2' }).first()).toHaveAttribute('href', '/part-6/model-cards/#vae-d2');
  await readyLatent(fig);
  fig = await open(page, 'latent', '?latent.model=%3Cscript%3E&latent.z1=1e999');
  await expect(fig.getByText(/value for “model”/)).toBeVisible();
  await expect(fig.getByText(/value for “z1”/)).toBeVisible();
  await expect(fig.getByRole('radio', { name: /^ae-d2/ })).toBeChecked();
});

test('latent space: dragging decodes live without leaking tensors', async ({ page }) => {
  const fig = await open(page, 'latent');
  await readyLatent(fig);
  const before = await numTensors(page);
  const n0 = await decodes(fig);
  const box = await fig.getByTestId('latent-plane').locator('svg').boundingBox();
  if (!box) throw new Error('no plane');
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 20 });
  await page.mouse.up();
  await expect.poll(() => decodes(fig)).toBeGreaterThan(n0 + 3);
  expect(await numTensors(page)).toBe(before);
});

test('a missing latent model shows the error with Retry', async ({ page, problems }) => {
  problems.allow('models/ae-d2');
  await page.route('**/models/ae-d2/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const fig = await open(page, 'latent');
  await expect(fig.getByRole('alert')).toContainText('The ae-d2 model could not be loaded', { timeout: 30_000 });
  await expect(fig.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('without JavaScript the three static figures and their descriptions are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('#enc838 .widget-fallback table')).toHaveCount(1);
  await expect(page.locator('#enc838 .widget-fallback')).toContainText('eight inputs get 8 different three-bit codes');
  await expect(page.locator('#recon .widget-fallback img')).toHaveAttribute('alt', /reconstructions by ae-d16/);
  await expect(page.locator('#recon .widget-fallback')).toContainText('ae-d16');
  await expect(page.locator('#latent .widget-fallback svg[role=img]')).toBeVisible();
  await expect(page.locator('#latent .widget-fallback')).toContainText('1,000 held-out digits');
  await context.close();
});
