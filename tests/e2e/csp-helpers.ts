/**
 * The Content-Security-Policy as a host that reads `dist/_headers` sends it, and a record of
 * every violation. The crawl visits every page under it with every figure loaded and stepped;
 * `csp.spec.ts` checks the policy itself and Pagefind's worker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { headersPolicy } from '../../src/security/csp.mjs';
import { expect } from './fixtures';

export const DIST = process.env['DIST'] ?? 'dist';

export const headerPolicy = (): string => headersPolicy(readFileSync(join(DIST, '_headers'), 'utf8')) ?? '';

/**
 * Serve every same-origin response with the `_headers` policy, as a host that reads the file
 * does (the preview server does not): workers, which a <meta> policy does not reach, then run
 * under it too.
 */
export async function sendHeaderPolicy(page: Page, baseURL: string | undefined): Promise<void> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const policy = headerPolicy();
  await page.route('**/*', async (route) => {
    if (!route.request().url().startsWith(origin)) return route.fallback();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

/** Record every violation on window, from before the first script runs; the result reads them. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** Bring a figure into view until it hydrates, let it download what it needs, and train one step if it trains. */
export async function exercise(fig: Locator): Promise<void> {
  // A figure without an island is complete as built: there is nothing to hydrate or step.
  if ((await fig.locator('astro-island').count()) === 0) return;
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(fig.locator('.widget-progress')).toHaveCount(0, { timeout: 30_000 });
  const backend = fig.getByTestId('backend');
  if ((await backend.count()) > 0) await expect(backend.first()).toHaveAttribute('data-backend', /.+/, { timeout: 30_000 });
  const step = fig.getByRole('button', { name: /^Step \d+/ });
  if ((await step.count()) > 0) {
    await expect(step.first()).toBeEnabled({ timeout: 30_000 });
    await step.first().click();
  }
  await expect(fig.locator('[data-kind=error]')).toHaveCount(0);
}

/** Every figure on the page exercised, and the WEAT figure's custom sets run in its Web Worker. */
export async function exerciseFigures(page: Page): Promise<void> {
  for (const fig of await page.locator('figure.widget').all()) await exercise(fig);
  const weat = page.locator('#weat');
  if ((await weat.count()) > 0) {
    await weat.getByRole('button', { name: 'Run the test on these sets' }).click();
    await expect(weat.getByTestId('weat-d')).toBeVisible({ timeout: 30_000 });
  }
}
