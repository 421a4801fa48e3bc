/** Seeded 2-d toy distributions that the generative figures learn (the flow, the GAN). Pure math. */
import { mulberry32, normalSampler } from './rng';

export type Toy2dName = 'moons' | 'ring' | 'mixture' | 'spiral';

/** The pictured square, [−TOY_EXTENT, TOY_EXTENT]², holds every data set. */
export const TOY_EXTENT = 3;

/** n points, interleaved [x₀, y₀, x₁, y₁, …]. */
export function makeToy2d(name: Toy2dName, n: number, seed: number): Float32Array {
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  const out = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    let x: number;
    let y: number;
    if (name === 'moons') {
      // scikit-learn's two moons (noise 0.1), centred and scaled by 1.6 to fill the square.
      const t = Math.PI * uniform();
      const upper = i % 2 === 0;
      x = (upper ? Math.cos(t) : 1 - Math.cos(t)) + 0.1 * normal();
      y = (upper ? Math.sin(t) : 0.5 - Math.sin(t)) + 0.1 * normal();
      x = (x - 0.5) * 1.6;
      y = (y - 0.25) * 1.6;
    } else if (name === 'ring') {
      const t = 2 * Math.PI * uniform();
      const r = 2 + 0.15 * normal();
      x = r * Math.cos(t);
      y = r * Math.sin(t);
    } else if (name === 'mixture') {
      const k = Math.floor(8 * uniform());
      const t = (k * Math.PI) / 4;
      x = 2 * Math.cos(t) + 0.25 * normal();
      y = 2 * Math.sin(t) + 0.25 * normal();
    } else {
      // One and a half turns of an Archimedean spiral (denser near the centre), radius up to 2.6.
      const t = 3 * Math.PI * Math.sqrt(0.04 + 0.96 * uniform());
      const r = (2.6 * t) / (3 * Math.PI);
      x = r * Math.cos(t) + 0.08 * normal();
      y = r * Math.sin(t) + 0.08 * normal();
    }
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}
