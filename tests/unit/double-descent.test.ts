import { Matrix, pseudoInverse } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  P_MAX,
  bestP,
  curveGrid,
  defaultSummary,
  design,
  errorCurve,
  errorsAt,
  evaluate,
  fit,
  fitBasis,
  makeBasis,
  makeData,
  makeFeatures,
  observations,
  peakP,
  seedRange,
  seedSurvey,
  testGrid,
} from '~/widgets/double-descent/core';
import { pinvSolve, symEigen } from '~/lib/linalg/sym-eigen';

/** w = Φ⁺y by ml-matrix's SVD-based pseudo-inverse: the reference. */
function referenceWeights(n: number, p: number, noise: number, seed: number): Float64Array {
  const d = makeData(n, seed);
  const phi = design(d.x, makeFeatures(p, n, seed), p);
  const rows = Array.from({ length: n }, (_, i) => Array.from(phi.subarray(i * p, (i + 1) * p)));
  const w = pseudoInverse(new Matrix(rows)).mmul(Matrix.columnVector(Array.from(observations(d, noise))));
  return Float64Array.from(w.getColumn(0));
}

describe('symmetric eigen-decomposition and pseudo-inverse solve', () => {
  it('reconstructs a symmetric matrix from its eigenpairs', () => {
    const a = [4, 1, 2, 1, 3, 0, 2, 0, 5];
    const { values, vectors } = symEigen(a, 3);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += (vectors[i * 3 + k] ?? 0) * (values[k] ?? 0) * (vectors[j * 3 + k] ?? 0);
        expect(s).toBeCloseTo(a[i * 3 + j] ?? NaN, 12);
      }
  });

  it('gives the minimum-norm solution of a singular system: [[1, 1], [1, 1]] x = [2, 2] → x = (1, 1)', () => {
    const [x] = pinvSolve(symEigen([1, 1, 1, 1], 2), 2, [[2, 2]], 1e-12);
    expect(Array.from(x ?? [])).toEqual([expect.closeTo(1, 12), expect.closeTo(1, 12)]);
  });
});

