/** The change-of-variables figure's shareable state and its URL codec (parameters `cov.*`). */
import { int, num, oneOf, type Field, type Schema } from '../lib/url-state';
import { BASE_NAMES, BUMPS_KNOTS, PRESET_NAMES, validKnots, type BaseName, type Knot, type PresetName } from './core';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;
export const NUM_KNOTS = 5;
export const KNOT_X_RANGE = [-5, 5] as const;
export const KNOT_Y_RANGE = [-12, 12] as const;
export const MIN_SAMPLES = 100;
export const MAX_SAMPLES = 100_000;
export const SAMPLE_CHOICES = [100, 300, 1000, 3000, 10_000, 30_000, 100_000] as const;

export interface CovState {
  map: PresetName;
  base: BaseName;
  /** Slope and offset of the affine preset. */
  a: number;
  b: number;
  /** The custom spline's knots (used when map is 'custom'). */
  knots: readonly Knot[];
  n: number;
  seed: number;
}

const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** "z:x,z:x,…" (base value, its image): five knots, increasing in x and y by at least 0.1, within the ranges above. */
export function parseKnots(raw: string): Knot[] | undefined {
  const parts = raw.split(',');
  if (parts.length !== NUM_KNOTS) return undefined;
  const knots: Knot[] = [];
  for (const part of parts) {
    const m = /^(-?\d+(?:\.\d+)?):(-?\d+(?:\.\d+)?)$/.exec(part);
    if (!m) return undefined;
    const x = Number(m[1]);
    const y = Number(m[2]);
    if (!inRange(x, KNOT_X_RANGE) || !inRange(y, KNOT_Y_RANGE)) return undefined;
    knots.push({ x, y });
  }
  return validKnots(knots) ? knots : undefined;
}

export function formatKnots(knots: readonly Knot[]): string {
  const r = (v: number) => String(Number(v.toFixed(2)));
  return knots.map((k) => `${r(k.x)}:${r(k.y)}`).join(',');
}

const knotsField: Field<readonly Knot[]> = {
  default: BUMPS_KNOTS,
  describe: `${NUM_KNOTS} knots written z:x (base value, image), separated by commas, each at least 0.1 above and to the right of the one before`,
  parse: parseKnots,
  format: formatKnots,
};

export const schema: Schema<CovState> = {
  map: oneOf(PRESET_NAMES, 'bumps'),
  base: oneOf(BASE_NAMES, 'normal'),
  a: num(0.2, 4, 1.5, 2),
  b: num(-3, 3, 0.5, 2),
  knots: knotsField,
  n: int(MIN_SAMPLES, MAX_SAMPLES, 3000),
  seed: int(0, 2 ** 31 - 1, 1),
};
