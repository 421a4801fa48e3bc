/**
 * The disaggregated-evaluation figure's expected numbers, computed in Node from
 * the shipped files with the figure's own code, and the page's table read back.
 */
import type { Locator } from '@playwright/test';
import { heatCells, type DisaggModelId, type HeatCell, type MetricId } from '../../widgets/disaggregated/core';
import { cardSummaries, nodeTable } from '../../widgets/disaggregated/build-time';
import type { FactorId } from '../../widgets/lib/models/factors';
import { loadModel } from '../../widgets/lib/models/loader';
import { buildTimeTf } from '../../widgets/lib/node/models';
import { fileFetch } from '../../widgets/lib/node/public-files';
import { expect } from './fixtures';

export { cardSummaries };

export async function nodeCells(model: DisaggModelId, metric: MetricId, factor: FactorId): Promise<HeatCell[]> {
  return heatCells(await nodeTable(model, metric), factor);
}

/** The figure's table of cells: row, column, count and full-precision mean of each. */
export async function pageCells(fig: Locator) {
  return fig
    .getByTestId('disagg-table')
    .locator('td')
    .evaluateAll((tds) =>
      tds.map((td) => {
        const d = (td as HTMLElement).dataset;
        return {
          row: d['row'] ?? '',
          col: d['col'] ?? '',
          count: Number(d['count']),
          mean: d['mean'] === '' ? null : Number(d['mean']),
        };
      }),
    );
}

/** The page's cells equal the expected ones: the same counts, means within rel. */
export async function expectCells(fig: Locator, want: readonly HeatCell[], rel: number) {
  const got = await pageCells(fig);
  expect(got).toHaveLength(want.length);
  for (const w of want) {
    const g = got.find((c) => c.row === w.row && c.col === w.col);
    expect(g, `cell ${w.row} × ${w.col}`).toBeDefined();
    expect(g?.count, `count of ${w.row} × ${w.col}`).toBe(w.count);
    if (w.mean === null) expect(g?.mean).toBeNull();
    else
      expect(Math.abs((g?.mean as number) - w.mean), `mean of ${w.row} × ${w.col}`).toBeLessThanOrEqual(rel * Math.abs(w.mean));
  }
}

/** Wait until the figure has recomputed its numbers in the page. */
export async function recomputed(fig: Locator) {
  await expect(fig.getByTestId('disagg-source')).toContainText('Recomputed in your browser', { timeout: 60_000 });
}

/** How many tensors a model holds once loaded (and warmed up), measured in Node. */
export async function tensorsOfModel(id: DisaggModelId): Promise<number> {
  const tf = await buildTimeTf();
  const before = tf.memory().numTensors;
  const m = await loadModel(id, { fetch: fileFetch() });
  const held = tf.memory().numTensors - before;
  m.dispose();
  return held;
}