describe('minimum-norm least squares with random Fourier features', () => {
  it.each([
    [8, 3],
    [8, 8],
    [8, 30],
  ])('matches ml-matrix’s pseudo-inverse for n = %i, p = %i', (n, p) => {
    const d = makeData(n, 4);
    const ours = fit(d, observations(d, 0.3), p, 4).w;
    const ref = referenceWeights(n, p, 0.3, 4);
    const scale = Math.max(...Array.from(ref, Math.abs));
    for (let j = 0; j < p; j++) expect(Math.abs((ours[j] ?? NaN) - (ref[j] ?? NaN)) / scale).toBeLessThan(1e-6);
  });

  it('interpolates the data when p ≥ n, and not below', () => {
    const d = makeData(DEFAULTS.n, DEFAULTS.seed);
    const y = observations(d, DEFAULTS.noise);
    for (const p of [DEFAULTS.n, DEFAULTS.n + 1, 3 * DEFAULTS.n, P_MAX])
      expect(fit(d, y, p, DEFAULTS.seed).trainError).toBeLessThan(1e-12);
    expect(fit(d, y, DEFAULTS.n - 5, DEFAULTS.seed).trainError).toBeGreaterThan(1e-3);
  });

  it('the curve’s errors, from their quadratics in σ, equal a direct fit at every σ', () => {
    const d = makeData(12, 2);
    const curve = errorCurve(d, 60, 2);
    for (const noise of [0, 0.25, 1])
      for (const point of curve.filter((c) => [1, 11, 12, 13, 60].includes(c.p))) {
        const direct = fit(d, observations(d, noise), point.p, 2);
        const q = errorsAt(point, noise);
        expect(q.test).toBeCloseTo(direct.testError, 8);
        expect(q.train).toBeCloseTo(direct.trainError, 8);
      }
  });

  it('a fit from the shared basis (the live figure’s) equals a fit from p features alone, and evaluate equals predict', () => {
    const d = makeData(15, 3);
    const y = observations(d, 0.4);
    const basis = makeBasis(d, 3);
    for (const p of [1, 14, 15, 16, 120, P_MAX]) {
      const shared = fitBasis(basis, y, p);
      const alone = fit(d, y, p, 3);
      expect(Array.from(shared.w)).toEqual(Array.from(alone.w));
      expect([shared.trainError, shared.testError, shared.norm]).toEqual([alone.trainError, alone.testError, alone.norm]);
      expect(Array.from(evaluate(basis.atTest, shared.w, p))).toEqual(Array.from(testGrid(), alone.predict));
    }
    expect(() => fitBasis(makeBasis(d, 3, 10), y, 11)).toThrow(RangeError);
  });

  it('the grid covers every p to 100 and ends at the largest', () => {
    const g = curveGrid(P_MAX);
    expect(g.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(g.at(-1)).toBe(P_MAX);
    expect(g.every((p, i) => i === 0 || p > (g[i - 1] ?? 0))).toBe(true);
  });
});

describe('double descent on the figure’s default data', () => {
  const d = makeData(DEFAULTS.n, DEFAULTS.seed);
  const curve = errorCurve(d, P_MAX, DEFAULTS.seed);
  const at = (p: number) => errorsAt(curve.find((c) => c.p === p) ?? (curve[0] as never), DEFAULTS.noise);

  it('the test error peaks at p = n + 1 = 21, within one feature of the interpolation threshold', () => {
    expect(peakP(curve, DEFAULTS.noise)).toBe(21);
    expect(Math.abs(peakP(curve, DEFAULTS.noise) - DEFAULTS.n)).toBeLessThanOrEqual(1);
  });

  it('descends a second time: far past the threshold it is below the best of the classical regime', () => {
    const classical = Math.min(...curve.filter((c) => c.p < DEFAULTS.n).map((c) => errorsAt(c, DEFAULTS.noise).test));
    expect(at(P_MAX).test).toBeLessThan(classical);
    expect(bestP(curve, DEFAULTS.noise)).toBeGreaterThan(DEFAULTS.n);
    expect(at(21).test).toBeGreaterThan(5 * at(P_MAX).test);
  });

  it('the weight norm is largest near the threshold and shrinks as p grows past it', () => {
    const y = observations(d, DEFAULTS.noise);
    const norm = (p: number) => fit(d, y, p, DEFAULTS.seed).norm;
    expect(norm(21)).toBeGreaterThan(norm(40));
    expect(norm(40)).toBeGreaterThan(norm(P_MAX));
  });

  it('the weight norm peaks at p = n = 20, one feature before the test error: the summary says so', () => {
    const y = observations(d, DEFAULTS.noise);
    const norms = curveGrid(P_MAX).map((p) => ({ p, norm: fit(d, y, p, DEFAULTS.seed).norm }));
    const top = norms.reduce((a, b) => (b.norm > a.norm ? b : a));
    expect(top.p).toBe(20);
    const s = defaultSummary();
    expect(s.normPeak).toBe(top.p);
    expect(s.normPeak).toBe(DEFAULTS.n);
    expect(s.peak).toBe(21);
    expect(s.best).toBe(bestP(curve, DEFAULTS.noise));
    expect(s.farBeatsClassical).toBe(true);
  });
});

describe('the survey of seeds at the default n and σ', () => {
  it('counts what direct fits at each seed find', () => {
    const seeds = seedRange(30);
    expect(seeds).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const { n, noise } = DEFAULTS;
    let near = 0;
    let far = 0;
    for (const seed of seeds) {
      // Direct fits, not the curve's quadratics in σ: the peak over the p ≤ 3n where it can be, and the far end against p < n.
      const d = makeData(n, seed);
      const y = observations(d, noise);
      const basis = makeBasis(d, seed);
      const test = (p: number) => fitBasis(basis, y, p).testError;
      const early = Array.from({ length: 3 * n }, (_, i) => i + 1).map((p) => ({ p, e: test(p) }));
      const peak = early.reduce((a, b) => (b.e > a.e ? b : a));
      const curvePeak = peakP(errorCurve(d, P_MAX, seed), noise);
      if (curvePeak <= 3 * n) expect(curvePeak).toBe(peak.p);
      if (Math.abs(curvePeak - n) <= 2) near++;
      const classical = Math.min(...early.filter((c) => c.p < n).map((c) => c.e));
      if (test(P_MAX) < classical) far++;
    }
    expect(seedSurvey(seeds)).toEqual({ seeds: 30, peakNearN: near, farBeatsClassical: far });
  }, 30_000);
});
