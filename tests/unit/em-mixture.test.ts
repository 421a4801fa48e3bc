import { describe, expect, it } from 'vitest';
import { agreement, assignPoint, computeView, ellipse, hardLabels, mixColour } from '~/widgets/em-mixture/core';
import { schema } from '~/widgets/em-mixture/state';
import { emTrace, kmeans, makeDataSet } from '~/lib/clustering';
import { readState } from '~/lib/url-state';

describe('EM figure', () => {
  it('shows the library’s EM and k-means on the same points', () => {
    const view = computeView('anisotropic', 3, 2, 10);
    const { points } = makeDataSet('anisotropic', 1);
    expect(view.trace.map((s) => s.logLik)).toEqual(emTrace(points, 3, 2, 10).map((s) => s.logLik));
    expect(view.kmeans.objective).toBe(kmeans(points, 3, { init: 'kmeans++', seed: 2 }).objective);
    const a = agreement(view, 3);
    expect(a.em).toBeGreaterThanOrEqual(-1);
    expect(a.em).toBeLessThanOrEqual(1);
  });

  it('assigns a new point to the component of largest responsibility', () => {
    const mix = [
      { weight: 0.5, mean: [-2, 0] as const, cov: [1, 0, 1] as const },
      { weight: 0.5, mean: [2, 0] as const, cov: [1, 0, 1] as const },
    ];
    const left = assignPoint(mix, -1, 0);
    expect(left.best).toBe(0);
    // Equal weights and variances: the responsibility is the logistic of the log-ratio, 4·x₁ here.
    expect(left.resp[0]).toBeCloseTo(1 / (1 + Math.exp(-4)), 12);
    expect(assignPoint(mix, 0, 0).resp[0]).toBeCloseTo(0.5, 12);
  });

  it('draws an ellipse at Mahalanobis distance r and mixes colours by responsibility', () => {
    const c = { weight: 1, mean: [1, 1] as const, cov: [4, 0, 1] as const };
    for (const [x, y] of ellipse(c, 2)) expect((x - 1) ** 2 / 4 + (y - 1) ** 2).toBeCloseTo(4, 9);
    expect(mixColour(['#ff0000', '#0000ff'], [0.5, 0.5], 0, 2)).toBe('#800080');
    expect(mixColour(['#ff0000', '#0000ff'], [1, 0], 0, 2)).toBe('#ff0000');
    expect(Array.from(hardLabels(new Float64Array([0.2, 0.8, 0.9, 0.1]), 2, 2))).toEqual([1, 0]);
  });

  it('reads a link and rejects what it does not understand', () => {
    expect(readState('em', schema, '?em.data=moons&em.k=2&em.steps=7').state).toMatchObject({ data: 'moons', k: 2, steps: 7 });
    const bad = readState('em', schema, '?em.k=0&em.steps=many');
    expect(bad.state.k).toBe(3);
    expect(bad.problems).toHaveLength(2);
  });
});
