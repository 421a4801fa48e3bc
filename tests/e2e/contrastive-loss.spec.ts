/** The contrastive loss, by hand, in a real browser: its readouts are the core's numbers for the state its link holds. */
import type { Locator, Page } from '@playwright/test';
import { circleLoss, gradientStep, viewName } from '../../widgets/contrastive-loss/core';
import { termRows } from '../../widgets/contrastive-loss/plot';
import { FIGURE } from '../../widgets/contrastive-loss/figure';
import { anglesOf, schema, withAngles } from '../../widgets/contrastive-loss/state';
import { fixed } from '../../widgets/lib/format';
import { readState } from '../../widgets/lib/url-state';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);
const ID = FIGURE.id;

/** The state the page's address holds, read as a shared link would be. */
const stateOf = (page: Page) => readState(ID, schema, new URL(page.url()).search).state;

/** Every readout against the core's computation for the state in the address. */
async function expectReadouts(page: Page, fig: Locator) {
  const s = stateOf(page);
  const r = circleLoss(anglesOf(s), s.tau);
  await expect(fig.getByTestId('ntxent-loss')).toHaveText(`L = ${fixed(r.loss)}`);
  await expect(fig.getByTestId('ntxent-anchor-loss')).toHaveText(`ℓ = −ln p = ${fixed(r.anchors[s.sel]?.loss ?? NaN)}`);
  await expect(fig.getByTestId('ntxent-grad')).toHaveText(fixed(((r.angleGradient[s.sel] ?? NaN) * Math.PI) / 180, 4));
  for (const row of termRows(r, s.sel, s.tau)) {
    await expect(fig.getByTestId(`ntxent-term-${row.view}`).locator('td')).toHaveText([
      `${row.name}${row.positive ? ' (positive)' : ''}`,
      fixed(row.cosine),
      fixed(row.logit, 2),
      fixed(row.probability),
    ]);
  }
  return s;
}

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}#${ID}`);
  const fig = page.locator(`#${ID}`);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  await expect(fig.getByTestId('ntxent-circle').locator('svg')).toHaveCount(1);
  return fig;
}

test('the loss and the anchor’s terms are the core’s, by keyboard, by dragging and after gradient steps', async ({ page }) => {
  const fig = await open(page);
  const first = await expectReadouts(page, fig);
  expect(anglesOf(first)).toEqual(anglesOf(readState(ID, schema, '').state));

  // Keyboard: view 1a turned 3 × 5° counter-clockwise and 1° back.
  const circle = fig.getByRole('slider', { name: /Angle of view 1a/ });
  await circle.focus();
  for (const key of ['ArrowUp', 'ArrowUp', 'ArrowRight', 'Shift+ArrowDown']) await circle.press(key);
  await expect.poll(() => stateOf(page).a0).toBe(first.a0 + 14);
  await expectReadouts(page, fig);

  // Another anchor, and the temperature at its smallest.
  await fig.getByLabel('Anchor').selectOption({ label: 'view 2b' });
  await fig.getByLabel('Temperature τ').fill(String(Math.log10(0.05)));
  await expect.poll(() => stateOf(page).tau).toBe(0.05);
  await expect(fig.getByTestId('ntxent-tau')).toHaveText('τ = 0.050');
  await expectReadouts(page, fig);

  // Drag: press on view 3b (250°) near the centre and drag it to about 100°.
  const box = (await fig.getByTestId('ntxent-circle').locator('svg').boundingBox())!;
  const at = (deg: number, r: number) => {
    const a = (deg * Math.PI) / 180;
    return [box.x + box.width / 2 + r * Math.cos(a), box.y + box.height / 2 - r * Math.sin(a)] as const;
  };
  await page.mouse.move(...at(250, box.width * 0.3));
  await page.mouse.down();
  await page.mouse.move(...at(160, box.width * 0.3), { steps: 4 });
  await page.mouse.move(...at(100, box.width * 0.3), { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => stateOf(page).sel).toBe(5);
  const dragged = stateOf(page);
  expect(Math.abs(dragged.a5 - 100)).toBeLessThan(2);
  await expect(fig.getByRole('slider', { name: new RegExp(`Angle of view ${viewName(5)}`) })).toBeFocused();
  await expectReadouts(page, fig);

  // A gradient step moves every view as the core's step does.
  await fig.getByRole('button', { name: 'Take a gradient step' }).click();
  const want = gradientStep(anglesOf(dragged), dragged.tau);
  await expect.poll(() => anglesOf(stateOf(page))).toEqual(want);
  await expectReadouts(page, fig);

  // Collapsed onto one point, the loss is ln 7.
  await fig.getByRole('button', { name: /Collapse all onto/ }).click();
  await expect(fig.getByTestId('ntxent-loss')).toHaveText(`L = ${fixed(Math.log(7))}`);
});

test('a shared link restores the view; a malformed one falls back to the default and says so', async ({ page }) => {
  const angles = [10, 30, 95.5, 120, 200, 210, 300, 330];
  const shared = withAngles({ ...readState(ID, schema, '').state, tau: 0.2, sel: 3 }, angles);
  const query = `?${Object.entries(shared)
    .map(([k, v]) => `${ID}.${k}=${v}`)
    .join('&')}`;
  let fig = await open(page, query);
  expect(stateOf(page)).toEqual(shared);
  await expect(fig.getByLabel('Anchor')).toHaveValue('3');
  await expectReadouts(page, fig);

  fig = await open(page, `?${ID}.tau=hot&${ID}.a2=400`);
  await expect(fig.getByText('The link’s value for “tau”')).toBeVisible();
  await expect(fig.getByText('The link’s value for “a2”')).toBeVisible();
  const s = await expectReadouts(page, fig);
  expect(s).toEqual(readState(ID, schema, '').state);
});
