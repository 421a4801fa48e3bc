/** The eigen-digits core on the shipped PCA model and the held-out digits: orthonormal, sorted, and equal to the card's errors. */
import { describe, expect, it } from 'vitest';
import { meanSquaredError, project } from '~/lib/linalg/pca';
import { HELD_OUT } from '~/lib/digits/sets';
import { component, cumulative, expectedMse, rebuild } from '~/widgets/eigen-digits/core';
import { divergingRgb } from '~/widgets/eigen-digits/diverging';
import { shippedEigen } from '~/widgets/eigen-digits/build-time';
import card from '../../public/models/pca/card.json' with { type: 'json' };

const { m, x } = await shippedEigen();

describe('the shipped PCA model as the core reads it', () => {
  it('has orthonormal components (to float16 precision)', () => {
    for (let i = 0; i < m.count; i++) {
      for (let j = i; j < m.count; j++) {
        const a = component(m, i);
        const b = component(m, j);
        const dot = a.reduce((s, v, p) => s + v * (b[p] ?? 0), 0);
        expect(Math.abs(dot - (i === j ? 1 : 0))).toBeLessThan(2e-3);
      }
    }
  });

  it('has eigenvalues sorted from largest down, all below the total variance in sum', () => {
    for (let j = 1; j < m.count; j++) expect(m.variances[j]).toBeLessThanOrEqual(m.variances[j - 1] ?? 0);
    const shares = cumulative(m);
    expect(shares.at(-1)).toBeLessThan(1);
    expect(shares[1]).toBeCloseTo(card.training.varianceExplainedByFirst['2'], 4);
    expect(shares[15]).toBeCloseTo(card.training.varianceExplainedByFirst['16'], 4);
    expect(shares[63]).toBeCloseTo(card.training.varianceExplainedByFirst['64'], 4);
  });

  it('gives held-out errors that fall with k and equal the card’s for k = 2, 16 and 64', () => {
    const mean = (k: number) => {
      let s = 0;
      for (let i = 0; i < HELD_OUT; i++) s += rebuild(m, x(i), k).mse;
      return s / HELD_OUT;
    };
    const errs = [0, 1, 2, 4, 8, 16, 32, 64].map((k) => [k, mean(k)] as const);
    for (let i = 1; i < errs.length; i++) expect(errs[i]?.[1]).toBeLessThan(errs[i - 1]?.[1] ?? 0);
    const at = (k: number) => errs.find(([kk]) => kk === k)?.[1] ?? NaN;
    // The card's numbers were summed in float32 by TF.js; the core sums in float64.
    const near = (a: number, b: number) => expect(Math.abs(a / b - 1)).toBeLessThan(5e-4);
    near(at(2), card.metrics.heldOut.shipped.mse_k2);
    near(at(16), card.metrics.heldOut.shipped.mse_k16);
    near(at(64), card.metrics.heldOut.shipped.mse_k64);
    // On unseen digits the error is close to, not equal to, the training digits' discarded variance.
    for (const [k, e] of errs) expect(Math.abs(e / expectedMse(m, k, card.trainingData.split.train) - 1)).toBeLessThan(0.15);
  });

  it('splits a digit’s squared distance from the mean into kept and discarded parts (Pythagoras)', () => {
    const digit = x(7);
    const far = meanSquaredError(digit, m.mean) * m.dim;
    for (const k of [1, 10, 40]) {
      const z = project(m, digit, k);
      const kept = z.reduce((s, v) => s + v * v, 0);
      expect(rebuild(m, digit, k).mse * m.dim).toBeCloseTo(far - kept, 2);
    }
  });

  it('rebuilds the mean from no components', () => {
    const r = rebuild(m, x(0), 0);
    expect(r.z.length).toBe(0);
    expect(r.pixels[300]).toBeCloseTo(m.mean[300] ?? NaN, 6);
  });
});

describe('the diverging palette', () => {
  it('is the page colour at zero and its two ends at ±1, in both themes', () => {
    expect(divergingRgb(0, 'light')).toEqual([255, 255, 255]);
    expect(divergingRgb(-1, 'light')).toEqual([33, 102, 172]);
    expect(divergingRgb(2, 'dark')).toEqual([240, 150, 60]);
  });
});
