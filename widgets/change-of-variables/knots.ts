/** Moving one knot while keeping the spline a bijection: x and y stay increasing, inside their ranges. */
import { roundTo } from '../lib/format';
import { MIN_KNOT_GAP, type Knot } from './core';
import { KNOT_X_RANGE, KNOT_Y_RANGE } from './state';

const up2 = (v: number) => Math.ceil(v * 100 - 1e-9) / 100;
const down2 = (v: number) => Math.floor(v * 100 + 1e-9) / 100;

export function moveKnot(knots: readonly Knot[], index: number, x: number, y: number): Knot[] {
  const prev = knots[index - 1];
  const next = knots[index + 1];
  const xLo = prev ? prev.x + MIN_KNOT_GAP : KNOT_X_RANGE[0];
  const xHi = next ? next.x - MIN_KNOT_GAP : KNOT_X_RANGE[1];
  const yLo = prev ? prev.y + MIN_KNOT_GAP : KNOT_Y_RANGE[0];
  const yHi = next ? next.y - MIN_KNOT_GAP : KNOT_Y_RANGE[1];
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  // Two decimals keep the URL short; the bounds round inwards so rounding cannot break the order.
  const nx = clamp(roundTo(x, 2), up2(xLo), down2(xHi));
  const ny = clamp(roundTo(y, 2), up2(yLo), down2(yHi));
  return knots.map((k, i) => (i === index ? { x: nx, y: ny } : { ...k }));
}
