/** Retrieval in latent space in a real browser: its columns are the Node computation, links restore it, the controls drive it. */
import { FIGURE } from '../../widgets/retrieval/figure';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { LONG, expectView } from './retrieval-expected';

const PAGE = pageWithFigure(FIGURE.id);
test.describe.configure({ timeout: 180_000 });

test('the default view is the Node computation, and Next, k and a random digit update it and the link', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#knn');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', LONG);
  await expectView(fig, 0, 5);
  await fig.getByRole('button', { name: 'Next' }).click();
  await fig.getByLabel(/Neighbours k/).fill('1');
  await fig.getByLabel(/Neighbours k/).press('Enter');
  await expectView(fig, 1, 1);
  expect(page.url()).toContain('knn.digit=1');
  expect(page.url()).toContain('knn.k=1');
  await fig.getByRole('button', { name: 'Random digit' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('knn.digit')).not.toBe('1');
  const digit = Number(new URL(page.url()).searchParams.get('knn.digit'));
  await expectView(fig, digit, 1);
});

test('a shared link restores the query digit and k', async ({ page }) => {
  await page.goto(`${PAGE}?knn.digit=417&knn.k=10#knn`);
  const fig = page.locator('#knn');
  await expect(fig.getByRole('spinbutton', { name: /Query digit/ })).toHaveValue('417', LONG);
  await expect(fig.getByLabel(/Neighbours k/)).toHaveValue('10');
  await expectView(fig, 417, 10);
});

test('a malformed link says so and falls back to the defaults', async ({ page }) => {
  await page.goto(`${PAGE}?knn.digit=1000&knn.k=eleven#knn`);
  const fig = page.locator('#knn');
  await expect(fig.getByText('The link’s value for “digit”')).toBeVisible(LONG);
  await expect(fig.getByText('The link’s value for “k”')).toBeVisible();
  await expect(fig.getByLabel(/Neighbours k/)).toHaveValue('5');
  await expectView(fig, 0, 5);
});
