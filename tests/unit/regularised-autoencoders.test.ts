/** Chapter 5's widget cores: the three corruptions, and ROC/AUC. */
import { describe, expect, it } from 'vitest';
import { corruptDigit, maskPatch, mse, patchRect } from '~/widgets/denoising/core';
import { confusion, histogram, mannWhitneyAuc, rates, rocCurve, thresholdExceededBy, trapezoidAuc } from '~/widgets/anomaly/core';
import { corrupt } from '~/lib/models/preprocess';
import { createRng } from '~/lib/rng';

const digit = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 100);

describe('corruptions', () => {
  it('gaussian noise is exactly preprocess.ts corrupt() with the same seed, and replays', () => {
    expect(corruptDigit(digit, 'gaussian', 0.5, 7)).toEqual(corrupt(digit, createRng(7), 0.5));
    expect(corruptDigit(digit, 'gaussian', 0.3, 7)).toEqual(corruptDigit(digit, 'gaussian', 0.3, 7));
    expect(corruptDigit(digit, 'gaussian', 0.3, 8)).not.toEqual(corruptDigit(digit, 'gaussian', 0.3, 7));
    const out = corruptDigit(digit, 'gaussian', 2, 1);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it('level 0 leaves the digit alone for every corruption', () => {
    for (const kind of ['gaussian', 'salt-pepper', 'patch'] as const) expect(corruptDigit(digit, kind, 0, 3)).toEqual(digit);
  });

  it('salt-and-pepper replaces about a fraction `level` of pixels, with 0s and 1s in equal measure', () => {
    const grey = new Float32Array(784 * 50).fill(0.5);
    const out = corruptDigit(grey, 'salt-pepper', 0.3, 11);
    const zeros = out.filter((v) => v === 0).length;
    const ones = out.filter((v) => v === 1).length;
    const n = grey.length;
    // Binomial(n, 0.3): sd = sqrt(n·0.21) ≈ 91; allow 4 sd.
    expect(Math.abs(zeros + ones - 0.3 * n)).toBeLessThan(4 * Math.sqrt(n * 0.21));
    expect(Math.abs(zeros - ones)).toBeLessThan(4 * Math.sqrt(n * 0.3 * 0.25) * 2);
    expect(out.filter((v) => v !== 0 && v !== 1).every((v) => v === 0.5)).toBe(true);
    expect(corruptDigit(digit, 'salt-pepper', 1, 2).every((v) => v === 0 || v === 1)).toBe(true);
  });

  it('the patch is a black square of area ≈ level, inside the image, placed by the seed', () => {
    expect(patchRect(0.25, 0, 0)).toEqual({ side: 14, x: 0, y: 0 });
    expect(patchRect(0.25, 0.999, 0.999)).toEqual({ side: 14, x: 14, y: 14 });
    expect(patchRect(1, 0.5, 0.5)).toEqual({ side: 28, x: 0, y: 0 });
    const ones = new Float32Array(784).fill(1);
    const masked = maskPatch(ones, { side: 3, x: 2, y: 5 });
    expect(masked.filter((v) => v === 0).length).toBe(9);
    expect(masked[5 * 28 + 2]).toBe(0);
    expect(masked[7 * 28 + 4]).toBe(0);
    expect(masked[8 * 28 + 4]).toBe(1);
    const out = corruptDigit(ones, 'patch', 0.25, 5);
    expect(out.filter((v) => v === 0).length).toBe(14 * 14);
    expect(corruptDigit(ones, 'patch', 0.25, 6)).not.toEqual(out);
  });

  it('mse is the mean squared difference', () => {
    expect(mse([0, 0, 1, 1], [0, 1, 1, 0])).toBe(0.5);
    expect(mse(digit, digit)).toBe(0);
    expect(() => mse([1], [1, 2])).toThrow();
  });
});

describe('ROC and AUC', () => {
  it('perfect separation gives AUC 1, reversed gives 0', () => {
    expect(trapezoidAuc(rocCurve([1, 2, 3], [4, 5]))).toBe(1);
    expect(trapezoidAuc(rocCurve([4, 5], [1, 2, 3]))).toBe(0);
    expect(mannWhitneyAuc([1, 2, 3], [4, 5])).toBe(1);
  });

  it('a hand case: normal [1, 2, 3], anomalies [2, 4]', () => {
    // Pairs (anomaly > normal): 2 beats 1, ties 2 (½), loses to 3; 4 beats all three → (1 + ½ + 0 + 3) / 6 = 0.75.
    const roc = rocCurve([1, 2, 3], [2, 4]);
    expect(roc.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [0, 0.5],
      [1 / 3, 0.5],
      [2 / 3, 1], // the tie at 2: one diagonal step
      [1, 1],
    ]);
    expect(trapezoidAuc(roc)).toBeCloseTo(0.75, 12);
    expect(mannWhitneyAuc([1, 2, 3], [2, 4])).toBeCloseTo(0.75, 12);
  });

  it('all scores tied gives the diagonal and AUC ½', () => {
    const roc = rocCurve([1, 1, 1], [1, 1]);
    expect(roc.map((p) => [p.fpr, p.tpr])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(trapezoidAuc(roc)).toBe(0.5);
    expect(mannWhitneyAuc([1, 1, 1], [1, 1])).toBe(0.5);
  });

  it('the trapezoid area equals the Mann–Whitney U / (n1 n0) on random data with many ties', () => {
    const rng = createRng(42);
    for (let trial = 0; trial < 20; trial++) {
      const normal = Array.from({ length: 50 + trial * 7 }, () => Math.round(rng.normal() * 4) / 4);
      const anomalies = Array.from({ length: 30 + trial * 3 }, () => Math.round((rng.normal() + 1) * 4) / 4);
      expect(trapezoidAuc(rocCurve(normal, anomalies))).toBeCloseTo(mannWhitneyAuc(normal, anomalies), 10);
    }
  });

  it('each ROC point is the confusion at its threshold', () => {
    const normal = [0.1, 0.2, 0.2, 0.5];
    const anomalies = [0.2, 0.6, 0.7];
    for (const p of rocCurve(normal, anomalies).slice(1)) {
      const r = rates(confusion(normal, anomalies, p.threshold));
      expect([r.fpr, r.tpr]).toEqual([p.fpr, p.tpr]);
    }
  });

  it('the 1 % rule leaves exactly 1 % of distinct normal scores above the threshold', () => {
    const normal = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const t = thresholdExceededBy(normal);
    // Midway between the largest score kept (989) and the smallest flagged (990).
    expect(t).toBe(989.5);
    expect(rates(confusion(normal, [0], t)).fpr).toBe(0.01);
    // Scores tied across the threshold are all left unflagged: never more than 1 %.
    const tied = [...normal.slice(0, 980), ...Array<number>(20).fill(5000)];
    expect(rates(confusion(tied, [0], thresholdExceededBy(tied))).fpr).toBe(0);
  });

  it('confusion counts anomalies above the threshold as true positives', () => {
    expect(confusion([0.1, 0.5, 0.9], [0.4, 0.8], 0.6)).toEqual({ tp: 1, fn: 1, fp: 1, tn: 2 });
    expect(rates({ tp: 1, fn: 1, fp: 1, tn: 3 })).toEqual({ tpr: 0.5, fpr: 0.25 });
  });

  it('histograms count every value once, on linear or log bins', () => {
    const values = [0.001, 0.01, 0.01, 0.1, 5];
    const lin = histogram(values, 0, 1, 10, false);
    expect(lin.reduce((s, b) => s + b.count, 0)).toBe(5);
    expect(lin[0]?.count).toBe(3);
    expect(lin[9]?.count).toBe(1); // clamped
    const log = histogram(values, 0.001, 1, 3, true);
    expect(log.map((b) => b.count)).toEqual([1, 2, 2]);
    expect(log[1]?.x1).toBeCloseTo(0.01, 12);
  });
});
