/** Pagefind search over the built book. */
import { expect, test } from './fixtures';

test('searching for a chapter-1 term finds chapter 1, with prose (not TeX) in the excerpt', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('responsibility');
  const hit = dialog.locator('a[href*="/part-1/why-learn-without-labels/"]').first();
  await expect(hit).toBeVisible();
  const text = (await dialog.locator('.pagefind-ui__results').textContent()) ?? '';
  expect(text).not.toMatch(/\\(frac|sum|mathbf|mu)\b/);
});

test('search also finds a widget’s static description', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('ancestral sampling');
  await expect(dialog.locator('a[href*="/part-1/why-learn-without-labels/"]').first()).toBeVisible();
});

test('Pagefind’s UI is built when search first opens, and the keyboard shortcut opens it ready to type', async ({ page }) => {
  await page.goto('/part-1/why-learn-without-labels/');
  await page.waitForLoadState('networkidle');
  // Starlight's own component builds it at the first idle time: give it that, and more.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1000))));
  // Nothing of the search UI is built while the chapter loads.
  await expect(page.locator('#starlight__search input')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(field).toBeFocused();
  await page.keyboard.type('responsibility');
  await expect(page.getByRole('dialog').locator('a[href*="/part-1/why-learn-without-labels/"]').first()).toBeVisible();
});
