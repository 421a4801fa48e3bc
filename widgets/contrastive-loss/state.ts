/** The figure's shareable state and its URL codec (parameters `ntxent.*`). */
import { int, num, type Field, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** Four pairs of views: 1a and 1b, 2a and 2b, … (view i's partner is i ^ 1). */
export const VIEWS = 8;

/** Where the views start: each pair close, but pair 2's b near pair 3's a, and pair 4 split. */
export const DEFAULT_ANGLES = [20, 55, 110, 170, 200, 250, 300, 345] as const;

/** The temperature's range; the slider moves on a log scale. */
export const TAU = { min: 0.05, max: 5, default: 0.5 } as const;

export interface ContrastiveLossState {
  /** The views' angles in degrees, counter-clockwise from the x-axis. */
  a0: number;
  a1: number;
  a2: number;
  a3: number;
  a4: number;
  a5: number;
  a6: number;
  a7: number;
  /** The temperature τ. */
  tau: number;
  /** The view whose terms are shown, and which the arrow keys move. */
  sel: number;
}

const angle = (def: number): Field<number> => num(0, 359.9, def, 1);

export const schema: Schema<ContrastiveLossState> = {
  a0: angle(DEFAULT_ANGLES[0]),
  a1: angle(DEFAULT_ANGLES[1]),
  a2: angle(DEFAULT_ANGLES[2]),
  a3: angle(DEFAULT_ANGLES[3]),
  a4: angle(DEFAULT_ANGLES[4]),
  a5: angle(DEFAULT_ANGLES[5]),
  a6: angle(DEFAULT_ANGLES[6]),
  a7: angle(DEFAULT_ANGLES[7]),
  tau: num(TAU.min, TAU.max, TAU.default, 3),
  sel: int(0, VIEWS - 1, 0),
};

/** The eight angles of a state, in view order. */
export const anglesOf = (s: ContrastiveLossState): number[] => [s.a0, s.a1, s.a2, s.a3, s.a4, s.a5, s.a6, s.a7];

/** The state with these eight angles. */
export function withAngles(s: ContrastiveLossState, a: readonly number[]): ContrastiveLossState {
  const [a0, a1, a2, a3, a4, a5, a6, a7] = a as [number, number, number, number, number, number, number, number];
  return { ...s, a0, a1, a2, a3, a4, a5, a6, a7 };
}
