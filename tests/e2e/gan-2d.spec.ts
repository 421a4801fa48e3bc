/** Chapter 8's GAN in a real browser: it trains, its numbers are the Node trainer's, and links restore it. */
import type { Locator, Page } from '@playwright/test';
import { FIGURE } from '../../widgets/gan-2d/figure';
import { D_COLOUR, ENERGY_COLOUR, FAKE_COLOUR, G_COLOUR } from '../../widgets/gan-2d/plot';
import { SAMPLE_COUNT } from '../../widgets/gan-2d/trainer';
import { expect, test } from './fixtures';
import { pageWithFigure } from './figure-page';
import { expectedEnergy } from './gan-expected';

const PAGE = `/${pageWithFigure(FIGURE.id)}/`.replace(/\/+/g, '/');
const DEFAULTS = { dataset: 'mixture', seed: 1, gLr: 0.002, dLr: 0.002, dSteps: 1 } as const;

async function openGan(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${PAGE}${query}#gan`);
  const fig = page.locator('#gan');
  // Figures above may grow as they hydrate; scroll until this one is live (the machine may be slow).
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(fig.getByTestId('gan-status')).toHaveText('Ready: press Start.', { timeout: 60_000 });
  return fig;
}

const number = async (fig: Locator, id: string) => Number((await fig.getByTestId(id).textContent())?.replace('−', '-'));

test('Start trains: steps and both losses appear, the charts draw, Pause stops it', async ({ page }) => {
  test.setTimeout(120_000);
  const fig = await openGan(page);
  await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(DEFAULTS, 0));
  await expect(fig.getByTestId('gan-d-loss')).toHaveText('–');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => number(fig, 'gan-steps'), { timeout: 60_000 }).toBeGreaterThan(20);
  await expect(fig.getByTestId('gan-d-loss')).toHaveText(/^\d+\.\d{3}$/);
  await expect(fig.getByTestId('gan-g-loss')).toHaveText(/^\d+\.\d{3}$/);
  // Both losses are finite and near their equilibrium values log 4 and log 2 early on.
  expect(await number(fig, 'gan-d-loss')).toBeGreaterThan(0.5);
  expect(await number(fig, 'gan-g-loss')).toBeGreaterThan(0.2);
  await fig.getByRole('button', { name: 'Pause' }).click();
  await expect(fig.getByTestId('gan-status')).toHaveText('Paused.', { timeout: 60_000 });
  const steps = await number(fig, 'gan-steps');
  await page.waitForTimeout(1000);
  expect(await number(fig, 'gan-steps')).toBe(steps);
  // The loss chart has a line for each player, and the field chart shows real and generated points.
  const curves = fig.getByTestId('gan-loss-chart');
  await expect(curves.locator(`svg path[stroke="${D_COLOUR}"]`)).toHaveCount(1);
  await expect(curves.locator(`svg path[stroke="${G_COLOUR}"]`)).toHaveCount(1);
  await expect(fig.getByTestId('gan-energy-chart').locator(`svg path[stroke="${ENERGY_COLOUR}"]`)).toHaveCount(1);
  await expect(fig.getByTestId('gan-field').locator(`svg g[fill="${FAKE_COLOUR}"] circle`)).toHaveCount(SAMPLE_COUNT);
  await expect(fig.getByTestId('gan-step-ms')).toContainText('ms per generator step');
});

test('Step takes 50 generator steps, and the energy distance is the Node trainer’s after them', async ({ page }) => {
  test.setTimeout(120_000);
  const query = '?gan.dataset=moons&gan.seed=7&gan.dsteps=2';
  const fig = await openGan(page, query);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await fig.getByRole('button', { name: 'Step' }).first().click();
  await expect(fig.getByTestId('gan-steps')).toHaveText('50', { timeout: 60_000 });
  const opts = { ...DEFAULTS, dataset: 'moons', seed: 7, dSteps: 2 } as const;
  await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(opts, 50), { timeout: 30_000 });
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.getByTestId('gan-steps')).toHaveText('0');
  await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(opts, 0), { timeout: 30_000 });
});

test('a shared link restores the data, seed and hyper-parameters; the caption links to a collapse', async ({ page }) => {
  const fig = await openGan(page, '?gan.dataset=spiral&gan.seed=42&gan.glr=0.005&gan.dlr=0.0001&gan.dsteps=3');
  await expect(fig.getByRole('combobox', { name: 'Data' })).toHaveValue('spiral');
  await expect(fig.getByRole('combobox', { name: 'Generator learning rate' })).toHaveValue('0.005');
  await expect(fig.getByRole('combobox', { name: 'Discriminator learning rate' })).toHaveValue('0.0001');
  await expect(fig.getByLabel('D steps per G step')).toHaveValue('3');
  await expect(fig.getByLabel('Seed')).toHaveValue('42');
  // A change goes into the address bar; progress never does.
  await fig.getByRole('combobox', { name: 'Data' }).selectOption('moons');
  await expect.poll(() => page.url()).toContain('gan.dataset=moons');
  expect(page.url()).not.toMatch(/gan\.steps=/);
  const collapse = fig.getByRole('link', { name: 'open this setting' });
  await expect(collapse).toHaveAttribute('href', '?gan.seed=2&gan.glr=0.005&gan.dlr=0.0001#gan');
});

test('a malformed link falls back to the defaults and says so', async ({ page }) => {
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  const fig = await openGan(page, `?gan.dataset=${hostile}&gan.glr=fast&gan.dsteps=99&gan.zzz=1`);
  await expect(fig.getByRole('combobox', { name: 'Data' })).toHaveValue('mixture');
  await expect(fig.getByRole('combobox', { name: 'Generator learning rate' })).toHaveValue('0.002');
  await expect(fig.getByLabel('D steps per G step')).toHaveValue('1');
  await expect(fig.getByText(/value for “dataset”/)).toBeVisible();
  await expect(fig.getByText(/value for “glr”/)).toBeVisible();
  await expect(fig.getByText(/value for “dsteps”/)).toBeVisible();
  await expect(fig.getByText(/setting “zzz”/)).toBeVisible();
  expect(await page.locator('img[src=x]').count()).toBe(0);
  await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(DEFAULTS, 0));
});
