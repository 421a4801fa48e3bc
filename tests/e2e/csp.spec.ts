/**
 * The Content-Security-Policy holds on every page with every figure at work: no violation is
 * reported while the figures load their models and data, train a step, run the WEAT worker,
 * and while Pagefind's WebAssembly searches. Any violation is also a console error, which the
 * fixtures report; the event says which directive refused what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/pages';
import { FIXED_DIRECTIVES, HEADER_ONLY_DIRECTIVES, headersPolicy, metaPolicy } from '../../src/security/csp.mjs';
import { expect, test } from './fixtures';

// Pages are independent: both workers share them.
test.describe.configure({ mode: 'parallel' });

const DIST = process.env['DIST'] ?? 'dist';
const pages = builtPages(DIST);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test('every page carries the policy of dist/_headers, minus what only a header can say', () => {
  const withoutHeaderOnly = headerPolicy()
    .split('; ')
    .filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d))
    .join('; ');
  for (const path of pages) expect(metaPolicy(html(path)), path).toBe(withoutHeaderOnly);
  for (const d of FIXED_DIRECTIVES) expect(withoutHeaderOnly).toContain(d);
});

const headerPolicy = () => headersPolicy(readFileSync(join(DIST, '_headers'), 'utf8')) ?? '';

/**
 * Serve every same-origin response with the `_headers` policy, as a host that reads the file
 * does (the preview server does not): workers, which a <meta> policy does not reach, then run
 * under it too.
 */
async function sendHeaderPolicy(page: Page, baseURL: string | undefined): Promise<void> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const policy = headerPolicy();
  await page.route('**/*', async (route) => {
    if (!route.request().url().startsWith(origin)) return route.fallback();
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

/** Record every violation on window, from before the first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
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
async function exercise(fig: Locator): Promise<void> {
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

for (const path of pages) {
  test(`${path} has a policy and breaks none of it`, async ({ page, baseURL }) => {
    await sendHeaderPolicy(page, baseURL);
    const violations = await watchViolations(page);
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    for (const fig of await page.locator('figure.widget').all()) await exercise(fig);
    const weat = page.locator('#weat');
    if ((await weat.count()) > 0) {
      // Custom sets are tested in the Web Worker.
      await weat.getByRole('button', { name: 'Run the test on these sets' }).click();
      await expect(weat.getByTestId('weat-d')).toBeVisible({ timeout: 30_000 });
    }
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('searching runs Pagefind’s WebAssembly within the policy', async ({ page, baseURL }) => {
  // Pagefind compiles its WebAssembly in a worker, which only the header policy reaches.
  await sendHeaderPolicy(page, baseURL);
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('autoencoder');
  await expect(page.getByRole('dialog').locator('.pagefind-ui__result').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
