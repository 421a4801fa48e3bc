/** Chapter 6's widget cores: prior and fitted codes, slerp, and the latent map's geometry. */
import { describe, expect, it } from 'vitest';
import { bernoulliDraws, cholesky, fitGaussian, fittedCodes, priorCodes, spreadOf } from '~/widgets/sampling/core';
import { interpolate, lerp, norm, slerp } from '~/widgets/interpolation/core';
import {
  CANVAS_PX,
  TILES,
  TILE_PX,
  clampView,
  fromCanvas,
  massRadius,
  tileStep,
  toCanvas,
  visibleTiles,
  zoomAbout,
} from '~/widgets/latent-map/core';

describe('random codes', () => {
  it('prior codes are T ε, replay from the seed, and have the right moments', () => {
    const a = priorCodes(4000, 16, 1, 3);
    expect(priorCodes(4000, 16, 1, 3)).toEqual(a);
    const half = priorCodes(4000, 16, 0.5, 3);
    expect(half[10]).toBeCloseTo(0.5 * (a[10] as number), 6);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const variance = a.reduce((s, v) => s + v * v, 0) / a.length - mean * mean;
    expect(Math.abs(mean)).toBeLessThan(0.02); // sd of the mean is 1/sqrt(64000) ≈ 0.004
    expect(variance).toBeCloseTo(1, 1);
    expect(priorCodes(3, 16, 0, 9).every((v) => v === 0)).toBe(true);
  });

  it('cholesky factors a known matrix', () => {
    // [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]].
    const l = cholesky([4, 2, 2, 3], 2);
    expect(Array.from(l)).toEqual([2, 0, 1, Math.SQRT2].map((v, i) => (i === 3 ? l[3] : v)));
    expect(l[3]).toBeCloseTo(Math.SQRT2, 12);
    expect(() => cholesky([1, 2, 2, 1], 2)).toThrow(/positive definite/);
  });

  it('fitGaussian recovers mean and covariance, and fittedCodes reproduces them', () => {
    const mean = [1, -2];
    const cov = [2, 0.6, 0.6, 0.5];
    const codes = fittedCodes({ mean, cov }, 20000, 1, 5);
    const fit = fitGaussian(codes, 20000, 2);
    expect(fit.mean[0]).toBeCloseTo(1, 1);
    expect(fit.mean[1]).toBeCloseTo(-2, 1);
    fit.cov.forEach((v, i) => expect(Math.abs(v - (cov[i] as number))).toBeLessThan(0.05));
    expect(fit.cov[1]).toBe(fit.cov[2]);
    // Temperature 0 collapses every code onto the mean.
    expect(Array.from(fittedCodes({ mean, cov }, 2, 0, 1))).toEqual([1, -2, 1, -2]);
    // By hand: fitGaussian of (0,0), (2,0), (1,3): mean (1,1), cov [[1, 0], [0, 3]].
    const hand = fitGaussian([0, 0, 2, 0, 1, 3], 3, 2);
    expect(hand.mean).toEqual([1, 1]);
    expect(hand.cov).toEqual([1, 0, 0, 3]);
  });

  it('Bernoulli draws are 0/1 with the given probabilities', () => {
    const p = new Float32Array(20000).fill(0.3);
    const x = bernoulliDraws(p, 2);
    expect(x.every((v) => v === 0 || v === 1)).toBe(true);
    expect(Math.abs(x.reduce((s, v) => s + v, 0) / x.length - 0.3)).toBeLessThan(0.015);
    expect(Array.from(bernoulliDraws([0, 1, 0, 1], 3))).toEqual([0, 1, 0, 1]);
  });
});

