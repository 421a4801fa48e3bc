import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  logDensity,
  logGaussian,
  logSumExp,
  meanLogDensity,
  responsibilities,
  sample,
  type Gaussian,
} from '~/widgets/gaussian-mixture/core';

const standard: Gaussian = { weight: 1, mean: [0, 0], cov: [1, 0, 1] };

describe('Gaussian mixture core', () => {
  it('scores the standard normal at its mean as −log 2π', () => {
    expect(logGaussian(standard, [0, 0])).toBeCloseTo(-Math.log(2 * Math.PI), 12);
  });

  it('matches a hand computation for a correlated Gaussian', () => {
    // Σ = [[2, 1], [1, 2]], |Σ| = 3, Σ⁻¹ = [[2, −1], [−1, 2]] / 3; at x − μ = (1, 0) the quadratic form is 2/3.
    const g: Gaussian = { weight: 1, mean: [1, 1], cov: [2, 1, 2] };
    const expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(3) - 0.5 * (2 / 3);
    expect(logGaussian(g, [2, 1])).toBeCloseTo(expected, 12);
  });

  it('integrates to one over the plane (Riemann sum)', () => {
    const mix = PRESETS.three.mixture;
    const h = 0.05;
    let total = 0;
    for (let x = -12; x < 12; x += h) for (let y = -12; y < 12; y += h) total += Math.exp(logDensity(mix, [x, y])) * h * h;
    expect(total).toBeCloseTo(1, 3);
  });

  it('log-sum-exp survives values that would underflow exp', () => {
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.log(2), 12);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });

  it('responsibilities sum to one and are 1/2 half-way between two equal clusters', () => {
    const mix = PRESETS.two.mixture;
    const r = responsibilities(mix, [0, 0.25]);
    expect(r[0]! + r[1]!).toBeCloseTo(1, 12);
    expect(r[0]).toBeCloseTo(0.5, 12);
  });

  it('draws reproducible samples whose moments match the mixture', () => {
    const mix = PRESETS.three.mixture;
    const a = sample(mix, 20000, 7);
    expect(sample(mix, 5, 7)).toEqual(a.slice(0, 5));
    const meanX = a.reduce((s, p) => s + p.x, 0) / a.length;
    const expectedX = mix.reduce((s, g) => s + g.weight * g.mean[0], 0);
    expect(meanX).toBeCloseTo(expectedX, 1);
    const share0 = a.filter((p) => p.k === 0).length / a.length;
    expect(share0).toBeCloseTo(mix[0]!.weight, 1.5);
  });

  it('samples the covariance it was given (Cholesky)', () => {
    const g: Gaussian = { weight: 1, mean: [0, 0], cov: [1.5, 0.9, 1] };
    const s = sample([g], 40000, 3);
    const cov = s.reduce((acc, p) => acc + p.x * p.y, 0) / s.length;
    const vy = s.reduce((acc, p) => acc + p.y * p.y, 0) / s.length;
    expect(cov).toBeCloseTo(0.9, 1);
    expect(vy).toBeCloseTo(1, 1);
  });

  it('the average log-density of its own samples estimates −entropy', () => {
    // For a 2-D Gaussian, H = 1 + log 2π + ½ log|Σ|.
    const s = sample([standard], 40000, 11);
    expect(meanLogDensity([standard], s)).toBeCloseTo(-(1 + Math.log(2 * Math.PI)), 1);
    expect(meanLogDensity([standard], [])).toBeNaN();
  });
});
