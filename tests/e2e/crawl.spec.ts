/**
 * Every page of the built book, visited once per theme: it loads cleanly, stays on
 * its origin and passes axe (WCAG 2 A/AA). The light visit is at desktop width; the
 * dark one is at 320 CSS px (WCAG's reflow width), where the page must not scroll
 * sideways. One visit per page per theme keeps this file's time proportional to the book.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/pages';
import { expect, scrollThrough, test } from './fixtures';

const pages = builtPages();
const VISITS = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 320 },
] as const;

test('the build has the home page and chapter 1', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/part-1/why-learn-without-labels/');
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => {
    const where = v.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 3)
      .join(' | ');
    return `${v.id}: ${v.help} (${where})`;
  });
}

for (const path of pages) {
  for (const { theme, width } of VISITS) {
    test(`${path} (${theme}, ${width} px) is clean, accessible and fits`, async ({ page, problems }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scroll in CSS px').toBeLessThanOrEqual(0);
      expect(problems.list).toEqual([]);
    });
  }
}
