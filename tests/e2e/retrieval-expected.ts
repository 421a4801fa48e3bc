/** Shared by the retrieval e2e tests: what the figure must show, computed by its core in Node on the shipped files. */
import { expect, type Locator } from '@playwright/test';
import { heldOutLabels, heldOutTable } from '../../widgets/retrieval/build-time';
import { REPRESENTATIONS, leaveOneOutAccuracy, neighboursOf } from '../../widgets/retrieval/core';
import { neighbourLabel } from '../../widgets/retrieval/Columns';
import { fixed, percent } from '../../widgets/lib/format';

export const LONG = { timeout: 120_000 };

/** The live figure shows exactly the Node core's neighbours, labels, distances and accuracies for this query and k. */
export async function expectView(figure: Locator, digit: number, k: number): Promise<void> {
  // The build-time fallback holds the same columns until it is removed: look only at the live figure.
  const fig = figure.locator('.widget-live');
  const labels = await heldOutLabels();
  await expect(fig.getByTestId('knn-summary')).toContainText(`Query: held-out digit ${digit}, a ${labels[digit]}.`, LONG);
  for (const rep of REPRESENTATIONS) {
    const table = await heldOutTable(rep);
    await expect(fig.getByTestId(`knn-acc-${rep}`)).toHaveText(
      `${k}-NN accuracy ${percent(leaveOneOutAccuracy(table, labels, k), 1)}`,
      LONG,
    );
    const want = neighboursOf(table, digit, k);
    const items = fig.getByTestId(`knn-list-${rep}`).locator('li');
    await expect(items).toHaveCount(k);
    const got = await items.evaluateAll((lis) =>
      lis.map((li) => [
        (li as HTMLElement).dataset['index'] ?? '',
        li.querySelector('.knn-label')?.textContent ?? '',
        li.querySelector('.knn-dist')?.textContent ?? '',
      ]),
    );
    expect(got, rep).toEqual(want.map((n) => [String(n.index), String(labels[n.index]), fixed(n.distance, 2)]));
    await expect(items.first().getByRole('img')).toHaveAccessibleName(
      neighbourLabel(want[0]!.index, labels[want[0]!.index]!, want[0]!.distance),
    );
    await expect(items.first().getByRole('img')).toHaveAttribute('data-drawn', 'true');
  }
}
