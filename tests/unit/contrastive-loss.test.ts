import { describe, expect, it } from 'vitest';
import {
  circleLoss,
  collapsedLoss,
  gradientStep,
  MAX_STEP_DEGREES,
  roundAngle,
  unitVector,
  viewName,
} from '~/widgets/contrastive-loss/core';
import { defaults } from '~/lib/url-state';
import { DEFAULT_ANGLES, TAU, anglesOf, schema, withAngles } from '~/widgets/contrastive-loss/state';

const defaultsState = () => defaults(schema);

describe('contrastive-loss core', () => {
  it('puts angles on the unit circle, counter-clockwise from the x-axis', () => {
    const [x, y] = unitVector(90);
    expect(x).toBeCloseTo(0, 15);
    expect(y).toBe(1);
    expect(unitVector(180)[0]).toBe(-1);
    expect(roundAngle(-0.04)).toBe(0);
    expect(roundAngle(359.96)).toBe(0);
    expect(roundAngle(725.34)).toBe(5.3);
    expect([0, 1, 6, 7].map(viewName)).toEqual(['1a', '1b', '4a', '4b']);
  });

  it('matches the loss worked by hand for views at 0°, 90°, 180° and 270°', () => {
    // Every anchor sees its partner at cosine 0, one negative at 0 and one at −1:
    // ℓ = −ln(e⁰ / (e⁰ + e⁰ + e^(−1/τ))) = ln(2 + e^(−1/τ)).
    for (const tau of [0.1, 1, 3]) {
      const r = circleLoss([0, 90, 180, 270], tau);
      r.anchors.forEach((a) => expect(a.loss).toBeCloseTo(Math.log(2 + Math.exp(-1 / tau)), 12));
      expect(r.loss).toBeCloseTo(Math.log(2 + Math.exp(-1 / tau)), 12);
    }
    // Anchor 0 at τ = 1: weights 1 (partner), e^(−1), 1; probabilities 1/(2 + e^(−1)) …
    const a = circleLoss([0, 90, 180, 270], 1).anchors[0];
    expect(a?.probability[1]).toBeCloseTo(1 / (2 + Math.exp(-1)), 12);
    expect(a?.probability[2]).toBeCloseTo(Math.exp(-1) / (2 + Math.exp(-1)), 12);
  });

  it('has the angle gradient that finite differences measure', () => {
    const angles = [...DEFAULT_ANGLES];
    for (const tau of [0.05, 0.5, 2]) {
      const { angleGradient } = circleLoss(angles, tau);
      const h = 1e-5; // degrees
      angles.forEach((_, i) => {
        const at = (e: number) =>
          circleLoss(
            angles.map((a, j) => (j === i ? a + e : a)),
            tau,
          ).loss;
        const perDegree = (at(h) - at(-h)) / (2 * h);
        expect(angleGradient[i]).toBeCloseTo((perDegree * 180) / Math.PI, 4);
      });
    }
  });

  it('gives ln(2N − 1) when all views collapse to one point, and zero gradient there', () => {
    const r = circleLoss(new Array(8).fill(42), 0.5);
    expect(r.loss).toBeCloseTo(Math.log(7), 12);
    expect(collapsedLoss(8)).toBeCloseTo(Math.log(7), 15);
    r.angleGradient.forEach((g) => expect(g).toBeCloseTo(0, 12));
  });

  it('has no gradient when the pairs sit together, spread evenly', () => {
    const tau = 0.5;
    const r = circleLoss([0, 0, 90, 90, 180, 180, 270, 270], tau);
    // Partner at cosine 1, four negatives at 0, two at −1.
    const e = Math.exp(1 / tau);
    expect(r.loss).toBeCloseTo(-Math.log(e / (e + 4 + 2 / e)), 12);
    r.angleGradient.forEach((g) => expect(g).toBeCloseTo(0, 12));
  });

  it('lowers the loss with a gradient step, and no view moves more than the cap', () => {
    for (const tau of [TAU.min, TAU.default, TAU.max]) {
      const before = [...DEFAULT_ANGLES];
      const after = gradientStep(before, tau);
      expect(circleLoss(after, tau).loss).toBeLessThan(circleLoss(before, tau).loss);
      after.forEach((a, i) => {
        const moved = Math.abs(((((a - (before[i] as number)) % 360) + 540) % 360) - 180);
        expect(moved).toBeLessThanOrEqual(MAX_STEP_DEGREES + 0.05);
      });
    }
  });

  it('reads and writes the eight angles of a state in order', () => {
    const s = defaultsState();
    expect(anglesOf(s)).toEqual([...DEFAULT_ANGLES]);
    expect(anglesOf(withAngles(s, [1, 2, 3, 4, 5, 6, 7, 8]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
