import { describe, expect, it } from 'vitest';
import { binomial, permutationTest, weat } from '../../../widgets/lib/embeddings/core';
import { angleToy } from './toy';

// In the plane, with A = {a} at 0° and B = {b} at 90°, a unit word at angle θ has
// s(w, A, B) = cos θ − sin θ. Targets at 0°, 30° (X) and 60°, 90° (Y) give
// s = 1, c, −c, −1 with c = cos 30° − sin 30°.
const c = Math.cos(Math.PI / 6) - Math.sin(Math.PI / 6);
const emb = angleToy({ a: 0, b: 90, x1: 0, x2: 30, y1: 60, y2: 90 });
const sets = { X: ['x1', 'x2'], Y: ['y1', 'y2'], A: ['a'], B: ['b'] };

describe('WEAT on a hand-computable case', () => {
  const r = weat(emb, sets);

  it('computes s(w, A, B) for each target word', () => {
    expect(r.contributions.X.map((w) => w.s)).toEqual([expect.closeTo(1, 6), expect.closeTo(c, 6)]);
    expect(r.contributions.Y.map((w) => w.s)).toEqual([expect.closeTo(-c, 6), expect.closeTo(-1, 6)]);
    expect(r.contributions.X[1]?.meanCosA).toBeCloseTo(Math.cos(Math.PI / 6), 6);
  });

  it('computes the statistic and the effect size with the sample standard deviation', () => {
    expect(r.statistic).toBeCloseTo(2 * (1 + c), 6);
    const sd = Math.sqrt((2 * 1 + 2 * c * c) / 3);
    expect(r.effectSize).toBeCloseTo((1 + c) / sd, 5);
  });

  it('enumerates all 6 partitions exactly: only the observed one is as extreme', () => {
    expect(r.test?.method).toBe('exact');
    expect(r.test?.totalPartitions).toBe(6);
    expect(r.pValue).toBeCloseTo(1 / 6, 12);
  });

  it('flips sign when the targets are swapped', () => {
    const swapped = weat(emb, { ...sets, X: sets.Y, Y: sets.X });
    expect(swapped.effectSize).toBeCloseTo(-r.effectSize, 10);
    expect(swapped.pValue).toBeCloseTo(1, 12); // every partition is at least as large as the smallest
  });
});

describe('WEAT input handling', () => {
  it('drops and reports missing words, and ignores repeats', () => {
    const r = weat(emb, { X: ['x1', 'X2', 'x1', 'rose'], Y: ['y1', 'y2'], A: ['a', 'good'], B: ['b'] });
    expect(r.missing).toEqual({ X: ['rose'], Y: [], A: ['good'], B: [] });
    expect(r.sizes).toEqual({ X: 2, Y: 2, A: 1, B: 1 });
    expect(r.problem).toBeNull();
  });

  it('explains why no test ran when a set is empty', () => {
    const r = weat(emb, { ...sets, B: ['nothing'] });
    expect(r.test).toBeNull();
    expect(Number.isNaN(r.effectSize)).toBe(true);
    expect(r.problem).toBe('No known words in set B.');
  });
});

describe('permutationTest', () => {
  it('counts binomial coefficients', () => {
    expect(binomial(16, 8)).toBe(12870);
    expect(binomial(50, 25)).toBe(126410606437752);
    expect(binomial(3, 5)).toBe(0);
  });

  it('gives the exact one-sided p-value on a tiny case', () => {
    // Sums of 2 of {3, 2, 1, 0}: 5, 4, 3, 3, 2, 1; the observed {3, 1} = 4 is reached by 2 of 6.
    expect(permutationTest([3, 1, 2, 0], 2)).toMatchObject({ method: 'exact', pValue: 2 / 6, partitions: 6 });
  });

  it('samples with a seed when partitions are many, reproducibly, close to the exact answer', () => {
    const values = Array.from({ length: 16 }, (_, i) => Math.sin(i * 1.7) + (i < 8 ? 0.4 : 0));
    const exact = permutationTest(values, 8);
    const sampled = permutationTest(values, 8, { maxExactPartitions: 100, samples: 50_000, seed: 9 });
    expect(sampled.method).toBe('sampled');
    expect(sampled.seed).toBe(9);
    expect(sampled.pValue).toBeCloseTo(exact.pValue, 2);
    expect(permutationTest(values, 8, { maxExactPartitions: 100, samples: 50_000, seed: 9 })).toEqual(sampled);
  });

  it('never reports p = 0 when sampling', () => {
    const values = [...Array.from({ length: 20 }, () => 1), ...Array.from({ length: 20 }, () => -1)];
    const r = permutationTest(values, 20, { samples: 1000 });
    expect(r.pValue).toBeCloseTo(1 / 1001, 12);
  });

  it('reports its progress while sampling, and the same p-value as without', () => {
    const values = Array.from({ length: 40 }, (_, i) => Math.sin(i));
    const seen: string[] = [];
    const options = { samples: 25_000, maxExactPartitions: 10 };
    const withProgress = permutationTest(values, 20, options, (done, total) => seen.push(`${done}/${total}`));
    expect(seen).toEqual(['10000/25000', '20000/25000']);
    expect(withProgress).toEqual(permutationTest(values, 20, options));
  });
});
