/** Double descent in a real browser: its readouts are the core's numbers, and links restore it. */
import { DEFAULTS, errorText, fit, makeData, observations, sliderValues } from '../../widgets/double-descent/core';
import { FIGURE } from '../../widgets/double-descent/figure';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);

/** The readouts the core computes in Node for this view. */
function expected(n: number, noise: number, p: number, seed: number) {
  const d = makeData(n, seed);
  const f = fit(d, observations(d, noise), p, seed);
  return { train: errorText(f.trainError), test: errorText(f.testError), norm: fixed(f.norm, 3) };
}

async function expectReadouts(fig: Locator, n: number, noise: number, p: number, seed: number) {
  const e = expected(n, noise, p, seed);
  await expect(fig.getByTestId('dd-p')).toHaveText(`p = ${p}`);
  await expect(fig.getByTestId('dd-train')).toHaveText(e.train);
  await expect(fig.getByTestId('dd-test')).toHaveText(e.test);
  await expect(fig.getByTestId('dd-norm')).toHaveText(e.norm);
}

test('readouts equal the core’s fit as p, n and the noise change, and the error curve is drawn', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#dd');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  const { n, noise, p, seed } = DEFAULTS;
  await expectReadouts(fig, n, noise, p, seed);
  // The threshold: with p = n the fit interpolates.
  const steps = sliderValues();
  await fig.getByRole('slider', { name: 'Features p' }).fill(String(steps.indexOf(n)));
  await expectReadouts(fig, n, noise, n, seed);
  await expect(fig.getByTestId('dd-train')).toHaveText('0 (to rounding)');
  // p's rule and dots are drawn onto the error chart rather than rebuilding it: they and the labels follow p.
  await expect(fig.getByTestId('dd-errors').locator('svg')).toHaveAttribute('aria-label', new RegExp(`the chosen p = ${n}\\.$`));
  await expect(fig.getByTestId('dd-fit').locator('svg')).toHaveAttribute(
    'aria-label',
    new RegExp(`with ${n} random features\\.$`),
  );
  await expect(fig.getByTestId('dd-errors').locator('.dd-p-dots circle')).toHaveCount(2);
  await fig.getByRole('slider', { name: 'Features p' }).press('ArrowLeft');
  await expectReadouts(fig, n, noise, n - 1, seed);
  await fig.getByRole('slider', { name: 'Data points n' }).fill('12');
  await fig.getByRole('slider', { name: 'Noise σ' }).fill('0.5');
  await expectReadouts(fig, 12, 0.5, n - 1, seed);
  await expect(fig.getByTestId('dd-errors')).toHaveAttribute('aria-busy', 'false');
  await expect(fig.getByTestId('dd-errors').locator('svg path')).not.toHaveCount(0);
  await expect(fig.getByTestId('dd-fit').locator('svg circle')).toHaveCount(12);
  expect(page.url()).toContain('dd.n=12');
  expect(page.url()).toContain('dd.noise=0.5');
});

test('a shared link restores the view; a malformed one falls back to the default and says so', async ({ page }) => {
  await page.goto(`${PAGE}?dd.n=30&dd.noise=0.1&dd.p=45&dd.seed=7#dd`);
  const fig = page.locator('#dd');
  await expectReadouts(fig, 30, 0.1, 45, 7);
  await expect(fig.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('7');
  await page.goto(`${PAGE}?dd.n=many&dd.p=21#dd`);
  await expectReadouts(fig, DEFAULTS.n, DEFAULTS.noise, 21, DEFAULTS.seed);
  await expect(fig.getByText('The link’s value for “n”')).toBeVisible();
});
