/** Pretext tasks in a real browser: the rotation model's answers and the mask equal Node's, links restore, no tensors leak. */
import { FIGURE } from '../../widgets/pretext-tasks/figure';
import { schema } from '../../widgets/pretext-tasks/state';
import { MASK_PATCHES, jigsawPair, patchMask } from '../../widgets/pretext-tasks/core';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';
import { numTensors } from './probes';
import { LONG, expectTurns } from './pretext-expected';

const PAGE = pageWithFigure(FIGURE.id);
const DIGIT = schema.digit.default;
const maskString = (ratio: number, seed: number) =>
  patchMask(ratio, seed)
    .map((m) => (m ? '1' : '0'))
    .join('');

async function open(page: import('@playwright/test').Page, query = '') {
  await page.goto(`${PAGE}${query}#pretext`);
  const fig = page.locator('#pretext');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true', LONG);
  return fig;
}

test('the rotation model’s probabilities are Node’s, for the default digit and the next one', async ({ page }) => {
  const fig = await open(page);
  await expectTurns(fig, DIGIT);
  await fig.locator('.widget-live').getByRole('button', { name: 'Next' }).click();
  await expectTurns(fig, DIGIT + 1);
  expect(page.url()).toContain(`pretext.digit=${DIGIT + 1}`);
  await expect(fig.getByTestId('pretext-rotation-readout')).toContainText('of the 4 turns right');
});

test('the mask is the core’s for the seed and ratio, and a new draw changes it', async ({ page }) => {
  const fig = await open(page, '?pretext.task=mask&pretext.ratio=0.5&pretext.seed=7&pretext.digit=3');
  const live = fig.locator('.widget-live');
  await expect(live.getByRole('radio', { name: 'Masked patches' })).toBeChecked();
  await expect(live.getByTestId('pretext-mask')).toHaveAttribute('data-mask', maskString(0.5, 7));
  const hidden = patchMask(0.5, 7).filter(Boolean).length;
  await expect(live.getByTestId('pretext-mask')).toContainText(`${hidden} of ${MASK_PATCHES} patches hidden`);
  await live.getByRole('button', { name: 'New draw' }).click();
  await expect(live.getByTestId('pretext-mask')).toHaveAttribute('data-mask', maskString(0.5, 8));
  expect(page.url()).toContain('pretext.seed=8');
  await live.getByLabel('Mask ratio').fill('0.75');
  await expect(live.getByTestId('pretext-mask')).toHaveAttribute('data-mask', maskString(0.75, 8));
  await expect(live.getByTestId('pretext-mask')).toContainText(`37 of ${MASK_PATCHES} patches hidden`);
});

test('relative position: choosing a neighbour makes its label the answer, and a link keeps it', async ({ page }) => {
  const fig = await open(page, '?pretext.task=jigsaw');
  const live = fig.locator('.widget-live');
  await live.getByRole('button', { name: 'label 5: right' }).click();
  await expect(live.getByTestId('pretext-jigsaw-answer')).toHaveAttribute('data-label', '5');
  expect(jigsawPair(new Float32Array(784), 4).label).toBe(5);
  expect(page.url()).toContain('pretext.neighbour=4');
  await page.reload();
  await expect(fig.locator('.widget-live').getByRole('button', { name: 'label 5: right' })).toHaveAttribute(
    'aria-pressed',
    'true',
    LONG,
  );
});

test('a malformed link falls back to the defaults and says so', async ({ page }) => {
  const fig = await open(page, '?pretext.task=spin&pretext.ratio=2');
  const live = fig.locator('.widget-live');
  await expect(live.getByText('The link’s value for “task”')).toBeVisible();
  await expect(live.getByText('The link’s value for “ratio”')).toBeVisible();
  await expect(live.getByRole('radio', { name: 'Rotation' })).toBeChecked();
  await expectTurns(fig, DIGIT);
});

test('stepping through digits and tasks leaks no tensors', async ({ page }) => {
  const fig = await open(page);
  await expectTurns(fig, DIGIT);
  const live = fig.locator('.widget-live');
  const before = await numTensors(page);
  for (let i = 0; i < 4; i++) await live.getByRole('button', { name: 'Next' }).click();
  await live.getByRole('radio', { name: 'Denoising' }).check();
  await live.getByRole('radio', { name: 'Rotation' }).check();
  await expectTurns(fig, DIGIT + 4);
  expect(await numTensors(page)).toBe(before);
});
