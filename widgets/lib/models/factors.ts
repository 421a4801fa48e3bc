/**
 * Two measurable properties of a 28 × 28 digit image, the "factors" of the
 * model cards (Mitchell et al. 2019), and their tercile bins. Plain typed
 * arrays, no TF.js.
 */
import { IMAGE_SIZE, PIXELS } from './registry';

export type FactorId = 'ink' | 'slant';

export interface FactorDefinition {
  readonly id: FactorId;
  readonly name: string;
  readonly unit: string;
  readonly definition: string;
  /** Bin names from low to high values; three bins split at the two terciles. */
  readonly bins: readonly [string, string, string];
}

export const FACTORS: readonly FactorDefinition[] = [
  {
    id: 'ink',
    name: 'amount of ink',
    unit: 'pixels (grey levels / 255, summed)',
    definition:
      'The sum of the grey levels of the image, scaled to [0, 1] per pixel: how many fully white pixels the strokes would fill.',
    bins: ['light', 'medium', 'heavy'],
  },
  {
    id: 'slant',
    name: 'slant',
    unit: 'degrees from vertical, positive when the top leans right',
    definition:
      'atan(−μ11 / μ02) of the grey levels, from the central image moments (y pointing down): the shear angle that deskewing removes.',
    bins: ['left', 'upright', 'right'],
  },
];

/** Σ grey level of one image (grey levels in [0, 1]). */
export function inkOf(image: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < PIXELS; i++) s += image[i] as number;
  return s;
}

/**
 * Slant in degrees from the intensity distribution's central moments:
 * μ11 = Σ (x − x̄)(y − ȳ) I, μ02 = Σ (y − ȳ)² I, with y pointing down. A digit
 * whose top leans right has x falling as y grows, so μ11 < 0 and the angle is
 * positive. 0 for an empty or one-row image.
 */
export function slantOf(image: ArrayLike<number>): number {
  let m = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < IMAGE_SIZE; y++) {
    for (let x = 0; x < IMAGE_SIZE; x++) {
      const v = image[y * IMAGE_SIZE + x] as number;
      m += v;
      mx += v * x;
      my += v * y;
    }
  }
  if (m === 0) return 0;
  const cx = mx / m;
  const cy = my / m;
  let mu11 = 0;
  let mu02 = 0;
  for (let y = 0; y < IMAGE_SIZE; y++) {
    for (let x = 0; x < IMAGE_SIZE; x++) {
      const v = image[y * IMAGE_SIZE + x] as number;
      mu11 += v * (x - cx) * (y - cy);
      mu02 += v * (y - cy) * (y - cy);
    }
  }
  return mu02 === 0 ? 0 : (Math.atan(-mu11 / mu02) * 180) / Math.PI;
}

/** Each factor's value for each of count images stored row-major in pixels. */
export function measureFactors(pixels: Float32Array, count: number): Record<FactorId, Float64Array> {
  const ink = new Float64Array(count);
  const slant = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const image = pixels.subarray(i * PIXELS, (i + 1) * PIXELS);
    ink[i] = inkOf(image);
    slant[i] = slantOf(image);
  }
  return { ink, slant };
}

/**
 * The two tercile thresholds: each is halfway between the sorted values either
 * side of the 1/3 and 2/3 positions, so a value equal to a threshold is rare.
 */
export function terciles(values: ArrayLike<number>): [number, number] {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 3) throw new Error(`terciles need at least 3 values, got ${n}`);
  const cut = (k: number) => {
    const i = Math.round((n * k) / 3);
    return ((sorted[i - 1] as number) + (sorted[i] as number)) / 2;
  };
  return [cut(1), cut(2)];
}

/** Bin 0 below the first threshold, 1 below the second, else 2. */
export function binOf(value: number, thresholds: readonly [number, number]): 0 | 1 | 2 {
  return value < thresholds[0] ? 0 : value < thresholds[1] ? 1 : 2;
}

export function binAll(values: ArrayLike<number>, thresholds: readonly [number, number]): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = binOf(values[i] as number, thresholds);
  return out;
}
