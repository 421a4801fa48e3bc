/**
 * In-page anchors land on their target although the blocks above it are drawn at estimated
 * heights until they come near the viewport (content-visibility in src/styles/book.css;
 * src/components/anchor-target.ts brings the target back).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/part-5/word-embeddings/';

/** The target's distance from the top of the viewport, once it has stopped moving. */
async function settledTop(page: Page, id: string): Promise<number> {
  const top = () => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? NaN, id);
  let last = await top();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await top();
    if (Math.abs(now - last) < 1) return now;
    last = now;
  }
  return last;
}

/** Where an anchor lands when nothing moves it afterwards: the header's height, from the top. */
async function landing(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
}

for (const id of ['glove-weighting', 'exercises', 'summary']) {
  test(`a link to #${id} opens the chapter with that heading at the top`, async ({ page }) => {
    await page.goto(`${CHAPTER}#${id}`);
    const top = await settledTop(page, id);
    expect(Math.abs(top - (await landing(page))), `#${id} is ${top} px from the top`).toBeLessThanOrEqual(2);
  });
}

test('following the contents and a new hash keep the target at the top', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.locator('starlight-toc a[href="#exercises"]').first().click();
  expect(Math.abs((await settledTop(page, 'exercises')) - (await landing(page)))).toBeLessThanOrEqual(2);
  await page.evaluate(() => (location.hash = '#glove-weighting'));
  expect(Math.abs((await settledTop(page, 'glove-weighting')) - (await landing(page)))).toBeLessThanOrEqual(2);
});
