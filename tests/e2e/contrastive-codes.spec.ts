/** What the contrastive encoder learned, in a real browser: every readout is the Node computation, links restore it, the controls drive it. */
import { heldOutCodes } from '../../widgets/contrastive-codes/build-time';
import { stepInMap } from '../../widgets/contrastive-codes/core';
import { FIGURE } from '../../widgets/contrastive-codes/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { LONG, expectView } from './contrastive-codes-expected';

const PAGE = pageWithFigure(FIGURE.id);
test.describe.configure({ timeout: 240_000 });

test('the default view is the Node computation, and Next, the strength and New views update it and the link', async ({
  page,
}) => {
  await page.goto(PAGE);
  const fig = page.locator('#simclr');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', LONG);
  await expectView(fig, { digit: 0, seed: 1, strength: 1 });
  await fig.getByRole('button', { name: 'Next' }).click();
  await fig.getByLabel('Strength of the views').fill('1.5');
  await fig.getByRole('button', { name: 'New views' }).click();
  await expectView(fig, { digit: 1, seed: 2, strength: 1.5 });
  const url = new URL(page.url());
  expect(url.searchParams.get('simclr.digit')).toBe('1');
  expect(url.searchParams.get('simclr.strength')).toBe('1.5');
  expect(url.searchParams.get('simclr.seed')).toBe('2');
});

test('the arrow keys on the map choose the digit that lies that way, as Node finds it', async ({ page }) => {
  await page.goto(`${PAGE}?simclr.digit=250#simclr`);
  const fig = page.locator('#simclr');
  await fig.scrollIntoViewIfNeeded();
  const map = fig.locator('.widget-live').getByTestId('simclr-map');
  await expect(map.locator('svg')).toHaveCount(1, LONG);
  const { map: m } = await heldOutCodes();
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of m.coords) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const right = stepInMap(m, 250, 1, 0, (hi - lo) / 20);
  const up = stepInMap(m, right, 0, 1, ((hi - lo) / 20) * 4);
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('simclr.digit')).toBe(String(right));
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => new URL(page.url()).searchParams.get('simclr.digit')).toBe(String(up));
  await expectView(fig, { digit: up, seed: 1, strength: 1 });
  // A click picks the dot under the pointer: the map's first 1,000 circles are the digits, in order.
  const dot = (await map.locator('svg circle').nth(3).boundingBox())!;
  await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await expect.poll(() => new URL(page.url()).searchParams.get('simclr.digit')).toBe('3');
});

test('a shared link restores the digit, the strength and the seed', async ({ page }) => {
  await page.goto(`${PAGE}?simclr.digit=417&simclr.strength=0.35&simclr.seed=77#simclr`);
  const fig = page.locator('#simclr');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByRole('spinbutton', { name: /Held-out digit/ })).toHaveValue('417', LONG);
  await expect(fig.getByLabel('Strength of the views')).toHaveValue('0.35');
  await expect(fig.getByLabel('Seed')).toHaveValue('77');
  await expectView(fig, { digit: 417, seed: 77, strength: 0.35 });
});

test('a malformed link says so and falls back to the defaults', async ({ page }) => {
  await page.goto(`${PAGE}?simclr.digit=1000&simclr.strength=3&simclr.seed=zero#simclr`);
  const fig = page.locator('#simclr');
  await fig.scrollIntoViewIfNeeded();
  for (const key of ['digit', 'strength', 'seed']) await expect(fig.getByText(`The link’s value for “${key}”`)).toBeVisible(LONG);
  await expect(fig.getByLabel('Seed')).toHaveValue('1');
  await expectView(fig, { digit: 0, seed: 1, strength: 1 });
});
