/**
 * Seeded pseudo-random numbers, so that a shared link, a test or a retraining
 * reproduces the same draws. One generator (mulberry32) with two normal
 * samplers: the figures' (`normalSampler`) and the model factory's (`createRng`),
 * each kept bit for bit as the published figures and shipped models use it.
 */

/** A uniform generator on [0, 1). */
export type Uniform = () => number;

/** The model factory's generator (data split, shuffling, DAE corruption, weight init). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal, by the Box–Muller transform. */
  normal(): number;
}

/** mulberry32: a small, fast 32-bit generator; plenty for teaching-scale sampling. */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal sampler (Box–Muller) driven by a uniform generator. */
export function normalSampler(uniform: Uniform): Uniform {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform(); // log(0) would be -Infinity
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/** The model factory's generator: mulberry32 with a normal sampler of its own. */
export function createRng(seed: number): Rng {
  let spare: number | null = null;
  const next = mulberry32(seed);
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const theta = 2 * Math.PI * next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  return { next, normal };
}

/** Fisher–Yates shuffle of 0..n-1, driven by the given generator. */
export function shuffledIndices(n: number, rng: Rng): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = out[i] as number;
    out[i] = out[j] as number;
    out[j] = tmp;
  }
  return out;
}
