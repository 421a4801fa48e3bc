/** The zoo figure shows the numbers the Node core computes from the shipped models. */
import { expectZooAsComputed } from './generative-zoo-helpers';
import { test } from './fixtures';

test('the zoo table and panels show what the core computes in Node', async ({ page }) => {
  test.setTimeout(120_000);
  await expectZooAsComputed(page);
});
