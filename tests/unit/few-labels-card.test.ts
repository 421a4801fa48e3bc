import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FEW_LABELS_CARD,
  FEW_LABELS_METHODS,
  bestAt,
  fewLabelsOf,
  fewLabelsValue,
  meanSd,
} from '../../src/components/cards/few-labels';

const card = JSON.parse(readFileSync(`public/models/${FEW_LABELS_CARD}/card.json`, 'utf8')) as unknown;
const few = fewLabelsOf(card);

describe('the few-labels table as the chapter reads it', () => {
  it('has a row for every listed method at every label count', () => {
    for (const { method } of FEW_LABELS_METHODS)
      for (const n of few.labelCounts) expect(Number.isFinite(fewLabelsValue(few, method, n))).toBe(true);
  });

  it('reads the statistic asked for, and names what is missing', () => {
    const row = few.rows.find((r) => r.method === 'pixels' && r.labels === 100)!;
    expect(fewLabelsValue(few, 'pixels', 100, 'sd')).toBe(row.accuracy.sd);
    expect(() => fewLabelsValue(few, 'no-such-method', 100)).toThrow(/no-such-method/);
    expect(() => fewLabelsOf({})).toThrow(/fewLabels/);
  });

  it('prints mean ± sd in percent, and the mean alone for a single draw', () => {
    const r = { method: 'x', labels: 10, accuracy: { mean: 0.86, sd: 0.0172, min: 0.8, max: 0.9, draws: 5 } };
    expect(meanSd(r)).toBe('86.0 ± 1.7');
    expect(meanSd({ ...r, accuracy: { ...r.accuracy, draws: 1, sd: 0 } })).toBe('86.0');
  });

  it('finds the best method of a column', () => {
    const n = few.labelCounts[0]!;
    const best = bestAt(few, n);
    for (const r of few.rows.filter((x) => x.labels === n))
      expect(r.accuracy.mean).toBeLessThanOrEqual(fewLabelsValue(few, best, n));
  });
});
