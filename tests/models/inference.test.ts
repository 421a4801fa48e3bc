/** Every inference path of every shipped model: output shapes, no tensor leak, save-and-reload round trip. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { AutoencoderModel, VaeModel } from '~/lib/models/autoencoders';
import { digitsToTensor } from '~/lib/models/tensors';
import { encodeFloat16 } from '~/lib/models/float16';
import { loadModel } from '~/lib/models/loader';
import { PcaModel } from '~/lib/models/pca';
import { FeatureModel } from '~/lib/models/feature-model';
import { binariseTensor } from '~/lib/models/tensors';
import { MODELS, PIXELS, type ModelId } from '~/lib/models/registry';
import { heldOut, leakedTensors, publicFetch, setupBackend } from './helpers';

const N = 8;
let x: tf.Tensor2D;

beforeAll(async () => {
  await setupBackend();
  x = digitsToTensor(await heldOut(), 0, N);
});

afterAll(() => x.dispose());

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler((a) => {
      saved = a;
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
    }),
  );
  if (!saved) throw new Error('nothing saved');
  return tfl.loadLayersModel(tf.io.fromMemory(saved));
}

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] as number);
}

describe('pca', () => {
  it('encodes, decodes and reconstructs with the right shapes and no leak', async () => {
    const pca = await loadModel('pca', { fetch: publicFetch });
    expect(pca).toBeInstanceOf(PcaModel);
    expect(pca.basis.shape).toEqual([MODELS.pca.latent, PIXELS]);
    for (const k of [1, 2, 16, 64]) {
      const z = pca.encode(x, k);
      expect(z.shape).toEqual([N, k]);
      const r = pca.decode(z);
      expect(r.shape).toEqual([N, PIXELS]);
      tf.dispose([z, r]);
      expect(leakedTensors(() => pca.encode(x, k))).toBe(0);
      expect(leakedTensors(() => pca.reconstruct(x, k))).toBe(0);
    }
    expect(() => pca.encode(x, 65)).toThrow(RangeError);
    // Components are orthonormal.
    const gram = tf.tidy(() => tf.matMul(pca.basis, tf.transpose(pca.basis)));
    expect(maxAbsDiff(gram, tf.eye(64))).toBeLessThan(5e-3);
    gram.dispose();
    // Round trip through the file format gives identical outputs.
    const values = new Float32Array(65 * PIXELS);
    values.set(await pca.mean.data());
    values.set(await pca.basis.data(), PIXELS);
    const again = PcaModel.fromBytes(pca.header, new Uint8Array(encodeFloat16(values).buffer));
    const [a, b] = [pca.reconstruct(x, 16), again.reconstruct(x, 16)];
    expect(maxAbsDiff(a, b)).toBe(0);
    tf.dispose([a, b]);
    again.dispose();
    const before = tf.memory().numTensors;
    pca.dispose();
    expect(tf.memory().numTensors).toBe(before - 2);
  });
});

type LayeredId = Extract<ModelId, 'ae-d2' | 'ae-d16' | 'dae-d16' | 'vae-d2' | 'vae-d16'>;
/** The digit autoencoders (the 2-d models have their own tests). */
const layered = (Object.keys(MODELS) as ModelId[]).filter(
  (id): id is LayeredId =>
    id !== 'pca' && MODELS[id].input !== 'points 2-d' && MODELS[id].kind !== 'simclr' && MODELS[id].kind !== 'rotation',
);

describe.each(layered)('%s', (id) => {
  it('has the right output shapes, leaks no tensor, and survives save-and-reload', async () => {
    const info = MODELS[id];
    const model = await loadModel(id, { fetch: publicFetch });
    const input: tf.Tensor2D = info.kind === 'vae' ? binariseTensor(x) : tf.clone(x);
    const z: tf.Tensor2D = tf.randomNormal([N, info.latent], 0, 1, 'float32', 3);

    if (model instanceof VaeModel) {
      const post = model.encode(input);
      expect(post.mean.shape).toEqual([N, info.latent]);
      expect(post.logVar.shape).toEqual([N, info.latent]);
      const s = model.sampleLatent(post, 5);
      expect(s.shape).toEqual([N, info.latent]);
      tf.dispose([post.mean, post.logVar, s]);
      expect(leakedTensors(() => ({ ...model.encode(input) }))).toBe(0);
      expect(leakedTensors(() => model.generate(4, 1))).toBe(0);
      const post2 = model.encode(input);
      expect(leakedTensors(() => model.sampleLatent(post2, 1))).toBe(0);
      tf.dispose([post2.mean, post2.logVar]);
    } else {
      expect(model).toBeInstanceOf(AutoencoderModel);
      const code = (model as AutoencoderModel).encode(input);
      expect(code.shape).toEqual([N, info.latent]);
      code.dispose();
      expect(leakedTensors(() => (model as AutoencoderModel).encode(input))).toBe(0);
    }
    const out = model.reconstruct(input);
    expect(out.shape).toEqual([N, PIXELS]);
    const values = await out.data();
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    out.dispose();
    expect(leakedTensors(() => model.reconstruct(input))).toBe(0);
    expect(leakedTensors(() => model.decode(z))).toBe(0);
    expect(leakedTensors(() => model.decodeLogits(z))).toBe(0);

    // Save and reload each half: same outputs.
    const encoder = await roundTrip(model.encoder);
    const decoder = await roundTrip(model.decoder);
    const again = info.kind === 'vae' ? new VaeModel(info, encoder, decoder) : new AutoencoderModel(info, encoder, decoder);
    const [a, b] = [model.reconstruct(input), again.reconstruct(input)];
    expect(maxAbsDiff(a, b)).toBe(0);
    tf.dispose([a, b]);
    again.dispose();

    const before = tf.memory().numTensors;
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
    tf.dispose([input, z]);
  });
});

describe.each(['simclr-d128', 'rotation-d128'] as const)('%s', (id) => {
  it('gives features and head outputs of the right shapes, leaks no tensor, and survives save-and-reload', async () => {
    const info = MODELS[id];
    const model = await loadModel(id, { fetch: publicFetch });
    expect(model).toBeInstanceOf(FeatureModel);
    const h = model.features(x);
    expect(h.shape).toEqual([N, info.latent]);
    // The features come out of a ReLU.
    expect(Math.min(...(await h.data()))).toBeGreaterThanOrEqual(0);
    const out = model.headOf(h);
    expect(out.shape).toEqual([N, info.head.at(-1)]);
    tf.dispose([h, out]);
    expect(leakedTensors(() => model.features(x))).toBe(0);
    expect(leakedTensors(() => model.apply(x))).toBe(0);

    const again = new FeatureModel(info, await roundTrip(model.encoder), await roundTrip(model.head));
    const [a, b] = [model.apply(x), again.apply(x)];
    expect(maxAbsDiff(a, b)).toBe(0);
    tf.dispose([a, b]);
    again.dispose();
    const before = tf.memory().numTensors;
    model.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });
});
