/**
 * The Content-Security-Policy itself: every page carries the `_headers` policy in a <meta>, and
 * Pagefind's WebAssembly worker searches within it. That no page breaks the policy, with every
 * figure loaded and stepped, is checked by the crawl's light visit (`crawl.spec.ts`), which
 * already opens every page; any violation is also a console error, which the fixtures report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../scripts/lib/pages';
import { FIXED_DIRECTIVES, HEADER_ONLY_DIRECTIVES, metaPolicy } from '../../src/security/csp.mjs';
import { DIST, headerPolicy, sendHeaderPolicy, watchViolations } from './csp-helpers';
import { expect, test } from './fixtures';

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test('every page carries the policy of dist/_headers, minus what only a header can say', () => {
  const withoutHeaderOnly = headerPolicy()
    .split('; ')
    .filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d))
    .join('; ');
  for (const path of builtPages(DIST)) expect(metaPolicy(html(path)), path).toBe(withoutHeaderOnly);
  for (const d of FIXED_DIRECTIVES) expect(withoutHeaderOnly).toContain(d);
});

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
