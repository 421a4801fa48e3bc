import { describe, expect, it } from 'vitest';
import { dataRows, describeHistory, describeStep, objectives, toPoints, toggleAt, traceFor } from '~/widgets/kmeans-steps/core';
import { schema } from '~/widgets/kmeans-steps/state';
import { lloydTrace, makeDataSet } from '~/lib/clustering';
import { readState } from '~/lib/url-state';

describe('k-means figure', () => {
  it('runs the library’s trace on the data set as drawn', () => {
    const rows = dataRows('blobs');
    const { points } = makeDataSet('blobs', 1);
    expect(rows).toHaveLength(points.n);
    const mine = traceFor(toPoints(rows), { k: 3, init: 'random', seed: 5, steps: 5 });
    const lib = lloydTrace(points, 3, 'random', 5, 5);
    expect(mine.map((s) => s.objective)).toEqual(lib.map((s) => s.objective));
    expect(objectives(mine).map((o) => o.kind)).toEqual(['assign', 'update', 'assign', 'update', 'assign']);
  });

  it('adds a point in empty space and removes the one clicked on', () => {
    const rows: [number, number][] = [
      [0, 0],
      [1, 1],
    ];
    expect(toggleAt(rows, 3, 3, 0.1)).toHaveLength(3);
    expect(toggleAt(rows, 1.05, 1, 0.1)).toEqual([[0, 0]]);
  });

  it('says where the algorithm is, and when it has converged', () => {
    const P = toPoints(dataRows('blobs'));
    expect(describeStep(traceFor(P, { k: 3, init: 'kmeans++', seed: 1, steps: 0 }))).toMatch(/^Initialised/);
    const full = traceFor(P, { k: 3, init: 'kmeans++', seed: 1, steps: 200 });
    expect(describeStep(full)).toMatch(/^Converged/);
    expect(describeHistory(full).split(', ')).toHaveLength(full.length - 1);
    expect(traceFor(toPoints([]), { k: 3, init: 'random', seed: 1, steps: 3 })).toEqual([]);
  });

  it('reads a link and rejects what it does not understand', () => {
    const ok = readState('kmeans', schema, '?kmeans.data=moons&kmeans.k=4&kmeans.init=kmeans%2B%2B&kmeans.seed=9&kmeans.steps=6');
    expect(ok.state).toEqual({ data: 'moons', k: 4, init: 'kmeans++', seed: 9, steps: 6 });
    const bad = readState('kmeans', schema, '?kmeans.k=11&kmeans.data=rings');
    expect(bad.state.k).toBe(3);
    expect(bad.problems).toHaveLength(2);
  });
});
