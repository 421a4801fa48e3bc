/** Run by the `chromium-no-webgl` project: chapter 2's figures compute without WebGL, as the core does. */
import { computeView } from '../../widgets/em-mixture/core';
import { dataRows, toPoints, traceFor } from '../../widgets/kmeans-steps/core';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

test('k-means steps and EM iterates without WebGL, matching the core', async ({ page }) => {
  await page.goto(`${pageWithFigure('kmeans')}?kmeans.steps=3&em.steps=2`);
  expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(false);
  const km = page.locator('#kmeans');
  await km.scrollIntoViewIfNeeded();
  const want = traceFor(toPoints(dataRows('blobs')), { k: 3, init: 'random', seed: 1, steps: 4 });
  await km.getByRole('button', { name: 'Update' }).click();
  await expect(km.getByTestId('kmeans-objective')).toHaveText(`J = ${fixed(want.at(-1)!.objective!, 3)}`);
  const em = page.locator('#em');
  await em.scrollIntoViewIfNeeded();
  await em.getByRole('button', { name: 'E and M step' }).click();
  const view = computeView('anisotropic', 3, 1, 3);
  await expect(em.getByTestId('em-loglik')).toHaveText(`log-likelihood = ${fixed(view.trace.at(-1)!.logLik, 3)}`);
});
