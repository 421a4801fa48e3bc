/** The shared PCA core: the closed-form 2 × 2 case against the chapter's hand-worked example, and the general identities against ml-matrix. */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { eigenSym2, pca2, projectOnAxis, type Vec2 } from '~/lib/linalg/eigen2';
import { covariance, cumulativeShare, meanSquaredError, project, reconstruct, type Basis } from '~/lib/linalg/pca';
import { mulberry32, normalSampler } from '~/lib/rng';

/** The chapter's worked example: five points with mean (2, 1) and covariance [[5, 2], [2, 2]]. */
const WORKED: Vec2[] = [
  [-1, -1],
  [1, 1],
  [2, 1],
  [3, 3],
  [5, 1],
];

describe('2 × 2 symmetric eigen-decomposition', () => {
  it('matches the hand-worked example: λ = 6 and 1, u₁ = (2, 1)/√5', () => {
    const p = pca2(WORKED);
    expect(p.mean).toEqual([2, 1]);
    expect(p.cov[0]).toBeCloseTo(5, 12);
    expect(p.cov[1]).toBeCloseTo(2, 12);
    expect(p.cov[2]).toBeCloseTo(2, 12);
    expect(p.values[0]).toBeCloseTo(6, 12);
    expect(p.values[1]).toBeCloseTo(1, 12);
    expect(p.vectors[0][0]).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(p.vectors[0][1]).toBeCloseTo(1 / Math.sqrt(5), 12);
    expect(p.share1).toBeCloseTo(6 / 7, 12);
    // Projection onto u₁ loses (n − 1) λ₂ = 4 in squared distance.
    const proj = projectOnAxis(WORKED, p.mean, p.vectors[0]);
    expect(proj.totalSquaredError).toBeCloseTo(4, 12);
    expect(proj.residualVariance).toBeCloseTo(p.values[1], 12);
    expect(proj.feet[4]?.[0]).toBeCloseTo(2 + 12 / 5, 12);
  });

  it('gives orthonormal eigenvectors with A u = λ u, the larger value first, for any symmetric matrix', () => {
    const u = mulberry32(7);
    for (let t = 0; t < 200; t++) {
      const [a, b, c] = [4 * u() - 2, 4 * u() - 2, 4 * u() - 2];
      const e = eigenSym2(a, b, c);
      expect(e.values[0]).toBeGreaterThanOrEqual(e.values[1]);
      expect(e.values[0] + e.values[1]).toBeCloseTo(a + c, 10);
      e.vectors.forEach((v, i) => {
        const l = e.values[i] ?? NaN;
        expect(Math.hypot(v[0], v[1])).toBeCloseTo(1, 12);
        expect(a * v[0] + b * v[1]).toBeCloseTo(l * v[0], 10);
        expect(b * v[0] + c * v[1]).toBeCloseTo(l * v[1], 10);
      });
      const [v1, v2] = e.vectors;
      expect(v1[0] * v2[0] + v1[1] * v2[1]).toBeCloseTo(0, 12);
    }
  });

  it('handles a diagonal and an isotropic covariance', () => {
    expect(eigenSym2(1, 0, 3).vectors[0]).toEqual([expect.closeTo(0, 12), 1]);
    expect(eigenSym2(2, 0, 2).values).toEqual([2, 2]);
  });
});

/** Correlated 6-d data and its PCA by ml-matrix, as a d × d check of the general identities. */
function sixDims() {
  const normal = normalSampler(mulberry32(3));
  const mix = Array.from({ length: 36 }, () => normal());
  const rows = Array.from({ length: 300 }, () => {
    const z = Array.from({ length: 6 }, () => normal());
    return Float64Array.from({ length: 6 }, (_, i) => 1 + i + z.reduce((s, v, j) => s + v * (mix[i * 6 + j] ?? 0) * (j + 1), 0));
  });
  const { mean, cov } = covariance(rows, 6);
  const eig = new EigenvalueDecomposition(
    new Matrix(Array.from({ length: 6 }, (_, i) => Array.from(cov.subarray(i * 6, i * 6 + 6)))),
    {
      assumeSymmetric: true,
    },
  );
  const order = eig.realEigenvalues.map((v, i) => [v, i] as const).sort((p, q) => q[0] - p[0]);
  const values = order.map(([v]) => v);
  const components = Float64Array.from(order.flatMap(([, i]) => eig.eigenvectorMatrix.getColumn(i)));
  const basis: Basis = { dim: 6, count: 6, mean, components };
  return { rows, cov, values, basis };
}

describe('projection and reconstruction in d dimensions', () => {
  const { rows, cov, values, basis } = sixDims();
  const trace = [0, 1, 2, 3, 4, 5].reduce((s, i) => s + (cov[i * 7] ?? 0), 0);

  it('has eigenvalues that sum to the total variance, and a cumulative share ending at 1', () => {
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(trace, 8);
    expect(cumulativeShare(values, trace).at(-1)).toBeCloseTo(1, 12);
  });

  it('gives coefficients whose variance on component j is λⱼ', () => {
    for (let j = 0; j < 6; j++) {
      const z = rows.map((x) => project(basis, x, 6)[j] ?? 0);
      expect(z.reduce((s, v) => s + v * v, 0) / (rows.length - 1)).toBeCloseTo(values[j] ?? NaN, 8);
    }
  });

  it('reconstructs exactly with every component, and its mean error is the sum of the discarded eigenvalues', () => {
    let last = Infinity;
    for (let k = 0; k <= 6; k++) {
      const err = rows.reduce((s, x) => s + 6 * meanSquaredError(x, reconstruct(basis, project(basis, x, k))), 0);
      const discarded = values.slice(k).reduce((s, v) => s + v, 0);
      expect(err / (rows.length - 1)).toBeCloseTo(discarded, 8);
      expect(err).toBeLessThanOrEqual(last + 1e-9);
      last = err;
    }
    expect(last).toBeCloseTo(0, 8);
  });

  it('rejects a k outside the basis', () => {
    expect(() => project(basis, rows[0] ?? [], 7)).toThrow(RangeError);
    expect(() => reconstruct(basis, [1, 2, 3, 4, 5, 6, 7])).toThrow(RangeError);
  });
});
