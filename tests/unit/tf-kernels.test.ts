/**
 * The smaller TF.js registers only the kernels in widgets/lib/tf-kernels.ts.
 * Here the CPU backend gets exactly that registration (no full backend is
 * imported), and every figure's model path runs on it: loading each shipped
 * model, inference, the figures' cores, the flow's training steps with their
 * gradients, and the embeddings scorer. A kernel the list lacks throws
 * "Kernel '…' not registered for backend 'cpu'".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import * as layers from '@tensorflow/tfjs-layers';
import { KERNELS } from '~/lib/tf-kernels';
import { CPU_KERNELS } from '~/lib/tf-kernels-cpu';
import { WEBGL_KERNELS } from '~/lib/tf-kernels-webgl';
import { loadDigitSet } from '~/lib/digits/sets';
import { embeddingsFromVectors } from '~/lib/embeddings/core/vocab';
import { tfScorer } from '~/lib/embeddings/tf-scorer';
import { VaeModel } from '~/lib/models/autoencoders';
import { loadModel } from '~/lib/models/loader';
import { PcaModel } from '~/lib/models/pca';
import { ParamsModel } from '~/lib/models/zoo-2d';
import { DenoiserModel } from '~/lib/models/denoiser';
import { FeatureModel } from '~/lib/models/feature-model';
import { MODEL_IDS, PIXELS } from '~/lib/models/registry';
import { binariseTensor, digitsToTensor } from '~/lib/models/tensors';
import { fileFetch } from '~/lib/node/public-files';
import { reconstructionErrors } from '~/widgets/anomaly/core';
import { reconstructOne } from '~/widgets/denoising/core';
import { Trainer } from '~/widgets/flow-2d/trainer';
import { Trainer as GanTrainer } from '~/widgets/gan-2d/trainer';
import { decodePath } from '~/widgets/interpolation/encode';
import { decodePoint } from '~/widgets/latent-space/core';
import { reconstructAll } from '~/widgets/reconstruction/core';
import type { TfRuntime } from '~/lib/tf';

const fetch = fileFetch();
const names = (configs: readonly tf.KernelConfig[]) => configs.map((c) => c.kernelName).sort();

beforeAll(async () => {
  tf.env().set('IS_TEST', true); // no "install tfjs-node" notice
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('the custom TF.js registration', () => {
  it('registers exactly the listed kernels on the CPU and WebGL backends', () => {
    const listed = [...KERNELS].sort();
    expect(names(CPU_KERNELS)).toEqual(listed);
    expect(names(WEBGL_KERNELS)).toEqual(listed);
    expect(names(tf.getKernelsForBackend('cpu'))).toEqual(listed);
    expect(names(tf.getKernelsForBackend('webgl'))).toEqual(listed);
  });

  it('names a kernel that is not registered', () => {
    expect(() => tf.tidy(() => tf.sin(tf.scalar(1)))).toThrow(/Kernel 'Sin' not registered for backend 'cpu'/);
  });
});

describe('every figure model path runs with only those kernels', () => {
  it('loads every shipped model and runs its inference and the figures that use it', async () => {
    const digits = await loadDigitSet('mnist-heldout', { fetch });
    const x = digitsToTensor(digits, 0, 8);
    const pixels = x.dataSync() as Float32Array;
    const [one, other] = [pixels.slice(0, PIXELS), pixels.slice(PIXELS, 2 * PIXELS)];
    const before = tf.memory().numTensors;
    const loaded = await Promise.all(MODEL_IDS.map((id) => loadModel(id, { fetch })));
    for (const model of loaded) {
      if (model instanceof VaeModel) {
        const binary = binariseTensor(x);
        const post = model.encode(binary);
        tf.dispose([binary, model.reconstruct(x), model.sampleLatent(post, 1), model.generate(4, 2), post.mean, post.logVar]);
        if (model.latent === 2) expect(decodePoint(tf, model, [0.1, -0.2]).length).toBe(PIXELS);
        expect(decodePath(tf, model, one, other, 4, 'slerp').images.length).toBe(4 * PIXELS);
      } else if (model instanceof DenoiserModel) {
        const points = tf.tensor2d([0.5, -1, 2, 0], [2, 2]);
        tf.dispose([model.predictNoise(points, 25), points]);
        expect(model.predictNoiseArray([0.5, -1], 3).length).toBe(2);
      } else if (model instanceof PcaModel) {
        tf.dispose([model.reconstruct(x, 16), model.decode(model.encode(x, 2))]);
      } else if (model instanceof FeatureModel) {
        const h = model.features(x);
        expect(h.shape).toEqual([8, model.info.latent]);
        tf.dispose([h, model.apply(x)]);
      } else if (model instanceof ParamsModel) {
        // The zoo's 2-d models run at build time only; the page never loads them.
        expect(model.params.length).toBeGreaterThan(0);
      } else {
        tf.dispose([model.reconstruct(x), model.encode(x)]);
        expect(reconstructOne(tf, model, one).length).toBe(PIXELS);
        expect((await reconstructionErrors(tf, model, digits.images, 0, 8)).length).toBe(8);
        expect(decodePath(tf, model, one, other, 4, 'linear').images.length).toBe(4 * PIXELS);
        if (model.latent === 2) expect(decodePoint(tf, model, [0.5, 0.5]).length).toBe(PIXELS);
      }
    }
    const [ae16, ae2, pca] = await Promise.all([
      loadModel('ae-d16', { fetch }),
      loadModel('ae-d2', { fetch }),
      loadModel('pca', { fetch }),
    ]);
    expect(reconstructAll(tf, { ae16, ae2, pca }, one, 16).ae16.mse).toBeGreaterThan(0);
    for (const model of [...loaded, ae16, ae2, pca]) model.dispose();
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains the 2-D flow (forward, gradients, Adam) and evaluates it', () => {
    const trainer = new Trainer(tf, { dataset: 'moons', seed: 1, learningRate: 0.005, layers: 6 });
    tf.dispose([trainer.step(2), trainer.heldOutNll(), trainer.density(), trainer.samples()]);
    expect(Number.isFinite(trainer.untrained().testNll)).toBe(true);
    trainer.dispose();
  });

  it('trains the GAN (both players, gradients, Adam) and draws its pictures', () => {
    const trainer = new GanTrainer(tf, { dataset: 'mixture', seed: 1, gLr: 0.002, dLr: 0.002, dSteps: 2 });
    tf.dispose([trainer.step(2), trainer.losses(), trainer.field(), trainer.samples(), trainer.gridImage()]);
    trainer.dispose();
  });

  it('scores and answers an analogy with the embeddings scorer on TF.js, not its plain-JS fallback', async () => {
    const words = ['king', 'man', 'woman', 'queen'];
    const vectors = new Float32Array([1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1]);
    const emb = embeddingsFromVectors(words, vectors, 3);
    // Node has only the CPU backend: every workload runs there.
    const rt = {
      tf,
      layers,
      backend: 'cpu',
      env: { forced: 'cpu', webgl: 'none' },
      choose: () => ({ backend: 'cpu', reason: 'Node' }),
      run: (_workload, fn) => fn(),
    } satisfies TfRuntime;
    const scorer = tfScorer(rt, emb, 1);
    const [scores] = await scorer.scoreMany([vectors.subarray(0, 3)]);
    expect(scores?.length).toBe(4);
    expect((await scorer.cosMul(vectors.subarray(0, 3), vectors.subarray(3, 6), vectors.subarray(6, 9), 1e-3)).length).toBe(4);
    expect(scorer.note).toBeNull();
  });
});
