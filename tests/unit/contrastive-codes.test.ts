import { describe, expect, it } from 'vitest';
import {
  PCA_ROWS,
  STRENGTHS,
  cosine,
  mean,
  nearestByCosine,
  nearestByDistance,
  nearestInMap,
  pcaProjection,
  pcaResult,
  pcaStart,
  pcaStep,
  sameLabel,
  stepInMap,
  viewSimilarities,
  viewsOf,
} from '~/widgets/contrastive-codes/core';
import { fromRows } from '~/lib/clustering/points';

describe('cosine similarity', () => {
  it('is a·b / (‖a‖‖b‖), by hand', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosine([3, 4], [4, 3])).toBeCloseTo(24 / 25, 15);
    expect(cosine([1, 2], [-2, -4])).toBeCloseTo(-1, 15);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });

  it('reads rows at offsets', () => {
    expect(cosine([9, 9, 1, 0], [5, 1, 1], 2, 2, 1)).toBeCloseTo(Math.SQRT1_2, 15);
  });
});

describe('nearest neighbours', () => {
  const X = fromRows([
    [1, 0],
    [2, 0.1],
    [0, 1],
    [1, 1],
    [-1, 0],
  ]);

  it('by cosine: most similar first, never the point itself', () => {
    // cos to (1, 0): (2, 0.1) → 2/√4.01 ≈ 0.99875; (1, 1) → 0.7071; (0, 1) → 0; (−1, 0) → −1.
    const nb = nearestByCosine(X, 0, 4);
    expect(nb.map((n) => n.index)).toEqual([1, 3, 2, 4]);
    expect(nb[0]!.score).toBeCloseTo(2 / Math.sqrt(4.01), 12);
    expect(nb[3]!.score).toBeCloseTo(-1, 12);
  });

  it('by Euclidean distance, a tie going to the smaller index', () => {
    // From (1, 0): (1, 1) at 1, (2, 0.1) at √1.01, (0, 1) at √2, (−1, 0) at 2.
    expect(nearestByDistance(X, 0, 4).map((n) => n.index)).toEqual([3, 1, 2, 4]);
    // From (0, 1): (1, 1) at 1 and (1, 0) at √2, (−1, 0) at √2 too: index 0 before 4.
    const nb = nearestByDistance(X, 2, 3);
    expect(nb.map((n) => n.index)).toEqual([3, 0, 4]);
    expect(nb[1]!.score).toBeCloseTo(Math.SQRT2, 12);
  });

  it('counts the neighbours that share the label', () => {
    const labels = [7, 7, 1, 7, 2];
    expect(sameLabel(nearestByCosine(X, 0, 3), labels, 0)).toBe(2);
  });
});

describe('random views', () => {
  const image = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 11) / 10);

  it('at strength 0 is the digit itself', () => {
    for (const v of viewsOf(image, 5, 0, 3)) expect(Array.from(v)).toEqual(Array.from(image));
  });

  it('is reproduced by its seed and changed by another', () => {
    const a = viewsOf(image, 5, 1, 2);
    expect(viewsOf(image, 5, 1, 2)).toEqual(a);
    expect(viewsOf(image, 6, 1, 2)[0]).not.toEqual(a[0]);
    expect(a[0]).not.toEqual(image);
  });

  it('compares each view to the original, and averages', () => {
    const sims = viewSimilarities([1, 0], [1, 0, 1, 1, 0, 1], 2);
    expect(sims[0]).toBeCloseTo(1, 15);
    expect(sims[1]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(sims[2]).toBeCloseTo(0, 15);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('runs the curve from 0 to twice the training strength', () => {
    expect(STRENGTHS[0]).toBe(0);
    expect(STRENGTHS.at(-1)).toBe(2);
    expect(STRENGTHS).toContain(1);
  });
});

describe('the principal-component map', () => {
  it('finds the axes of an axis-aligned cross', () => {
    // Mean 0; covariance diag(8/3, 2/3, 0).
    const p = pcaProjection(
      fromRows([
        [2, 0, 0],
        [-2, 0, 0],
        [0, 1, 0],
        [0, -1, 0],
      ]),
    );
    expect(Array.from(p.coords).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([2, 0, -2, 0, 0, 1, 0, -1]);
    expect(p.variances[0]).toBeCloseTo(8 / 3, 12);
    expect(p.variances[1]).toBeCloseTo(2 / 3, 12);
    expect(p.total).toBeCloseTo(10 / 3, 12);
  });

  it('finds turned axes, each signed so its largest entry is positive', () => {
    // ±5·(0.6, 0.8) and ±1·(0.8, −0.6), shifted by (10, −3): the first axis (0.6, 0.8), the second (0.8, −0.6).
    const rows = [
      [3, 4],
      [-3, -4],
      [0.8, -0.6],
      [-0.8, 0.6],
    ].map(([x, y]) => [x! + 10, y! - 3]);
    const p = pcaProjection(fromRows(rows));
    const want = [5, 0, -5, 0, 0, 1, 0, -1];
    Array.from(p.coords).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 10));
    expect(p.variances[0]).toBeCloseTo(50 / 3, 10);
  });

  it('is the same map whether run step by step or at once, and a block of rows per step', () => {
    const rows = Array.from({ length: 2 * PCA_ROWS + 7 }, (_, i) => [Math.sin(i), Math.cos(3 * i), i % 5, (i * i) % 7]);
    const X = fromRows(rows);
    const run = pcaStart(X);
    let steps = 0;
    while (!pcaStep(run)) steps++;
    expect(steps).toBeGreaterThan(3);
    expect(pcaResult(run).coords).toEqual(pcaProjection(X).coords);
    expect(() => pcaResult(pcaStart(X))).toThrow(/not finished/);
  });

  it('picks the point nearest a click', () => {
    const p = pcaProjection(
      fromRows([
        [2, 0, 0],
        [-2, 0, 0],
        [0, 1, 0],
        [0, -1, 0],
      ]),
    );
    expect(nearestInMap(p, 1.4, 0.2)).toBe(0);
    expect(nearestInMap(p, 0.1, -0.7)).toBe(3);
  });

  it('steps with the keyboard to the point that lies that way, nearest the spot one step on', () => {
    // Map points: 0 at (2, 0), 1 at (−2, 0), 2 at (0, 1), 3 at (0, −1).
    const p = pcaProjection(
      fromRows([
        [2, 0, 0],
        [-2, 0, 0],
        [0, 1, 0],
        [0, -1, 0],
      ]),
    );
    expect(stepInMap(p, 1, 1, 0, 2)).toBe(2); // spot (0, 0): 2 and 3 tie at 1, the smaller index wins
    expect(stepInMap(p, 3, 0, 1, 1)).toBe(2); // spot (0, 0): 0, 1 lie that way too, but 2 is nearest
    expect(stepInMap(p, 0, 1, 0, 1)).toBe(0); // nothing lies to the right of the rightmost point
  });
});
