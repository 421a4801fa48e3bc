/**
 * Seeded 2-d toy distributions (the flow's and the diffusion model's data), and the best single
 * Gaussian as a yardstick. Pure math.
 */
import { mulberry32, normalSampler } from './rng';

export type DatasetName = 'moons' | 'ring' | 'mixture' | 'spiral';
/** The flow figure's data sets (the spiral came later, for the diffusion model). */
export const DATASET_NAMES: readonly DatasetName[] = ['moons', 'ring', 'mixture'];
export const DATASET_LABELS: Record<DatasetName, string> = {
  moons: 'Two moons',
  ring: 'A ring',
  mixture: 'Eight Gaussians',
  spiral: 'A spiral',
};

/** The pictured square, [−EXTENT, EXTENT]²: the data and most of the base Gaussian's mass. */
export const EXTENT = 3;

/** n points, interleaved [x₀, y₀, x₁, y₁, …]. */
export function makeDataset(name: DatasetName, n: number, seed: number): Float32Array {
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
    } else if (name === 'spiral') {
      // One arm, 1.5 turns out from the centre, radius growing with the angle, noise 0.08.
      const s = Math.sqrt(uniform());
      const t = 3 * Math.PI * s;
      const r = 0.3 + 2.3 * s;
      x = r * Math.cos(t) + 0.08 * normal();
      y = r * Math.sin(t) + 0.08 * normal();
    } else {
      const k = Math.floor(8 * uniform());
      const t = (k * Math.PI) / 4;
      x = 2 * Math.cos(t) + 0.25 * normal();
      y = 2 * Math.sin(t) + 0.25 * normal();
    }
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}

/**
 * The two moons' centre lines in the pictured units: makeDataset's noiseless half circles, after its
 * centring and scaling by 1.6. The upper arc has centre (−0.8, −0.4) and runs over y ≥ −0.4; the
 * lower one has centre (0.8, 0.4) and runs over y ≤ 0.4; both have radius 1.6.
 */
export const MOONS_ARCS = [
  { cx: -0.8, cy: -0.4, r: 1.6, upper: true },
  { cx: 0.8, cy: 0.4, r: 1.6, upper: false },
] as const;

/** The distance from (x, y) to the nearer of the two moons' centre lines (half circles, ends included). */
export function moonsDistance(x: number, y: number): number {
  let best = Infinity;
  for (const { cx, cy, r, upper } of MOONS_ARCS) {
    const dx = x - cx;
    const dy = y - cy;
    const onArcSide = upper ? dy >= 0 : dy <= 0;
    // On the arc's side of its diameter the nearest point lies on the arc; otherwise it is an end.
    const d = onArcSide ? Math.abs(Math.hypot(dx, dy) - r) : Math.min(Math.hypot(dx - r, dy), Math.hypot(dx + r, dy));
    best = Math.min(best, d);
  }
  return best;
}

/** The fraction of the points (interleaved [x₀, y₀, …]) farther than `distance` from both moons' centre lines. */
export function offMoonsFraction(points: ArrayLike<number>, distance: number): number {
  const n = points.length / 2;
  let off = 0;
  for (let i = 0; i < n; i++) if (moonsDistance(points[2 * i]!, points[2 * i + 1]!) > distance) off++;
  return n > 0 ? off / n : 0;
}

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

/** The centres of a size × size grid over [−extent, extent]², row by row from the top (y = +extent):
the pixels of a density or discriminator field drawn over the pictured square. */
export function gridPoints(size: number, extent: number): Float32Array {
  const out = new Float32Array(2 * size * size);
  const step = (2 * extent) / size;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const i = r * size + c;
      out[2 * i] = -extent + (c + 0.5) * step;
      out[2 * i + 1] = extent - (r + 0.5) * step;
    }
  }
  return out;
}

/**
 * The squared energy distance between two 2-d samples (interleaved x, y):
 * 2 E‖X − Y‖ − E‖X − X′‖ − E‖Y − Y′‖, every mean over all pairs (the V-statistic),
 * so it is 0 for identical samples and grows as they part (Székely and Rizzo).
 */
export function energyDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return 2 * meanDistance(a, b) - meanDistance(a, a) - meanDistance(b, b);
}

function meanDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length / 2;
  const m = b.length / 2;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const ax = a[2 * i]!;
    const ay = a[2 * i + 1]!;
    for (let j = 0; j < m; j++) {
      const dx = ax - b[2 * j]!;
      const dy = ay - b[2 * j + 1]!;
      sum += Math.sqrt(dx * dx + dy * dy);
    }
  }
  return sum / (n * m);
}
