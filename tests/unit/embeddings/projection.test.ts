import { describe, expect, it } from 'vitest';
import { EVD, Matrix } from 'ml-matrix';
import { mulberry32 } from '../../../widgets/lib/rng';
import {
  embeddingsFromVectors,
  principalComponents,
  projectRows,
  projectWords2d,
  symmetricEigen,
} from '../../../widgets/lib/embeddings/core';

describe('symmetricEigen', () => {
  it('diagonalises [[2, 1], [1, 2]] into eigenvalues 3 and 1', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    const order = values[0]! > values[1]! ? [0, 1] : [1, 0];
    expect(values[order[0]!]).toBeCloseTo(3, 12);
    expect(values[order[1]!]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[order[0]!]!)).toBeCloseTo(Math.SQRT1_2, 12);
  });
});

describe('principalComponents', () => {
  it('finds the line that points lie on, with all the variance', () => {
    const rows = [-2, -1, 0, 1, 2].map((t) => [1 + 3 * t, 2 + 4 * t]);
    const pcs = principalComponents(rows, 2);
    expect(Array.from(pcs.components[0]!)).toEqual([expect.closeTo(0.6, 10), expect.closeTo(0.8, 10)]);
    expect(pcs.explainedRatio[0]).toBeCloseTo(1, 10);
    expect(pcs.variances[0]).toBeCloseTo((25 * 10) / 4, 8); // Σ t² = 10, ×25, over n − 1 = 4
    expect(projectRows(rows, pcs).map((c) => c[0])).toEqual([-10, -5, 0, 5, 10].map((x) => expect.closeTo(x, 8)));
  });

  it('agrees with ml-matrix on random 20-d data', () => {
    const rng = mulberry32(11);
    const rows = Array.from({ length: 60 }, () => Array.from({ length: 20 }, (_, j) => (rng() - 0.5) * (j + 1)));
    const pcs = principalComponents(rows, 3);
    const x = new Matrix(rows);
    const centred = x.clone().subRowVector(x.mean('column'));
    const cov = centred
      .transpose()
      .mmul(centred)
      .div(rows.length - 1);
    const evd = new EVD(cov, { assumeSymmetric: true });
    const values = [...evd.realEigenvalues].sort((a, b) => b - a);
    for (let c = 0; c < 3; c++) {
      expect(pcs.variances[c]).toBeCloseTo(values[c]!, 8);
      const col = evd.eigenvectorMatrix.getColumn(evd.realEigenvalues.indexOf(values[c]!));
      const agreement = Math.abs(col.reduce((s, v, j) => s + v * pcs.components[c]![j]!, 0));
      expect(agreement).toBeCloseTo(1, 8);
    }
    const trace = values.reduce((s, v) => s + v, 0);
    expect(pcs.explainedRatio[0]).toBeCloseTo(values[0]! / trace, 10);
  });
});

describe('projectWords2d', () => {
  const emb = embeddingsFromVectors(
    ['a', 'b', 'c', 'd'],
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
    ],
  );

  it('maps known words, lists unknown ones and ignores repeats', () => {
    const map = projectWords2d(emb, ['a', 'B', 'c', 'zz', 'a']);
    expect(map.points.map((p) => p.word)).toEqual(['a', 'b', 'c']);
    expect(map.unknown).toEqual(['zz']);
    expect(map.explainedRatio[0] + map.explainedRatio[1]).toBeCloseTo(1, 10); // 3 points span a plane
  });

  it('gives an empty map for fewer than two known words', () => {
    expect(projectWords2d(emb, ['a', 'zz']).points).toEqual([]);
  });
});
