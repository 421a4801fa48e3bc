/**
 * A reader who goes offline before scrolling to a figure: the figure says it
 * needs to download its code and will load when the connection returns, with a
 * Retry; when the connection returns it loads by itself, with no reload, and
 * gives the right answers. Going offline after a figure loaded, a download it
 * still needs fails with a clear message, and comes back the same way.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { fixed } from '../../widgets/lib/format';
import { CHAPTER, expectedErrors } from './autoencoders-expected';
import { CHAPTER_11, emb, tableWords } from './embedding-helpers';
import { expect, test, type PageProblems } from './fixtures';

const VAE_CHAPTER = '/part-2/variational-autoencoders/';
const OFFLINE = /^You are offline: this figure needs to download .+\. It will load when the connection returns\.$/;

test.describe.configure({ mode: 'parallel' });
// A figure's first load after the connection returns downloads TensorFlow.js and a model.
test.setTimeout(120_000);

/** Open `url` online, go offline, then scroll to the figure `id`: it must say it is offline. */
async function offlineBeforeFigure(page: Page, context: BrowserContext, problems: PageProblems, url: string, id: string) {
  // What the browser logs for each request it could not make offline.
  problems.allow('net::ERR_INTERNET_DISCONNECTED');
  // Starlight's search box loads Pagefind's UI when idle, and reports its own failure to do so offline.
  problems.allow('/_astro/ui-core.');
  await page.goto(url);
  await context.setOffline(true);
  const fig = page.locator(`#${id}`);
  await fig.scrollIntoViewIfNeeded();
  const alert = fig.getByRole('alert');
  await expect(alert.getByText(OFFLINE)).toBeVisible({ timeout: 30_000 });
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // The static fallback is still there to read.
  await expect(fig.locator('.widget-fallback')).toBeVisible();
  // Retry while still offline keeps the notice.
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert.getByText(OFFLINE)).toBeVisible({ timeout: 30_000 });
  const url0 = page.url();
  await context.setOffline(false);
  await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 60_000 });
  await expect(fig.getByRole('alert')).toHaveCount(0, { timeout: 60_000 });
  // No reload happened: the page is the one that went offline.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  expect(page.url().split('#')[0]).toBe(url0.split('#')[0]);
  return fig;
}

test('reconstruction: offline before scrolling to it shows a notice, and it loads when the connection returns', async ({
  page,
  context,
  problems,
}) => {
  const fig = await offlineBeforeFigure(page, context, problems, CHAPTER, 'recon');
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const want = await expectedErrors(0, 16);
  for (const m of ['ae16', 'ae2', 'pca'] as const)
    await expect(fig.getByTestId(`recon-mse-${m}`)).toHaveText(`MSE ${fixed(want[m], 4)}`);
});

test('neighbours: offline before scrolling to it shows a notice, and it loads when the connection returns', async ({
  page,
  context,
  problems,
}) => {
  const fig = await offlineBeforeFigure(page, context, problems, CHAPTER_11, 'nn');
  const table = fig.getByTestId('nn-results');
  await expect(table).toBeVisible({ timeout: 30_000 });
  expect(await tableWords(table)).toEqual(nearestNeighbours(emb, 'frog', 10).neighbours.map((w) => w.word));
});

test('latent map: offline before scrolling to it shows a notice, and it loads when the connection returns', async ({
  page,
  context,
  problems,
}) => {
  const fig = await offlineBeforeFigure(page, context, problems, VAE_CHAPTER, 'map');
  await expect(fig.getByTestId('map-update')).toBeVisible({ timeout: 30_000 });
  await fig.getByTestId('map-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(fig.getByTestId('map-view')).toContainText('Centre (0.40, 0.00)');
});

test('latent space: offline after it loaded, a model it still needs fails clearly and loads when the connection returns', async ({
  page,
  context,
  problems,
}) => {
  problems.allow('net::ERR_INTERNET_DISCONNECTED');
  await page.goto(`${CHAPTER}#latent`);
  const fig: Locator = page.locator('#latent');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('latent-decoded')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await context.setOffline(true);
  await fig.getByRole('radio', { name: /^vae-d2/ }).check();
  const alert = fig.getByRole('alert');
  await expect(alert).toContainText('The vae-d2 model could not be loaded', { timeout: 30_000 });
  await expect(alert).toContainText('network (');
  await expect(alert.getByText(OFFLINE)).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await context.setOffline(false);
  await expect(alert).toHaveCount(0, { timeout: 30_000 });
  await expect(fig.getByTestId('latent-decoded')).toHaveAttribute('data-ready', 'true');
});
