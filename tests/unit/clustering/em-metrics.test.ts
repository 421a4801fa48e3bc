import { describe, expect, it } from 'vitest';
import {
  COV_FLOOR,
  DATASET_NAMES,
  adjustedRandIndex,
  emTrace,
  eStep,
  floorCov,
  fromRows,
  logGaussian2,
  makeDataSet,
  mostLikely,
  purity,
  silhouette,
} from '~/lib/clustering';

describe('EM for a 2-d Gaussian mixture', () => {
  it('never decreases the log-likelihood, on every data set, k and seed', () => {
    for (const name of DATASET_NAMES) {
      const { points } = makeDataSet(name, 2);
      for (const k of [1, 3, 6]) {
        for (const seed of [1, 2]) {
          const L = emTrace(points, k, seed, 60).map((s) => s.logLik);
          for (let i = 1; i < L.length; i++) expect(L[i]!).toBeGreaterThanOrEqual(L[i - 1]! - 1e-7 * Math.abs(L[i - 1]!));
        }
      }
    }
  });

  it('gives responsibilities that sum to one and a log-likelihood equal to the sum of log-densities', () => {
    const X = fromRows([
      [0, 0],
      [1, 2],
      [-3, 1],
    ]);
    const mix = [
      { weight: 0.3, mean: [0, 0] as const, cov: [1, 0, 1] as const },
      { weight: 0.7, mean: [1, 1] as const, cov: [2, 1, 2] as const },
    ];
    const { resp, logLik } = eStep(X, mix);
    let want = 0;
    for (let i = 0; i < 3; i++) {
      const [x, y] = [X.data[2 * i]!, X.data[2 * i + 1]!];
      const p = mix.map((c) => c.weight * Math.exp(logGaussian2(c, x, y)));
      want += Math.log(p[0]! + p[1]!);
      expect(resp[2 * i]! + resp[2 * i + 1]!).toBeCloseTo(1, 12);
      expect(resp[2 * i]!).toBeCloseTo(p[0]! / (p[0]! + p[1]!), 12);
    }
    expect(logLik).toBeCloseTo(want, 10);
    // At the origin the first, tighter component is the more likely source.
    expect(mostLikely(mix, 0, 0)).toBe(0);
    expect(mostLikely(mix, 3, 3)).toBe(1);
  });

  it('floors a covariance’s eigenvalues and leaves a healthy one alone', () => {
    expect(floorCov(2, 0.5, 1)).toEqual([2, 0.5, 1]);
    const [a, b, d] = floorCov(1, 1, 1); // eigenvalues 2 and 0
    const mid = (a + d) / 2;
    const rad = Math.sqrt(((a - d) / 2) ** 2 + b * b);
    expect(mid - rad).toBeCloseTo(COV_FLOOR, 12);
    expect(mid + rad).toBeCloseTo(2, 12);
  });

  it('stays finite when a component could collapse onto repeated points', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => [1, 1]),
      ...Array.from({ length: 20 }, (_, i) => [Math.cos(i), Math.sin(i)]),
    ];
    const L = emTrace(fromRows(rows), 3, 4, 80).map((s) => s.logLik);
    for (const v of L) expect(Number.isFinite(v)).toBe(true);
    for (let i = 1; i < L.length; i++) expect(L[i]!).toBeGreaterThanOrEqual(L[i - 1]! - 1e-7 * Math.abs(L[i - 1]!));
  });
});

describe('purity, adjusted Rand index, silhouette', () => {
  it('purity and ARI match hand computations', () => {
    const clusters = [0, 0, 0, 1, 1, 1];
    const classes = [0, 0, 1, 1, 1, 1];
    expect(purity(clusters, classes)).toBeCloseTo(5 / 6, 12);
    // Σ C(n_ij,2) = 1 + 3 = 4; rows 3 + 3 = 6; columns 1 + 6 = 7; C(6,2) = 15; expected 42/15 = 2.8.
    expect(adjustedRandIndex(clusters, classes)).toBeCloseTo((4 - 2.8) / (6.5 - 2.8), 12);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], [5, 5, 3, 3])).toBe(1);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
    expect(purity([3, 3, 7, 7], [1, 2, 1, 2])).toBe(0.5);
  });

  it('silhouette matches a hand computation', () => {
    const X = fromRows([[0], [1], [10], [11]]);
    const s = silhouette(X, new Int32Array([0, 0, 1, 1]), 2);
    expect(s).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
    expect(silhouette(X, new Int32Array([0, 0, 0, 0]), 1)).toBeNaN();
  });
});

describe('data sets', () => {
  it('are seeded and stay inside the plotted window', () => {
    for (const name of DATASET_NAMES) {
      const a = makeDataSet(name, 9);
      expect(Array.from(makeDataSet(name, 9).points.data)).toEqual(Array.from(a.points.data));
      expect(Array.from(makeDataSet(name, 10).points.data)).not.toEqual(Array.from(a.points.data));
      for (const v of a.points.data) expect(Math.abs(v)).toBeLessThan(5);
      expect(new Set(a.classes).size).toBe(a.groups);
    }
  });
});
