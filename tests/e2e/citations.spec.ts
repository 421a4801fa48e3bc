/** Citations: the number links to the chapter's list, and the full reference shows on focus and hover. */
import { test, expect } from './fixtures';

const PAGE = '/part-2/autoencoders/';

test.describe('citations at phone width', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("every citation number is its entry's place in the list", async ({ page }) => {
    await page.goto(PAGE);
    const ids = await page.locator('ol.references > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids.length).toBeGreaterThan(0);
    const links = await page
      .locator('a.cite-link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), Number(a.textContent)] as const));
    expect(links.length).toBeGreaterThan(0);
    for (const [href, n] of links) expect(ids.indexOf(href!.slice(1)) + 1).toBe(n);
    // Nothing is listed that the text does not cite.
    expect(new Set(links.map(([href]) => href!.slice(1)))).toEqual(new Set(ids));
  });

  test("keyboard focus shows the full reference inside the viewport; it is the link's description", async ({ page }) => {
    await page.goto(PAGE);
    const link = page.locator('a.cite-link').first();
    const pop = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(pop).toBeHidden();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    const entry = page.locator(`li${await link.getAttribute('href')}`);
    await expect(pop).toHaveText((await entry.textContent())!.trim());
    await expect(link).toHaveAccessibleDescription((await entry.textContent())!.trim());
    await page.keyboard.press('Tab');
    await expect(pop).toBeHidden();
  });

  test('hover shows it, and it stays while the pointer moves onto it', async ({ page }) => {
    await page.goto(PAGE);
    const link = page.locator('a.cite-link').nth(1);
    const pop = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await link.hover();
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 4, { steps: 6 });
    await expect(pop).toBeVisible();
    await page.mouse.move(1, 1);
    await expect(pop).toBeHidden();
  });

  test('the popovers are not printed', async ({ page }) => {
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('a.cite-link').first();
    await link.focus();
    await expect(page.locator(`#${await link.getAttribute('aria-describedby')}`)).toBeHidden();
  });
});
