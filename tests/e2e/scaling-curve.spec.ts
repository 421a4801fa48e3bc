/** The scaling curve shows the fits and the grid's numbers that the figure's core computes in Node. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, AXES, type ScalingResults } from '../../widgets/scaling-curve/core';
import { FIGURE } from '../../widgets/scaling-curve/figure';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const results = JSON.parse(readFileSync(join('public', 'data', 'scaling', 'results.json'), 'utf8')) as ScalingResults;

test('the panels state the fitted power laws, and the table every point, as the core computes them', async ({ page }) => {
  const analysis = analyse(results);
  await page.goto(`${pageWithFigure(FIGURE.id)}#${FIGURE.id}`);
  const fig = page.locator(`#${FIGURE.id}`);
  await fig.scrollIntoViewIfNeeded();
  // Computed whole at build time: no island, one labelled chart per axis.
  await expect(fig.locator('astro-island')).toHaveCount(0);
  for (const axis of AXES) {
    const a = analysis[axis];
    const panel = fig.locator(`figure[data-axis=${axis}]`);
    await expect(panel.locator('svg[role=img][aria-label]')).toHaveCount(1);
    await expect(panel.locator('[data-fit]')).toHaveText(
      // The exponent is a superscript: n<sup>−0.52</sup> reads as "n−0.52" in text.
      `L ≈ ${fixed(a.floored.a, 3)} · ${axis === 'data' ? 'n' : 'N'}−${fixed(a.floored.b, 2)} + ${fixed(a.floored.c, 4)}`,
    );
    await expect(panel.locator('[data-words]')).toContainText(`exponent ${fixed(a.pure.b, 2)}`);
    // One dot per grid point of the axis.
    await expect(panel.locator('svg circle')).toHaveCount(a.series.length);
  }
  await expect(fig.locator('tr[data-point]')).toHaveCount(results.points.length);
  for (const p of results.points) {
    const row = fig.locator(`tr[data-point="${p.id}"]`);
    await expect(row.locator('[data-heldout]')).toHaveText(fixed(p.heldoutMse, 4));
    await expect(row.locator('[data-train]')).toHaveText(fixed(p.trainMse, 5));
  }
});
