/** The smallest screen the book supports, 320 CSS px (WCAG's reflow width): no sideways scrolling. */
import { CHAPTER_11, openFigure } from './embedding-helpers';
import { expect, test } from './fixtures';

test('the analogy figure’s answer table fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const fig = await openFigure(page, CHAPTER_11, 'analogy');
  // The default question's answers, whose header "cos(x, a − b + c)" is the table's widest.
  await expect(fig.getByTestId('analogy-results')).toBeVisible({ timeout: 30_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
