/** Shared by the contrastive-codes e2e tests: what the figure must show, computed by its core in Node on the shipped files. */
import { expect, type Locator } from '@playwright/test';
import { heldOutCodes, heldOutCurve, heldOutViews } from '../../widgets/contrastive-codes/build-time';
import { NEIGHBOURS, mean, nearestByCosine, nearestByDistance, sameLabel } from '../../widgets/contrastive-codes/core';
import { neighbourLabel, scoreText, shareText, viewLabel, type Space } from '../../widgets/contrastive-codes/Panels';
import { fixed, percent } from '../../widgets/lib/format';

export const LONG = { timeout: 120_000 };

export interface View {
  digit: number;
  seed: number;
  strength: number;
}

/** The live figure shows exactly the Node computation for this digit, seed and strength. */
export async function expectView(figure: Locator, { digit, seed, strength }: View): Promise<void> {
  // The build-time fallback holds the same lists until it is removed: look only at the live figure.
  const fig = figure.locator('.widget-live');
  const { set, pixels, features, map } = await heldOutCodes();
  const label = set.labels[digit] as number;

  // 1. The views and their similarities.
  const { similarities } = await heldOutViews(digit, seed, strength);
  const mean1 = fig.getByTestId('simclr-mean');
  await expect(mean1).toHaveAttribute('data-key', `${digit}:${seed}:${strength}`, LONG);
  await expect(mean1).toHaveText(`Mean cosine similarity of the 8 views to the original: ${fixed(mean(similarities), 3)}`);
  const views = fig.getByTestId('simclr-views').locator('li');
  expect(await views.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['sim']))).toEqual(
    similarities.map((s) => fixed(s, 3)),
  );
  await expect(views.first().getByRole('img')).toHaveAccessibleName(viewLabel(0, similarities[0]!));
  await expect(views.first().getByRole('img')).toHaveAttribute('data-drawn', 'true');

  // 2. The map: the chosen digit's coordinates and the components' share of the variance.
  const share = (map.variances[0] + map.variances[1]) / map.total;
  await expect(fig.getByTestId('simclr-coords')).toHaveText(
    `Digit ${digit} (a ${label}) sits at (${fixed(map.coords[2 * digit]!, 2)}, ${fixed(map.coords[2 * digit + 1]!, 2)}); ` +
      `the two components hold ${percent(share, 1)} of the features' variance.`,
    LONG,
  );
  await expect(fig.getByTestId('simclr-map').locator('svg')).toHaveCount(1);

  // 3. The neighbours in both spaces, and how many share the digit's label.
  const lists: Record<Space, ReturnType<typeof nearestByCosine>> = {
    codes: nearestByCosine(features, digit, NEIGHBOURS),
    pixels: nearestByDistance(pixels, digit, NEIGHBOURS),
  };
  for (const space of ['codes', 'pixels'] as const) {
    const want = lists[space];
    await expect(fig.getByTestId(`simclr-share-${space}`)).toHaveText(shareText(sameLabel(want, set.labels, digit), label));
    const items = fig.getByTestId(`simclr-list-${space}`).locator('li');
    await expect(items).toHaveCount(NEIGHBOURS);
    const got = await items.evaluateAll((lis) =>
      lis.map((li) => [
        (li as HTMLElement).dataset['index'] ?? '',
        li.querySelector('.simclr-label')?.textContent ?? '',
        li.querySelector('.simclr-score')?.textContent ?? '',
      ]),
    );
    expect(got, space).toEqual(want.map((n) => [String(n.index), String(set.labels[n.index]), scoreText(space, n.score)]));
    const first = want[0]!;
    await expect(items.first().getByRole('img')).toHaveAccessibleName(
      neighbourLabel(space, first.index, set.labels[first.index]!, first.score),
    );
  }

  // 4. The similarity curve over the strengths.
  const curve = fig.getByTestId('simclr-curve');
  await expect(curve).toHaveAttribute('data-key', `${digit}:${seed}`, LONG);
  await expect(curve).toHaveAttribute('data-curve', (await heldOutCurve(digit, seed)).map((c) => fixed(c, 3)).join(' '));
  await expect(curve.locator('svg')).toHaveCount(1);
}
