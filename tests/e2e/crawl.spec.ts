/**
 * Every page of the built book, visited once per theme: it loads cleanly, stays on
 * its origin and passes axe (WCAG 2 A/AA). The light visit is at desktop width, under the
 * Content-Security-Policy a host sends from `dist/_headers`, with every figure loaded and
 * stepped: no directive may be broken. The dark one is at 320 CSS px (WCAG's reflow width),
 * where the page must not scroll sideways; every formula is exposed to assistive technology
 * as math. One visit per page per theme keeps this file's time proportional to the book.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/pages';
import { exerciseFigures, sendHeaderPolicy, watchViolations } from './csp-helpers';
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

/**
 * Screen readers read formulas from KaTeX's MathML copy: every formula in the text must
 * be in the accessibility tree as math, the ones off screen included (checked before scrolling;
 * CSS such as content-visibility on the copy would drop them).
 */
async function expectMathExposed(page: Page): Promise<void> {
  // Not those in a figure (its fallback is hidden once it is live) or a closed answer.
  const formulas = await page.evaluate(
    () =>
      [...document.querySelectorAll('.sl-markdown-content .katex')].filter(
        (k) => !k.closest('figure.widget') && !k.closest('details:not([open])'),
      ).length,
  );
  if (formulas === 0) return;
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string } }[] };
  await cdp.detach();
  const math = nodes.filter((n) => n.role?.value === 'MathMLMath' || n.role?.value === 'math').length;
  expect(math, 'formulas exposed as math to assistive technology').toBeGreaterThanOrEqual(formulas);
}

for (const path of pages) {
  for (const { theme, width } of VISITS) {
    test(`${path} (${theme}, ${width} px) is clean, accessible and fits`, async ({ page, baseURL, problems }) => {
      const underPolicy = theme === 'light';
      let violations = async (): Promise<string[]> => [];
      if (underPolicy) {
        // Loading and stepping every figure of a chapter takes longer than a visit.
        test.setTimeout(120_000);
        await sendHeaderPolicy(page, baseURL);
        violations = await watchViolations(page);
      }
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      if (underPolicy) await expectMathExposed(page);
      await scrollThrough(page);
      if (underPolicy) await exerciseFigures(page);
      await page.waitForLoadState('networkidle');
      expect(await violations(), 'Content-Security-Policy violations').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'sideways scroll in CSS px').toBeLessThanOrEqual(0);
      expect(problems.list).toEqual([]);
    });
  }
}
