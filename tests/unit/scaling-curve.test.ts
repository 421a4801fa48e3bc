/** The scaling curve's fits, against power laws known exactly and against a hand computation. */
import { describe, expect, it } from 'vitest';
import {
  analyse,
  axisSeries,
  bendAt,
  evaluatePowerLaw,
  fitPowerLaw,
  fitPowerLawWithFloor,
  localSlope,
  logResidual,
  measuredSlopes,
  type ScalingPoint,
  type ScalingResults,
} from '../../widgets/scaling-curve/core';
import { scalingValue } from '../../widgets/scaling-curve/scaling-values';

const XS = [100, 300, 1000, 3000, 9000];

describe('fitPowerLaw', () => {
  it('recovers a pure power law exactly', () => {
    const ys = XS.map((x) => 0.5 * x ** -0.3);
    const f = fitPowerLaw(XS, ys);
    expect(f.a).toBeCloseTo(0.5, 10);
    expect(f.b).toBeCloseTo(0.3, 12);
    expect(f.c).toBe(0);
  });

  it('matches the least-squares slope worked by hand for three points', () => {
    // log10 x = 0, 1, 2; log10 L = 0, −1, −1.5: slope = Σ(dx·dy)/Σdx² = (−1·0.8333 + 1·−0.6667)/2 = −0.75.
    const f = fitPowerLaw([1, 10, 100], [1, 0.1, 10 ** -1.5]);
    expect(f.b).toBeCloseTo(0.75, 12);
    // Intercept: mean log10 L − slope·mean log10 x = −0.8333 + 0.75 = −0.0833.
    expect(Math.log10(f.a)).toBeCloseTo(-1 / 12, 12);
  });

  it('refuses what it cannot fit', () => {
    expect(() => fitPowerLaw([1], [1])).toThrow(RangeError);
    expect(() => fitPowerLaw([1, 2], [1, 0])).toThrow(RangeError);
    expect(() => fitPowerLaw([3, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('fitPowerLawWithFloor', () => {
  it('recovers a power law with a floor', () => {
    const truth = { a: 0.4, b: 0.45, c: 0.012 };
    const ys = XS.map((x) => evaluatePowerLaw(truth, x));
    const f = fitPowerLawWithFloor(XS, ys);
    expect(f.c).toBeCloseTo(truth.c, 6);
    expect(f.b).toBeCloseTo(truth.b, 4);
    expect(f.a / truth.a).toBeCloseTo(1, 3);
    expect(logResidual(f, XS, ys)).toBeLessThan(1e-10);
  });

  it('finds no floor in a pure power law', () => {
    const ys = XS.map((x) => 2 * x ** -0.6);
    const f = fitPowerLawWithFloor(XS, ys);
    expect(f.c).toBe(0);
    expect(f.b).toBeCloseTo(0.6, 10);
    expect(bendAt(f)).toBe(Infinity);
  });

  it('fits at least as well as the pure power law on noisy data', () => {
    const ys = XS.map((x, i) => (0.3 * x ** -0.5 + 0.01) * (1 + [0.02, -0.01, 0.015, -0.02, 0.01][i]!));
    expect(logResidual(fitPowerLawWithFloor(XS, ys), XS, ys)).toBeLessThanOrEqual(logResidual(fitPowerLaw(XS, ys), XS, ys));
  });
});

describe('the bend', () => {
  it('is where the power-law part equals the floor, and the slope there is half the exponent', () => {
    const f = { a: 1, b: 0.5, c: 0.01 };
    // 1/√x = 0.01 at x = 10,000.
    expect(bendAt(f)).toBeCloseTo(10000, 6);
    expect(localSlope(f, 10000)).toBeCloseTo(-0.25, 12);
    expect(localSlope(f, 1e-6)).toBeCloseTo(-0.5, 4);
    expect(localSlope(f, 1e12)).toBeCloseTo(0, 3);
  });
});

function point(width: number, trainDigits: number, heldoutMse: number): ScalingPoint {
  const parameters = 2 * 784 * width + 2 * width * 16 + width * 2 + 16 + 784;
  return {
    id: `w${width}-n${trainDigits}`,
    width,
    trainDigits,
    latent: 16,
    parameters,
    heldoutMse,
    trainMse: heldoutMse / 2,
    epochs: 1,
    steps: 90,
    seconds: 1,
    seed: 1,
  };
}

const RESULTS: ScalingResults = {
  version: 'test',
  data: { train: 9000, heldout: 1000 },
  settings: { epochs: 1, steps: 90, batchSize: 100, seed: 1 },
  axes: { data: { width: 256, trainDigits: [100, 1000, 9000] }, size: { trainDigits: 9000, widths: [16, 64, 256] } },
  seconds: 1,
  points: [point(256, 9000, 0.01), point(256, 100, 0.04), point(16, 9000, 0.03), point(256, 1000, 0.02), point(64, 9000, 0.015)],
};

describe('the grid', () => {
  it('reads each axis in increasing x, sharing the point both axes name', () => {
    expect(axisSeries(RESULTS, 'data').map((p) => [p.x, p.heldout])).toEqual([
      [100, 0.04],
      [1000, 0.02],
      [9000, 0.01],
    ]);
    const size = axisSeries(RESULTS, 'size');
    expect(size.map((p) => p.point.width)).toEqual([16, 64, 256]);
    expect(size.map((p) => p.x)).toEqual(size.map((p) => p.point.parameters));
  });

  it('says which point is missing', () => {
    expect(() => axisSeries({ ...RESULTS, points: RESULTS.points.slice(1) }, 'data')).toThrow(/width 256 on 9000/);
  });

  it('measures slopes between neighbours and names its numbers', () => {
    expect(measuredSlopes(axisSeries(RESULTS, 'data'))).toEqual([Math.log(0.5) / Math.log(10), Math.log(0.5) / Math.log(9)]);
    const a = analyse(RESULTS);
    expect(scalingValue(a, 'data.exponent')).toBe(a.data.floored.b);
    expect(scalingValue(a, 'data.pureExponent')).toBe(a.data.pure.b);
    expect(scalingValue(a, 'size.floor')).toBe(a.size.floored.c);
    expect(scalingValue(a, 'size.largestHeldout')).toBe(0.01);
    expect(scalingValue(a, 'data.smallestX')).toBe(100);
  });
});
