/** Shared by the learned-clusters e2e tests: what the figure must show, computed by its core in Node on the shipped files. */
import { expect, type Locator } from '@playwright/test';
import { clusterHeldOut, heldOutLabels } from '../../widgets/learned-clusters/build-time';
import { REPRESENTATIONS, describeSummary, stripLabel, type Representation } from '../../widgets/learned-clusters/core';
import { fixed, percent } from '../../widgets/lib/format';

export const LONG = { timeout: 120_000 };

/** The figure shows exactly what the core computes in Node for this view. */
export async function expectView(figure: Locator, rep: Representation, k: number, seed: number): Promise<void> {
  // The build-time fallback holds the same tables until it is removed: look only at the live figure.
  const fig = figure.locator('.widget-live');
  const want = await clusterHeldOut(rep, k, seed);
  await expect(fig.getByTestId('lc-summary')).toHaveText(describeSummary(rep, want), LONG);
  const rows = fig.getByTestId('lc-clusters').locator('tbody tr');
  await expect(rows).toHaveCount(want.rows.length);
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.children, (c) => c.textContent?.trim() ?? '').slice(0, 4)),
  );
  expect(cells).toEqual(want.rows.map((r, i) => [String(i + 1), String(r.majority), percent(r.purity), String(r.size)]));
  const labels = await heldOutLabels();
  await expect(rows.first().getByRole('img')).toHaveAccessibleName(stripLabel(want.rows[0]!, labels));
  await expect(rows.first().getByRole('img')).toHaveAttribute('data-drawn', 'true');
  for (const r of REPRESENTATIONS) {
    const s = await clusterHeldOut(r, k, seed);
    await expect(fig.getByTestId('lc-compare').locator(`tr[data-rep=${r}] td`)).toHaveText(
      [fixed(s.purity, 3), fixed(s.ari, 3)],
      LONG,
    );
  }
}
