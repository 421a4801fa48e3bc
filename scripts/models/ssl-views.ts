/** The inputs of the two pretext tasks: two random views of a digit, and a digit at its four quarter turns. */
import { PIXELS } from '../../widgets/lib/models/registry';
import { randomView, rotateQuarter } from '../../widgets/lib/ssl/augment';

/** Two views per digit of `rows`, interleaved [a0, b0, a1, b1, …] as NT-Xent expects. */
export function viewPairs(pixels: Float32Array, rows: ArrayLike<number>, rand: () => number, normal: () => number): Float32Array {
  const out = new Float32Array(2 * rows.length * PIXELS);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const digit = pixels.subarray(r * PIXELS, (r + 1) * PIXELS);
    out.set(randomView(digit, rand, normal).view, 2 * i * PIXELS);
    out.set(randomView(digit, rand, normal).view, (2 * i + 1) * PIXELS);
  }
  return out;
}

/** Every digit at its four quarter turns, digit-major: row 4i + q is digit i turned q times. */
export function allTurns(pixels: Float32Array, count: number): Float32Array {
  const out = new Float32Array(4 * count * PIXELS);
  for (let i = 0; i < count; i++)
    for (let q = 0; q < 4; q++) out.set(rotateQuarter(pixels.subarray(i * PIXELS, (i + 1) * PIXELS), q), (4 * i + q) * PIXELS);
  return out;
}
