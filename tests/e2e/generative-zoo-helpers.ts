/**
 * The zoo figure as a reader sees it, against the numbers the figure's core computes in
 * Node from the same shipped models: the static figure must show exactly those.
 */
import type { Page } from '@playwright/test';
import { fixed } from '../../widgets/lib/format';
import { buildZoo } from '../../widgets/generative-zoo/build-time';
import { FIGURE } from '../../widgets/generative-zoo/figure';
import { pageWithFigure } from './figure-page';
import { expect } from './fixtures';

export async function expectZooAsComputed(page: Page): Promise<void> {
  // The figure's own build-time computation, run again here in Node.
  const zoo = await buildZoo();
  await page.goto(`${pageWithFigure(FIGURE.id)}#${FIGURE.id}`);
  const fig = page.locator(`#${FIGURE.id}`);
  await fig.scrollIntoViewIfNeeded();
  // Computed whole at build time: no island, and a labelled picture for every family and the data.
  await expect(fig.locator('astro-island')).toHaveCount(0);
  await expect(fig.locator('.zoo-panels svg[aria-label]')).toHaveCount(zoo.families.length + 1);
  for (const f of zoo.families) {
    const row = fig.locator(`tr[data-family=${f.family}]`);
    await expect(row.locator('[data-energy]')).toHaveText(fixed(f.energy, 4));
    await expect(row.locator('[data-kind]')).toHaveText(f.logLikelihood.map((l) => fixed(l.value, 3)));
    await expect(row.getByRole('link', { name: f.model })).toHaveAttribute('href', `/part-6/model-cards/#${f.model}`);
  }
}
