/**
 * What every figure's frame owes a reader, checked on chapter 4's figures: Tab
 * reaches a figure's controls on the first pass down the page (client:near
 * hydrates on focus), and Back and Forward bring the figure's view back with
 * the address bar (useUrlState follows popstate).
 */
import type { Page } from '@playwright/test';
import { CHAPTER } from './autoencoders-expected';
import { expect, test } from './fixtures';

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tab stops before the figure `id` in document order: visible, enabled elements outside the
 * figure, and the scrolling boxes Chromium makes focusable (those with no focusable content).
 */
function tabStopsBefore(page: Page, id: string): Promise<number> {
  return page.evaluate(
    ([sel, id]) => {
      const fig = document.getElementById(id)!;
      const scroller = (el: Element) => {
        const style = getComputedStyle(el);
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        return (
          ((scrolls(style.overflowX) && el.scrollWidth > el.clientWidth) ||
            (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight)) &&
          !el.querySelector(sel)
        );
      };
      const candidates = [...document.querySelectorAll<HTMLElement>('*')];
      return candidates.filter(
        (el) =>
          (el.matches(sel) || scroller(el)) &&
          !fig.contains(el) &&
          fig.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING &&
          !el.matches(':disabled') &&
          el.checkVisibility({ visibilityProperty: true }),
      ).length;
    },
    [TABBABLE, id] as const,
  );
}

test('Tab reaches the reconstruction figure’s controls on the first pass down the page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(CHAPTER);
  const where = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      // The static figure, its start button or a scrolling table in it, hands focus to the live one.
      const handing = el?.matches('[data-widget-start]') || el?.closest('.widget-fallback');
      return handing ? 'start' : el?.closest('#recon .widget-live') ? 'recon' : 'page';
    });
  const limit = (await tabStopsBefore(page, 'recon')) + 40;
  let presses = 0;
  let at = 'page';
  while (presses < limit && at !== 'recon') {
    await page.keyboard.press('Tab');
    presses++;
    at = await where();
    // On a start button (or in a static figure) the reader waits for the figure to come alive and
    // take the focus; it must not drop the focus to the top of the page.
    if (at === 'start') {
      await expect.poll(where, { timeout: 30_000 }).not.toBe('start');
      at = await where();
      expect(await page.evaluate(() => document.activeElement === document.body), 'focus dropped to the body').toBe(false);
    }
  }
  // The bound: one press per Tab stop before the figure on the page as it now is (the earlier
  // figure's start button, or the static table in it, handed focus to its first control, so it
  // costs no press of its own), plus one onto this figure's start button. A skipped figure would need the rest of the page.
  const bound = (await tabStopsBefore(page, 'recon')) + 1;
  expect(at, `where focus is after ${presses} presses`).toBe('recon');
  expect(presses).toBeLessThanOrEqual(bound);
  // The start button handed over the focus and left.
  await expect(page.locator('#recon [data-widget-start]')).toHaveCount(0);
});

test('Back after an in-page link brings the reconstruction figure back to the linked digit', async ({ page }) => {
  await page.goto(`${CHAPTER}?recon.digit=16#recon`);
  const fig = page.locator('#recon');
  const digit16 = fig.getByRole('button', { name: 'Digit #16, a 0' });
  await expect(digit16).toHaveAttribute('aria-pressed', 'true', { timeout: 30_000 });
  // An in-page anchor (the page's contents) makes a history entry; the figure's changes do not.
  await page.locator('starlight-toc a[href="#summary"]').first().click();
  await expect(page).toHaveURL(/#summary$/);
  await fig.getByRole('button', { name: 'Digit #9, a 1' }).click();
  await expect(page).toHaveURL(/recon\.digit=9#summary$/);
  await page.goBack();
  await expect(page).toHaveURL(/recon\.digit=16#recon$/);
  await expect(digit16).toHaveAttribute('aria-pressed', 'true');
  await expect(fig.getByRole('button', { name: 'Digit #9, a 1' })).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(page).toHaveURL(/recon\.digit=9#summary$/);
  await expect(fig.getByRole('button', { name: 'Digit #9, a 1' })).toHaveAttribute('aria-pressed', 'true');
});
