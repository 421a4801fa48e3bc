/** The zoo figure without WebGL: built whole at build time, it reads the same. */
import { expectZooAsComputed } from './generative-zoo-helpers';
import { test } from './fixtures';

test('the zoo reads the same without WebGL', async ({ page }) => {
  test.setTimeout(120_000);
  await expectZooAsComputed(page);
});
