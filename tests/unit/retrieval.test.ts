import { describe, expect, it } from 'vitest';
import { fromRows } from '~/widgets/lib/clustering/points';
import { mulberry32 } from '~/widgets/lib/rng';
import {
  emptyTable,
  leaveOneOutAccuracy,
  nearestOf,
  neighbourTable,
  neighboursOf,
  vote,
  type NeighbourTable,
} from '~/widgets/retrieval/core';

/** Sort every other point by (distance, index) and take the first k: the definition, slowly. */
function bruteNearest(rows: number[][], i: number, k: number): { index: number; distance: number }[] {
  return rows
    .map((r, j) => ({ index: j, distance: Math.hypot(...r.map((v, t) => v - (rows[i]![t] as number))) }))
    .filter((c) => c.index !== i)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .slice(0, k);
}

/** Leave-one-out accuracy by counting votes with plain objects. */
function bruteAccuracy(rows: number[][], labels: number[], k: number): number {
  let right = 0;
  rows.forEach((_, i) => {
    const nb = bruteNearest(rows, i, k);
    const count: Record<number, number> = {};
    for (const n of nb) count[labels[n.index]!] = (count[labels[n.index]!] ?? 0) + 1;
    const top = Math.max(...Object.values(count));
    // Among the tied labels, the one met first going outwards.
    const winner = nb.map((n) => labels[n.index]!).find((l) => count[l] === top);
    if (winner === labels[i]) right++;
  });
  return right / rows.length;
}

describe('nearest neighbours', () => {
  it('match a brute-force sort on random points, with distances', () => {
    const rand = mulberry32(7);
    const rows = Array.from({ length: 60 }, () => Array.from({ length: 5 }, () => rand()));
    const t = neighbourTable(fromRows(rows), 10);
    for (let i = 0; i < rows.length; i++) {
      const want = bruteNearest(rows, i, 10);
      const got = neighboursOf(t, i, 10);
      expect(got.map((g) => g.index)).toEqual(want.map((w) => w.index));
      got.forEach((g, j) => expect(g.distance).toBeCloseTo(want[j]!.distance, 12));
    }
  });

  it('never return the digit itself, even when another point is identical to it', () => {
    const t = neighbourTable(fromRows([[0], [0], [5], [9]]), 2);
    expect(neighboursOf(t, 0, 2)).toEqual([
      { index: 1, distance: 0 },
      { index: 2, distance: 5 },
    ]);
    expect(neighboursOf(t, 1, 1)).toEqual([{ index: 0, distance: 0 }]);
  });

  it('break a tie in distance by the smaller index', () => {
    // Point 2 at 0 has points 0 (at −1) and 3 (at +1) equally near, and 1 (at −1) too.
    const t = neighbourTable(fromRows([[-1], [-1], [0], [1]]), 3);
    expect(neighboursOf(t, 2, 3).map((n) => n.index)).toEqual([0, 1, 3]);
    const rowByRow = emptyTable(4, 3);
    nearestOf(fromRows([[-1], [-1], [0], [1]]), 2, 3, rowByRow.indices, rowByRow.distances);
    expect(Array.from(rowByRow.indices.subarray(6, 9))).toEqual([0, 1, 3]);
  });

  it('refuse a table wider than the points allow', () => {
    expect(() => neighbourTable(fromRows([[0], [1], [2]]), 3)).toThrow();
  });
});

describe('the vote', () => {
  it('takes the majority', () => {
    expect(vote([3, 1, 1])).toBe(1);
    expect(vote([7, 2, 7, 2, 7])).toBe(7);
  });
  it('gives a tie to the tied label nearest the query', () => {
    expect(vote([4, 9, 9, 4])).toBe(4);
    expect(vote([9, 4, 4, 9])).toBe(9);
    // 5 is nearest but not among the tied labels.
    expect(vote([5, 2, 3, 3, 2])).toBe(2);
  });
  it('with one neighbour is that neighbour', () => {
    expect(vote([6])).toBe(6);
    expect(() => vote([])).toThrow();
  });
});

describe('leave-one-out accuracy', () => {
  // Integer coordinates, so every distance and tie is exact.
  const rows = [[0], [1], [3], [50], [52], [53], [2]];
  const labels = [0, 0, 1, 1, 1, 1, 1];

  it('by hand, k = 1: each point takes its single nearest other point', () => {
    // 0→1 ✓, 1→0 (tied with 6 at 1, smaller index) ✓, 2→6 ✓, 3→4 ✓, 4→5 ✓, 5→4 ✓, 6→1 (tied with 2) ✗.
    const t = neighbourTable(fromRows(rows), 3);
    expect(neighboursOf(t, 6, 3).map((n) => n.index)).toEqual([1, 2, 0]);
    expect(leaveOneOutAccuracy(t, labels, 1)).toBeCloseTo(6 / 7, 12);
  });

  it('by hand, k = 2 and 3: a split vote goes to the nearer neighbour', () => {
    // k = 2: 0 [1, 6] → 0 ✓; 1 [0, 6] → 0 ✓; 2 [6, 1] → 1 ✓; 6 [1, 2] → 0 ✗; 3, 4, 5 ✓.
    const t = neighbourTable(fromRows(rows), 3);
    expect(leaveOneOutAccuracy(t, labels, 2)).toBeCloseTo(6 / 7, 12);
    // k = 3: 0 [1, 6, 2] → 1 ✗; 1 [0, 6, 2] → 1 ✗; 2 [6, 1, 0] → 0 ✗; 6 [1, 2, 0] → 0 ✗; 3, 4, 5 ✓.
    expect(leaveOneOutAccuracy(t, labels, 3)).toBeCloseTo(3 / 7, 12);
  });

  it('matches a brute-force count on random labelled points for every k', () => {
    const rand = mulberry32(11);
    const rows = Array.from({ length: 80 }, () => Array.from({ length: 3 }, () => Math.round(rand() * 4)));
    const labels = rows.map(() => Math.floor(rand() * 3));
    const t: NeighbourTable = neighbourTable(fromRows(rows), 10);
    for (let k = 1; k <= 10; k++) expect(leaveOneOutAccuracy(t, labels, k)).toBeCloseTo(bruteAccuracy(rows, labels, k), 12);
  });

  it('refuses k outside 1 … kMax', () => {
    const t = neighbourTable(fromRows(rows), 3);
    expect(() => leaveOneOutAccuracy(t, labels, 0)).toThrow();
    expect(() => leaveOneOutAccuracy(t, labels, 4)).toThrow();
  });
});

describe('the chapter exercise "knn-by-hand"', () => {
  it('has the answers its checks state (A = 0, B = 1)', () => {
    const t = neighbourTable(fromRows([[0], [1], [3], [6], [10]]), 3);
    const labels = [0, 0, 1, 1, 0];
    expect(leaveOneOutAccuracy(t, labels, 1)).toBe(0.6);
    expect(leaveOneOutAccuracy(t, labels, 3)).toBe(0);
    expect(neighboursOf(t, 2, 3).map((n) => n.index)).toEqual([1, 0, 3]);
  });
});
