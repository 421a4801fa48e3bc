/**
 * The PCA model's file format and its encode/decode.
 * pca.json describes pca.bin: the mean (784 values) then the components
 * (components × 784, row-major, strongest first), little-endian float16 or float32.
 */
import * as tf from '@tensorflow/tfjs-core';
import { decodeFloat16 } from './float16';
import { PIXELS } from './registry';

export const PCA_FORMAT = 'lwl-pca-1';

export interface PcaHeader {
  readonly format: typeof PCA_FORMAT;
  readonly dim: number;
  readonly components: number;
  readonly dtype: 'float16' | 'float32';
  readonly binFile: string;
  /** Variance of the training digits along each component (eigenvalues of the covariance). */
  readonly explainedVariance: readonly number[];
  /** Each component's share of the total variance. */
  readonly explainedVarianceRatio: readonly number[];
  readonly totalVariance: number;
}

/** Expected byte length of pca.bin for a header. */
export function pcaBinBytes(h: Pick<PcaHeader, 'dim' | 'components' | 'dtype'>): number {
  return (h.components + 1) * h.dim * (h.dtype === 'float16' ? 2 : 4);
}

/** Check a parsed pca.json; returns a problem description or null. */
export function checkPcaHeader(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const h = value as Partial<PcaHeader>;
  if (h.format !== PCA_FORMAT) return `format is ${String(h.format)}, expected ${PCA_FORMAT}`;
  if (h.dim !== PIXELS) return `dim is ${String(h.dim)}, expected ${PIXELS}`;
  if (typeof h.components !== 'number' || h.components < 1) return 'components missing';
  if (h.dtype !== 'float16' && h.dtype !== 'float32') return `dtype ${String(h.dtype)} unsupported`;
  if (!Array.isArray(h.explainedVariance) || h.explainedVariance.length !== h.components) {
    return 'explainedVariance length differs from components';
  }
  return null;
}

export class PcaModel {
  readonly id = 'pca';
  /** [1, 784] */
  readonly mean: tf.Tensor2D;
  /** [components, 784], rows are unit vectors. */
  readonly basis: tf.Tensor2D;

  constructor(
    readonly header: PcaHeader,
    meanValues: Float32Array,
    componentValues: Float32Array,
  ) {
    this.mean = tf.tensor2d(meanValues, [1, header.dim]);
    this.basis = tf.tensor2d(componentValues, [header.components, header.dim]);
  }

  /** Parse pca.bin for a checked header. */
  static fromBytes(header: PcaHeader, bin: Uint8Array): PcaModel {
    const n = (header.components + 1) * header.dim;
    const copy = bin.slice().buffer;
    const values = header.dtype === 'float16' ? decodeFloat16(new Uint16Array(copy, 0, n)) : new Float32Array(copy, 0, n);
    return new PcaModel(header, values.slice(0, header.dim), values.slice(header.dim));
  }

  get components(): number {
    return this.header.components;
  }

  private top(k: number): tf.Tensor2D {
    if (!Number.isInteger(k) || k < 1 || k > this.components) {
      throw new RangeError(`pca: k must be an integer in 1..${this.components}, got ${k}`);
    }
    return tf.slice(this.basis, [0, 0], [k, this.header.dim]);
  }

  /** Scores on the first k components: [n, 784] → [n, k]. */
  encode(x: tf.Tensor2D, k: number): tf.Tensor2D {
    return tf.tidy(() => tf.matMul(tf.sub(x, this.mean), tf.transpose(this.top(k))));
  }

  /** Scores [n, k] → pixels [n, 784] (not clipped). */
  decode(z: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => tf.add(tf.matMul(z, this.top(z.shape[1])), this.mean));
  }

  reconstruct(x: tf.Tensor2D, k: number): tf.Tensor2D {
    return tf.tidy(() => this.decode(this.encode(x, k)));
  }

  dispose(): void {
    this.mean.dispose();
    this.basis.dispose();
  }
}
