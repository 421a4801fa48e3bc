/** The 2-d toy distributions the flow learns (from `widgets/lib/toy-2d.ts`), and the best single Gaussian as a yardstick. Pure math. */
import { TOY_EXTENT, makeToy2d } from '../lib/toy-2d';

export type DatasetName = 'moons' | 'ring' | 'mixture';
export const DATASET_NAMES: readonly DatasetName[] = ['moons', 'ring', 'mixture'];
export const DATASET_LABELS: Record<DatasetName, string> = {
  moons: 'Two moons',
  ring: 'A ring',
  mixture: 'Eight Gaussians',
};

/** The pictured square, [−EXTENT, EXTENT]²: the data and most of the base Gaussian's mass. */
export const EXTENT = TOY_EXTENT;

/** n points of the named data set, interleaved [x₀, y₀, x₁, y₁, …]. */
export const makeDataset: (name: DatasetName, n: number, seed: number) => Float32Array = makeToy2d;

/**
 * The average negative log-likelihood, in nats per point, of the Gaussian with
 * the data's own mean and covariance: ½ log det(2πe Σ). A flow that beats it
 * has learned more than an ellipse.
 */
export function gaussianBaselineNll(points: Float32Array): number {
  const n = points.length / 2;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += points[2 * i]!;
    my += points[2 * i + 1]!;
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = points[2 * i]! - mx;
    const dy = points[2 * i + 1]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const det = (sxx / n) * (syy / n) - (sxy / n) ** 2;
  return Math.log(2 * Math.PI) + 1 + 0.5 * Math.log(det);
}
