/** Clusters in a learned space in a real browser: its tables are the Node computation, links restore it, the keyboard drives it. */
import { clusterHeldOut } from '../../widgets/learned-clusters/build-time';
import { REPRESENTATION_LABEL, describeSummary } from '../../widgets/learned-clusters/core';
import { FIGURE } from '../../widgets/learned-clusters/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { LONG, expectView } from './learned-clusters-expected';

const PAGE = pageWithFigure(FIGURE.id);
// k-means on 1,000 × 784 pixels with restarts takes seconds in a browser on a busy machine.
test.describe.configure({ timeout: 240_000 });

test('the default view is the Node computation, for every representation', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#lc');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  await expectView(fig, 'ae16', 10, 1);
  await expect(fig.getByTestId('lc-compare').getByRole('rowheader', { name: REPRESENTATION_LABEL.pixels })).toBeVisible();
  await expect(fig.getByTestId('lc-progress')).toHaveText('');
});

test('a shared link restores representation, k and seed', async ({ page }) => {
  await page.goto(`${PAGE}?lc.rep=pca16&lc.k=6&lc.seed=7#lc`);
  const fig = page.locator('#lc');
  await expect(fig.getByRole('radio', { name: REPRESENTATION_LABEL.pca16 })).toBeChecked();
  await expect(fig.getByLabel('Number of clusters k')).toHaveValue('6');
  await expectView(fig, 'pca16', 6, 7);
});

test('a malformed link says so and falls back to the defaults', async ({ page }) => {
  await page.goto(`${PAGE}?lc.rep=colour&lc.k=99#lc`);
  const fig = page.locator('#lc');
  await expect(fig.getByText('The link’s value for “rep”')).toBeVisible(LONG);
  await expect(fig.getByText('The link’s value for “k”')).toBeVisible();
  await expect(fig.getByRole('radio', { name: REPRESENTATION_LABEL.ae16 })).toBeChecked();
  await expect(fig.getByLabel('Number of clusters k')).toHaveValue('10');
  await expect(fig.getByTestId('lc-summary')).toHaveText(describeSummary('ae16', await clusterHeldOut('ae16', 10, 1)), LONG);
});

test('works from the keyboard, and a new choice replaces work still under way', async ({ page }) => {
  await page.goto(`${PAGE}?lc.rep=vae16#lc`);
  const fig = page.locator('#lc');
  const k = fig.getByLabel('Number of clusters k');
  await k.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(k).toHaveValue('8');
  // The radio group: Arrow keys move the choice, from vae-d16 round to the pixels.
  await fig.getByRole('radio', { name: REPRESENTATION_LABEL.vae16 }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(fig.getByRole('radio', { name: REPRESENTATION_LABEL.pixels })).toBeChecked();
  await expectView(fig, 'pixels', 8, 1);
  expect(page.url()).toContain('lc.rep=pixels');
  expect(page.url()).toContain('lc.k=8');
});
