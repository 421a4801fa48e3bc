/** Every page of the built book: loads cleanly, stays on its origin, passes axe (WCAG 2 A/AA), fits a phone. */
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../../scripts/lib/pages';
import { expect, scrollThrough, test } from './fixtures';

const pages = builtPages();

test('the build has the home page and chapter 1', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/part-1/why-learn-without-labels/');
});

for (const path of pages) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} (${theme}) is clean and accessible`, async ({ page, problems }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')})`,
      );
      expect(summary).toEqual([]);
      expect(problems.list).toEqual([]);
    });
  }

  test(`${path} has no horizontal scroll at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await scrollThrough(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
