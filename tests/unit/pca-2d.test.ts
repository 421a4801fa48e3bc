/** The two-dimensional PCA figure's data: seeded, shaped by its parameters, and the arc defeats one straight line. */
import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { EXTENT, POINTS, analyse, angleDegrees, makePoints, type Vec2 } from '~/widgets/pca-2d/core';
import { chartOptions, patchChart, type DrawnPlot } from '~/widgets/pca-2d/plot';
import { schema } from '~/widgets/pca-2d/state';
import { defaults } from '~/lib/url-state';

const base = defaults(schema);

describe('the 2-d PCA figure', () => {
  it('draws the same points for the same seed and others for another', () => {
    expect(makePoints(base)).toEqual(makePoints(base));
    expect(makePoints({ ...base, seed: 2 })).not.toEqual(makePoints(base));
    expect(makePoints(base)).toHaveLength(POINTS);
    for (const [x, y] of makePoints({ ...base, spread: 2.5 }))
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(EXTENT);
  });

  it('tilts the first axis with the correlation and lengthens it with the spread', () => {
    const up = analyse(makePoints({ ...base, rho: 0.9, spread: 1 }));
    const down = analyse(makePoints({ ...base, rho: -0.9, spread: 1 }));
    expect(angleDegrees(up.pca.vectors[0])).toBeGreaterThan(30);
    expect(angleDegrees(down.pca.vectors[0])).toBeLessThan(-30);
    const flat = analyse(makePoints({ ...base, rho: 0, spread: 2.5 }));
    expect(Math.abs(angleDegrees(flat.pca.vectors[0]))).toBeLessThan(15);
    expect(flat.pca.share1).toBeGreaterThan(0.8);
  });

  it('loses (n − 1) λ₂ in squared distance when projecting onto the first axis', () => {
    for (const data of ['gaussian', 'arc'] as const) {
      const a = analyse(makePoints({ ...base, data }));
      expect(a.projection.totalSquaredError).toBeCloseTo((POINTS - 1) * a.pca.values[1], 9);
    }
  });

  it('leaves a large share of the arc’s variance off its first axis', () => {
    const arc = analyse(makePoints({ ...base, data: 'arc' }));
    expect(arc.pca.share1).toBeLessThan(0.85);
    expect(analyse(makePoints({ ...base, rho: 0.95, spread: 1 })).pca.share1).toBeGreaterThan(0.9);
  });
});

describe('the 2-d PCA chart, moved in place', () => {
  const draw = (points: Vec2[], selected: number) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const a = analyse(points);
    return Plot.plot({ ...chartOptions(points, a, selected), document: document as unknown as Document }) as DrawnPlot;
  };
  const geometry = (plot: Element) =>
    [...plot.querySelectorAll('circle, path')].map((el) => [el.getAttribute('cx'), el.getAttribute('cy'), el.getAttribute('d')]);

  it('equals the chart drawn anew for the moved points and selection', () => {
    const before = makePoints(base);
    const after = before.map(([x, y], i): Vec2 => (i === 7 ? [x + 1.3, y - 0.8] : [x, y]));
    const plot = draw(before, 0);
    expect(patchChart(plot, after, analyse(after), 7)).toBe(true);
    const fresh = draw(after, 7);
    // Same marks, same order, same positions (Plot writes paths to 3 decimals, the patch in full).
    const numbers = (plot: Element) =>
      geometry(plot).flatMap((g) => g.flatMap((v) => (v ?? '').match(/-?\d+(\.\d+)?/g) ?? []).map(Number));
    const [got, want] = [numbers(plot), numbers(fresh)];
    expect(got).toHaveLength(want.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i] as number, 2));
    expect(geometry(plot)).not.toEqual(geometry(draw(before, 0)));
  });

  it('refuses points of another count, so the chart is drawn anew', () => {
    const points = makePoints(base);
    const plot = draw(points, 0);
    const fewer = points.slice(1);
    expect(patchChart(plot, fewer, analyse(fewer), 0)).toBe(false);
  });
});
