/**
 * A GAN in two dimensions (Goodfellow et al. 2014). The discriminator D(x) =
 * sigmoid(a(x)) maximises
 *   V(D, G) = E_x[log D(x)] + E_z[log(1 − D(G(z)))],
 * i.e. minimises the binary cross-entropy  L_D = −E_x[log D(x)] − E_z[log(1 − D(G(z)))] = −V;
 * the generator minimises the non-saturating loss  L_G = −E_z[log D(G(z))].
 * With logits, −log sigmoid(a) = softplus(−a) and −log(1 − sigmoid(a)) = softplus(a),
 * which stay finite however confident D is. TF.js is passed in (never imported),
 * so this file runs in Node and in the page; the plain-number functions are the
 * references the tests check the tensor versions against.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import { mulberry32, normalSampler } from '../lib/rng';

export type Tf = typeof TfCore;
type Tensor2D = TfCore.Tensor2D;
type Scalar = TfCore.Scalar;

/** L_D and L_G from the discriminator's probabilities on real points and on generated ones. */
export function ganLosses(dReal: readonly number[], dFake: readonly number[]): { d: number; g: number } {
  const mean = (xs: readonly number[], f: (v: number) => number) => xs.reduce((s, v) => s + f(v), 0) / xs.length;
  return {
    d: -mean(dReal, Math.log) - mean(dFake, (v) => Math.log(1 - v)),
    g: -mean(dFake, Math.log),
  };
}

/** The best discriminator for densities p_data and p_g at a point: p_data / (p_data + p_g). */
export const optimalDiscriminator = (pData: number, pG: number): number => pData / (pData + pG);

const softplus = (tf: Tf, a: TfCore.Tensor) => tf.softplus(a);

/** L_D from D's logits on real points ([n, 1]) and on generated ones ([m, 1]). Call inside tf.tidy. */
export function discriminatorLoss(tf: Tf, realLogits: Tensor2D, fakeLogits: Tensor2D): Scalar {
  return tf.add(tf.mean(softplus(tf, tf.neg(realLogits))), tf.mean(softplus(tf, fakeLogits))) as Scalar;
}

/** The non-saturating L_G from D's logits on generated points. Call inside tf.tidy. */
export function generatorLoss(tf: Tf, fakeLogits: Tensor2D): Scalar {
  return tf.mean(softplus(tf, tf.neg(fakeLogits))) as Scalar;
}

/** n seeded draws z ~ N(0, I) in 2-d, interleaved. */
export function noiseDraws(n: number, seed: number): Float32Array {
  const normal = normalSampler(mulberry32(seed));
  return Float32Array.from({ length: 2 * n }, () => normal());
}

/**
 * Lines of a grid in noise space: `lines` lines of constant z₁ and as many of
 * constant z₂, over [−extent, extent], each of `points` points. Returns the
 * points (interleaved) and, per point, the index of its line.
 */
export function noiseGrid(lines: number, points: number, extent: number): { z: Float32Array; line: Int32Array } {
  const z = new Float32Array(2 * 2 * lines * points);
  const line = new Int32Array(2 * lines * points);
  let k = 0;
  for (let axis = 0; axis < 2; axis++) {
    for (let l = 0; l < lines; l++) {
      const fixedAt = -extent + (2 * extent * l) / (lines - 1);
      for (let p = 0; p < points; p++) {
        const along = -extent + (2 * extent * p) / (points - 1);
        z[2 * k + axis] = fixedAt;
        z[2 * k + 1 - axis] = along;
        line[k] = axis * lines + l;
        k++;
      }
    }
  }
  return { z, line };
}
