/**
 * The two-dimensional PCA figure's data: a seeded Gaussian cloud with a chosen
 * correlation and spread, or points along an arc, which no straight line
 * summarises. The PCA itself is the shared `widgets/lib/linalg/eigen2`.
 */
import { mulberry32, normalSampler } from '../lib/rng';
import { pca2, projectOnAxis, type Vec2 } from '../lib/linalg/eigen2';

export const DATASETS = ['gaussian', 'arc'] as const;
export type Dataset = (typeof DATASETS)[number];
export const POINTS = 40;
/** The chart shows [−EXTENT, EXTENT] on both axes; points are kept inside it. */
export const EXTENT = 4;

export interface CloudParams {
  data: Dataset;
  /** Correlation of the two coordinates (Gaussian cloud). */
  rho: number;
  /** Standard deviation of x₁; x₂'s is 1 (Gaussian cloud). */
  spread: number;
  seed: number;
}

const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, v));

/** The points for a view, the same for the same parameters (the seed fixes the draws). */
export function makePoints({ data, rho, spread, seed }: CloudParams): Vec2[] {
  const normal = normalSampler(mulberry32(seed));
  const uniform = mulberry32(seed + 1);
  return Array.from({ length: POINTS }, (): Vec2 => {
    if (data === 'arc') {
      // Seven tenths of a circle of radius 2.8, open at the bottom, with a little noise across it:
      // one number (the angle) places every point, but no straight line does.
      const t = Math.PI * (-0.2 + 1.4 * uniform());
      const r = 2.8 + 0.12 * normal();
      return [clamp(r * Math.cos(t)), clamp(r * Math.sin(t) - 0.3)];
    }
    const z1 = normal();
    const z2 = normal();
    return [clamp(spread * z1), clamp(rho * z1 + Math.sqrt(1 - rho * rho) * z2)];
  });
}

export interface Analysis {
  pca: ReturnType<typeof pca2>;
  projection: ReturnType<typeof projectOnAxis>;
}

/** PCA of the points and their projection onto its first axis. */
export function analyse(points: readonly Vec2[]): Analysis {
  const pca = pca2(points);
  return { pca, projection: projectOnAxis(points, pca.mean, pca.vectors[0]) };
}

/** The angle of a direction from the x₁ axis, in degrees in (−90, 90]. */
export function angleDegrees([x, y]: Vec2): number {
  let a = (Math.atan2(y, x) * 180) / Math.PI;
  if (a > 90) a -= 180;
  if (a <= -90) a += 180;
  return a;
}

export type { Vec2 };
