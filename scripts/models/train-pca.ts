/**
 * PCA of the training digits with ml-matrix: eigen-decomposition of the
 * 784 × 784 covariance. Components are unit vectors, strongest first, each
 * signed so that its largest-magnitude entry is positive (a fixed convention).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { PIXELS } from '../../widgets/lib/models/registry';

export interface PcaResult {
  readonly mean: Float32Array;
  /** components × 784, row-major. */
  readonly components: Float32Array;
  readonly explainedVariance: number[];
  readonly totalVariance: number;
  readonly seconds: number;
}

export function fitPca(train: Float32Array, count: number, k: number): PcaResult {
  const start = performance.now();
  const mean = new Float64Array(PIXELS);
  for (let i = 0; i < count; i++)
    for (let j = 0; j < PIXELS; j++) mean[j] = (mean[j] as number) + (train[i * PIXELS + j] as number) / count;
  const centred = new Matrix(count, PIXELS);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < PIXELS; j++) centred.set(i, j, (train[i * PIXELS + j] as number) - (mean[j] as number));
  }
  const covariance = centred
    .transpose()
    .mmul(centred)
    .div(count - 1);
  const evd = new EigenvalueDecomposition(covariance, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const vectors = evd.eigenvectorMatrix;
  const order = values
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, i]) => i);
  const components = new Float32Array(k * PIXELS);
  const explainedVariance: number[] = [];
  for (let c = 0; c < k; c++) {
    const col = order[c] as number;
    const v = vectors.getColumn(col);
    let big = 0;
    for (const x of v) if (Math.abs(x) > Math.abs(big)) big = x;
    const sign = big < 0 ? -1 : 1;
    v.forEach((x, j) => (components[c * PIXELS + j] = sign * x));
    explainedVariance.push(values[col] as number);
  }
  const totalVariance = values.reduce((a, b) => a + Math.max(0, b), 0);
  return {
    mean: Float32Array.from(mean),
    components,
    explainedVariance,
    totalVariance,
    seconds: (performance.now() - start) / 1000,
  };
}
