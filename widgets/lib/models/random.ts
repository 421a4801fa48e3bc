/**
 * The seeded generator of the model factory (data split, shuffling, DAE corruption):
 * the book's mulberry32 with a normal sampler of its own, kept exactly as the
 * shipped models were trained with, so that retraining replays them bit for bit.
 */
import { mulberry32 } from '../rng';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal, by the Box–Muller transform. */
  normal(): number;
}

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
