/**
 * Model outputs that several fallbacks need, computed once per build: the
 * codes the encoders give the held-out digits. An autoencoder encodes the grey
 * digits; a VAE their binarised form (what it was trained on), and the code is
 * its posterior mean. Node only.
 */
import { binariseTensor, digitsToTensor } from '../models';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from './models';

export type EncoderId = 'ae-d2' | 'ae-d16' | 'vae-d2' | 'vae-d16';

const codes = new Map<EncoderId, Promise<Float32Array>>();

/** Row-major codes [1,000 × latent] of the held-out digits. */
export function heldOutCodes(id: EncoderId): Promise<Float32Array> {
  let c = codes.get(id);
  if (!c) {
    c = encodeHeldOut(id);
    codes.set(id, c);
  }
  return c;
}

async function encodeHeldOut(id: EncoderId): Promise<Float32Array> {
  const tf = await buildTimeTf();
  const [set, model] = await Promise.all([buildTimeDigits('mnist-heldout'), buildTimeModel(id)]);
  return tf.tidy(() => {
    const x = digitsToTensor(set);
    const z = model.kind === 'vae' ? model.encode(binariseTensor(x)).mean : model.encode(x);
    return z.dataSync() as Float32Array;
  });
}
