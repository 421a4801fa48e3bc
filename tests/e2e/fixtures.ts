/**
 * A Playwright `test` whose every page is watched: any console error, uncaught
 * exception, failed request or request off the site's origin fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  list: string[];
  /** Problems a test expects (e.g. a deliberately missing model file); matched by substring. */
  allow: (pattern: string) => void;
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const list: string[] = [];
      const allowed: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        list.push(`request off the origin: ${url}`);
        return route.abort();
      });
      page.on('console', (m) => m.type() === 'error' && list.push(`console error: ${m.text()} (${m.location().url})`));
      page.on('pageerror', (e) => list.push(`uncaught: ${e.message}`));
      page.on('requestfailed', (r) => {
        const reason = r.failure()?.errorText ?? '';
        // A request cut short because the test navigated away is not a fault of the page.
        if (reason !== 'net::ERR_ABORTED') list.push(`request failed: ${r.url()} ${reason}`);
      });
      page.on('response', (r) => r.status() >= 400 && list.push(`HTTP ${r.status()}: ${r.url()}`));
      await use({ list, allow: (p) => allowed.push(p) });
      const unexpected = list.filter((p) => !allowed.some((a) => p.includes(a)));
      expect(unexpected, 'console errors, failed or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Scroll through the page so every island near the viewport hydrates. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
  });
}
