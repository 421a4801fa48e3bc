import { describe, expect, it } from 'vitest';
import {
  compareCells,
  heatCells,
  liveTable,
  liveThresholds,
  perDigitValues,
  weakestCell,
  DISAGG_MODELS,
  flagThreshold,
  type HeatCell,
} from '~/widgets/disaggregated/core';
import { cardSummaries, nodeErrors, nodeTable } from '~/widgets/disaggregated/build-time';
import { measureFactors } from '~/widgets/lib/models/factors';
import { bytesToPixels } from '~/widgets/lib/models/preprocess';
import { buildTimeDigits } from '~/widgets/lib/node/models';
import { readPublicJson } from '~/widgets/lib/node/public-files';

const cards = cardSummaries();

/** Σ count × mean over some cells. */
const total = (cells: HeatCell[]) => cells.reduce((s, c) => s + c.count * (c.mean ?? 0), 0);

describe('disaggregated core on a hand-made set', () => {
  // Six digits: classes 0,0,1,1,1,2; values 1..6; ink bins from thresholds [10, 20].
  const values = [1, 2, 3, 4, 5, 6];
  const labels = [0, 0, 1, 1, 1, 2];
  const factors = { ink: [5, 15, 25, 5, 15, 25], slant: [0, 0, 0, 0, 0, 0] };
  const thresholds = { ink: [10, 20] as const, slant: [-1, 1] as const };
  const cells = heatCells(liveTable(values, labels, factors, thresholds), 'ink');

  it('averages each class × bin cell and each margin by hand', () => {
    const at = (row: string, col: string) => cells.find((c) => c.row === row && c.col === col);
    expect(at('1', 'light')).toMatchObject({ count: 1, mean: 4 });
    expect(at('1', 'heavy')).toMatchObject({ count: 1, mean: 3 });
    expect(at('1', 'all')).toMatchObject({ count: 3, mean: 4 });
    expect(at('all', 'heavy')).toMatchObject({ count: 2, mean: 4.5 });
    expect(at('all', 'all')).toMatchObject({ count: 6, mean: 3.5 });
    expect(at('2', 'light')).toMatchObject({ count: 0, mean: null });
  });

  it('flags the digits above the threshold, and the flag rate is their share', () => {
    expect(Array.from(perDigitValues('flag', values, 4))).toEqual([0, 0, 0, 0, 1, 1]);
    expect(() => perDigitValues('flag', values)).toThrow();
  });

  it('the weakest cell is the worst mean among cells with enough digits', () => {
    expect(weakestCell(cells, 1)).toMatchObject({ row: '2', col: 'heavy', mean: 6 });
    expect(weakestCell(cells, 2)).toBeNull();
  });
});

describe('the heat map of each card', () => {
  for (const id of DISAGG_MODELS) {
    it(`${id}: its cells are the card's numbers, and each row and column sums back to its margin`, () => {
      type Group = { group: string; count: number; mean: number };
      type Cross = { class: string; bin: string; count: number; mean: number };
      const qa = readPublicJson<{
        quantitativeAnalyses: {
          overall: { count: number; mean: number };
          unitary: Record<string, Group[]>;
          intersectional: Record<string, Cross[]>;
        };
      }>(`models/${id}/card.json`).quantitativeAnalyses;
      for (const factor of ['ink', 'slant'] as const) {
        const cells = heatCells(cards[id].mse, factor);
        expect(cells).toHaveLength(10 * 3 + 10 + 3 + 1);
        for (const row of qa.intersectional[factor] ?? [])
          expect(cells).toContainEqual({ row: row.class, col: row.bin, count: row.count, mean: row.mean, kind: 'cross' });
        const cross = cells.filter((c) => c.kind === 'cross');
        expect(cross.reduce((s, c) => s + c.count, 0)).toBe(qa.overall.count);
        // Means are rounded to 6 significant figures, so sums agree to about that.
        expect(total(cross) / qa.overall.count).toBeCloseTo(qa.overall.mean, 6);
        for (const cls of qa.unitary['class'] ?? []) {
          const row = cross.filter((c) => c.row === cls.group);
          expect(row.reduce((s, c) => s + c.count, 0)).toBe(cls.count);
          expect(total(row) / cls.count).toBeCloseTo(cls.mean, 6);
        }
        for (const bin of qa.unitary[factor] ?? []) {
          const col = cross.filter((c) => c.col === bin.group);
          expect(col.reduce((s, c) => s + c.count, 0)).toBe(bin.count);
          expect(total(col) / bin.count).toBeCloseTo(bin.mean, 6);
        }
      }
    });
  }
});

describe('recomputed in Node from the shipped files', () => {
  it('the factor thresholds measured again are the card’s', async () => {
    const digits = await buildTimeDigits('mnist-heldout');
    const live = liveThresholds(measureFactors(bytesToPixels(digits.images), digits.count));
    for (const id of DISAGG_MODELS) expect(live).toEqual(cards[id].factorThresholds);
  });

  for (const id of ['ae-d16', 'pca'] as const) {
    it(`${id}: the error per cell equals the card's`, async () => {
      const table = await nodeTable(id, 'mse');
      for (const factor of ['ink', 'slant'] as const) {
        const a = compareCells(heatCells(table, factor), heatCells(cards[id].mse, factor));
        expect(a.countsEqual).toBe(true);
        expect(a.maxRelDiff).toBeLessThan(1e-4);
      }
    }, 60_000);
  }

  for (const id of ['ae-d16', 'dae-d16', 'pca'] as const) {
    it(`${id}: the flag rate over all digits is the card's false-positive rate, and each cell counts whole digits`, async () => {
      const table = await nodeTable(id, 'flag');
      expect(table.overall.mean).toBe(cards[id].decision?.falsePositiveRate);
      for (const c of heatCells(table, 'slant')) {
        if (c.mean !== null) expect(Number.isInteger(Math.round(c.mean * c.count * 1e9) / 1e9)).toBe(true);
      }
      // The threshold measured again is the card's up to float32 differences between backends (the card's ran on wasm).
      const errors = await nodeErrors(id);
      const t = flagThreshold(errors);
      const card = cards[id].decision?.threshold as number;
      expect(Math.abs(t - card) / card).toBeLessThan(1e-5);
      const flagged = Array.from(errors).filter((e) => e > t).length;
      expect(flagged / errors.length).toBe(table.overall.mean);
    }, 60_000);
  }
});
