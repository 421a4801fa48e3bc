/** Shared by the pretext-tasks e2e tests: what the figure must show, computed by its core in Node on the shipped files. */
import { expect, type Locator } from '@playwright/test';
import { buildRotationFallback } from '../../widgets/pretext-tasks/build-time';
import { TURNS } from '../../widgets/pretext-tasks/core';

export const LONG = { timeout: 60_000 };

/** The live table holds exactly Node's rotation-d128 probabilities for this digit at its four turns. */
export async function expectTurns(figure: Locator, digit: number): Promise<void> {
  const fig = figure.locator('.widget-live');
  const table = fig.getByTestId('pretext-turns');
  await expect(table).toHaveAttribute('data-ready', 'true', LONG);
  const { probs, label } = await buildRotationFallback(digit);
  await expect(table.locator('caption')).toContainText(`held-out digit ${digit} (a ${label})`);
  for (const q of TURNS)
    for (const k of TURNS) {
      const got = Number(await fig.getByTestId(`pretext-p-${q}-${k}`).getAttribute('data-value'));
      expect(got, `p(turn ${k} | input turned by ${q})`).toBeCloseTo(probs[q]![k]!, 5);
    }
}
