/**
 * The contrastive loss of 2N views on the unit circle, each given by its angle: the loss
 * and its terms come from the NT-Xent core the training script uses, and the gradient is
 * projected onto the circle's tangent, the only direction a unit vector can move.
 */
import { ntXent, positiveOf, type NtXent } from '../lib/ssl/nt-xent';

export { positiveOf };

const RAD = Math.PI / 180;

/** The point of the unit circle at `degrees`, counter-clockwise from the x-axis. */
export const unitVector = (degrees: number): [number, number] => [Math.cos(degrees * RAD), Math.sin(degrees * RAD)];

/** An angle in [0°, 360°). */
export const wrapDegrees = (degrees: number) => ((degrees % 360) + 360) % 360;

/** A view's name: the pairs are numbered from 1, their two views are a and b. */
export const viewName = (i: number) => `${Math.floor(i / 2) + 1}${i % 2 === 0 ? 'a' : 'b'}`;

export interface CircleLoss extends NtXent {
  /** dL/dθ for every view, per radian: the gradient along the circle. */
  readonly angleGradient: number[];
}

/** NT-Xent of the views at these angles (degrees, in pairs), and its gradient along the circle. */
export function circleLoss(angles: readonly number[], temperature: number): CircleLoss {
  const result = ntXent(angles.map(unitVector), temperature);
  // dz/dθ = (−sin θ, cos θ), so dL/dθ = g · (−sin θ, cos θ).
  const angleGradient = angles.map((a, i) => {
    const g = result.gradient[i] as number[];
    return -(g[0] as number) * Math.sin(a * RAD) + (g[1] as number) * Math.cos(a * RAD);
  });
  return { ...result, angleGradient };
}

/** Gradient descent's step size on the angles (radians per unit of dL/dθ). */
export const LEARNING_RATE = 2;
/** No view moves more than this in one step: at a small τ the gradient is steep. */
export const MAX_STEP_DEGREES = 10;

/**
 * One step of gradient descent on the angles: θ ← θ − η dL/dθ, the whole step shortened
 * if a view would move more than MAX_STEP_DEGREES (so its direction stays the gradient's).
 * Angles are kept to 0.1°, as a link keeps them.
 */
export function gradientStep(angles: readonly number[], temperature: number): number[] {
  const { angleGradient } = circleLoss(angles, temperature);
  const moves = angleGradient.map((g) => (-LEARNING_RATE * g) / RAD);
  const largest = Math.max(...moves.map(Math.abs));
  const shrink = largest > MAX_STEP_DEGREES ? MAX_STEP_DEGREES / largest : 1;
  return angles.map((a, i) => roundAngle(a + shrink * (moves[i] as number)));
}

/** An angle wrapped into [0°, 360°) and rounded to 0.1°. */
export function roundAngle(degrees: number): number {
  const r = Math.round(wrapDegrees(degrees) * 10) / 10;
  return r >= 360 ? 0 : r;
}

/** The loss when every view sits on one point: every similarity is 1, so ln(2N − 1). */
export const collapsedLoss = (views: number) => Math.log(views - 1);
