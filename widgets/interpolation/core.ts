/** Paths between two codes: straight lines and great-circle arcs (slerp). Pure math. */

export const METHODS = ['linear', 'slerp'] as const;
export type Method = (typeof METHODS)[number];

export function lerp(z0: ArrayLike<number>, z1: ArrayLike<number>, t: number): Float32Array {
  const out = new Float32Array(z0.length);
  for (let i = 0; i < out.length; i++) out[i] = (1 - t) * (z0[i] as number) + t * (z1[i] as number);
  return out;
}

export function norm(z: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < z.length; i++) s += (z[i] as number) ** 2;
  return Math.sqrt(s);
}

/** Below this sin Ω the two codes are (anti)parallel and the arc is undefined or unstable. */
export const PARALLEL_EPS = 1e-6;

/**
 * z(t) = sin((1−t)Ω)/sin Ω · z0 + sin(tΩ)/sin Ω · z1, cos Ω = z0·z1 / (‖z0‖ ‖z1‖).
 * Falls back to the straight line when either code is zero or the two are
 * (anti)parallel, where sin Ω ≈ 0 would divide by nothing.
 */
export function slerp(z0: ArrayLike<number>, z1: ArrayLike<number>, t: number): Float32Array {
  const n0 = norm(z0);
  const n1 = norm(z1);
  if (n0 === 0 || n1 === 0) return lerp(z0, z1, t);
  let dot = 0;
  for (let i = 0; i < z0.length; i++) dot += (z0[i] as number) * (z1[i] as number);
  const cos = Math.min(1, Math.max(-1, dot / (n0 * n1)));
  const omega = Math.acos(cos);
  const sin = Math.sin(omega);
  if (sin < PARALLEL_EPS) return lerp(z0, z1, t);
  const a = Math.sin((1 - t) * omega) / sin;
  const b = Math.sin(t * omega) / sin;
  const out = new Float32Array(z0.length);
  for (let i = 0; i < out.length; i++) out[i] = a * (z0[i] as number) + b * (z1[i] as number);
  return out;
}

/** `steps` codes from z0 to z1 inclusive (t = 0, 1/(steps−1), …, 1), row-major. */
export function interpolate(z0: ArrayLike<number>, z1: ArrayLike<number>, steps: number, method: Method): Float32Array {
  const d = z0.length;
  const out = new Float32Array(steps * d);
  for (let k = 0; k < steps; k++) {
    const t = steps === 1 ? 0 : k / (steps - 1);
    out.set(method === 'slerp' ? slerp(z0, z1, t) : lerp(z0, z1, t), k * d);
  }
  return out;
}