describe('interpolation', () => {
  const z0 = [3, 0, 0];
  const z1 = [0, 4, 0];

  it('both paths start and end at the codes', () => {
    for (const f of [lerp, slerp]) {
      Array.from(f(z0, z1, 0)).forEach((v, i) => expect(v).toBeCloseTo(z0[i] as number, 6));
      Array.from(f(z0, z1, 1)).forEach((v, i) => expect(v).toBeCloseTo(z1[i] as number, 6));
    }
  });

  it('slerp between orthogonal unit vectors is (z0 + z1)/√2 at the middle and keeps unit length', () => {
    const mid = slerp([1, 0], [0, 1], 0.5);
    expect(mid[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(mid[1]).toBeCloseTo(Math.SQRT1_2, 6);
    for (const t of [0.1, 0.3, 0.77]) expect(norm(slerp([1, 0], [0, 1], t))).toBeCloseTo(1, 6);
    // The chapter's exercise: orthogonal codes of length 4 in 16-d: the line's midpoint has length 2√2, slerp's 4.
    const a = new Array(16).fill(0).map((_, i) => (i === 0 ? 4 : 0));
    const b = new Array(16).fill(0).map((_, i) => (i === 1 ? 4 : 0));
    expect(norm(lerp(a, b, 0.5))).toBeCloseTo(2 * Math.SQRT2, 5);
    expect(norm(slerp(a, b, 0.5))).toBeCloseTo(4, 5);
  });

  it('slerp follows the angle: at t the vector is at angle tΩ from z0', () => {
    const z = slerp([1, 0], [Math.cos(2), Math.sin(2)], 0.25);
    expect(Math.atan2(z[1] as number, z[0] as number)).toBeCloseTo(0.5, 6);
  });

  it('near-parallel, antiparallel or zero codes fall back to the straight line', () => {
    const a = [1, 2, 3];
    const b = [2, 4, 6 + 1e-9]; // parallel up to rounding
    expect(Array.from(slerp(a, b, 0.3))).toEqual(Array.from(lerp(a, b, 0.3)));
    const anti = [-1, -2, -3];
    expect(Array.from(slerp(a, anti, 0.5))).toEqual(Array.from(lerp(a, anti, 0.5)));
    expect(Array.from(slerp([0, 0, 0], a, 0.5))).toEqual(Array.from(lerp([0, 0, 0], a, 0.5)));
    expect(Array.from(slerp(a, a, 0.7)).every((v, i) => Math.abs(v - (a[i] as number)) < 1e-6)).toBe(true);
    expect(slerp(a, b, 0.3).every(Number.isFinite)).toBe(true);
  });

  it('interpolate gives `steps` codes, t = k/(steps − 1)', () => {
    const path = interpolate(z0, z1, 5, 'linear');
    expect(path.length).toBe(15);
    expect(Array.from(path.subarray(6, 9))).toEqual([1.5, 2, 0]);
    expect(Array.from(interpolate(z0, z1, 3, 'slerp').subarray(6, 9))).toEqual(z1);
  });
});

describe('latent map geometry', () => {
  const view = { x: 0, y: 0, zoom: 1 };

  it('maps the view square onto the canvas, y up', () => {
    expect(toCanvas(view, -3, 3)).toEqual([0, 0]);
    expect(toCanvas(view, 3, -3)).toEqual([CANVAS_PX, CANVAS_PX]);
    const [x, y] = fromCanvas({ x: 1, y: -2, zoom: 2 }, 105, 315);
    const [px, py] = toCanvas({ x: 1, y: -2, zoom: 2 }, x, y);
    expect(px).toBeCloseTo(105, 9);
    expect(py).toBeCloseTo(315, 9);
  });

  it('the default view shows exactly 15 × 15 tiles, edge to edge', () => {
    const tiles = visibleTiles(view);
    expect(tiles.length).toBe(TILES * TILES);
    expect(Math.min(...tiles.map((t) => t.px))).toBe(0);
    expect(Math.max(...tiles.map((t) => t.px))).toBe(CANVAS_PX - TILE_PX);
    expect(tiles[0]?.zx).toBeCloseTo(-2.8, 12);
    expect(tiles[0]?.py).toBe(0);
  });

  it('panning by a fraction of a tile keeps the lattice: at most one new row and column', () => {
    const s = tileStep(1);
    const moved = visibleTiles({ x: 0.3 * s, y: 0.2 * s, zoom: 1 });
    const before = new Set(visibleTiles(view).map((t) => `${t.i},${t.j}`));
    const fresh = moved.filter((t) => !before.has(`${t.i},${t.j}`));
    expect(moved.length).toBe(16 * 16);
    expect(fresh.length).toBe(16 + 15);
  });

  it('zooming about a point keeps it fixed on screen; views are clamped', () => {
    const v = zoomAbout(view, 2, 1, 1);
    expect(toCanvas(v, 1, 1)[0]).toBeCloseTo(toCanvas(view, 1, 1)[0], 9);
    expect(toCanvas(v, 1, 1)[1]).toBeCloseTo(toCanvas(view, 1, 1)[1], 9);
    expect(clampView({ x: 99, y: -99, zoom: 100 })).toEqual({ x: 12, y: -12, zoom: 6 });
  });

  it('the 95% circle of the 2-d standard normal has radius ≈ 2.45', () => {
    expect(massRadius(0.95)).toBeCloseTo(2.4477, 4);
    expect(1 - Math.exp(-(massRadius(0.5) ** 2) / 2)).toBeCloseTo(0.5, 12);
  });
});

describe('spreadOf', () => {
  it('reads the standard deviations off the covariance diagonal and the largest |mean|', () => {
    const s = spreadOf({ mean: [1, -3, 2], cov: [4, 0.5, 0, 0.5, 9, 0, 0, 0, 0.25] });
    expect(s).toEqual({ sdMin: 0.5, sdMax: 3, meanAbsMax: 3 });
  });
});
