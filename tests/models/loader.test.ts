/** The loader's contract: clear, typed errors naming model and file; progress in bytes. */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { ModelLoadError } from '~/lib/load/errors';
import type { FetchLike } from '~/lib/load/fetch-bytes';
import { loadModel, type LoadProgress } from '~/lib/models/loader';
import type { ModelId } from '~/lib/models/registry';
import { publicFetch, readCard, setupBackend, tamperedFetch } from './helpers';

beforeAll(setupBackend);

/** `verify: false` reaches the structural checks that stand behind the checksums. */
async function failure(id: ModelId, fetch: FetchLike, verify = true): Promise<ModelLoadError> {
  const before = tf.memory().numTensors;
  const error: unknown = await loadModel(id, { fetch, verify }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelLoadError);
  // A failed load must not leave weights behind.
  expect(tf.memory().numTensors).toBe(before);
  return error as ModelLoadError;
}

const text = (s: string) => new TextEncoder().encode(s);
const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

describe('loadModel errors', () => {
  it('missing file (404)', async () => {
    const e = await failure('ae-d16', tamperedFetch({ 'ae-d16/decoder/model.json': () => null }));
    expect(e).toMatchObject({ modelId: 'ae-d16', file: 'decoder/model.json', reason: 'not-found' });
    expect(e.message).toContain('ae-d16');
    expect(e.message).toContain('decoder/model.json');
  });

  it('missing weights', async () => {
    const e = await failure('vae-d2', tamperedFetch({ 'vae-d2/encoder/weights.bin': () => null }));
    expect(e).toMatchObject({ modelId: 'vae-d2', file: 'encoder/weights.bin', reason: 'not-found' });
  });

  it('truncated weights', async () => {
    const e = await failure('ae-d16', tamperedFetch({ 'ae-d16/encoder/weights.bin': (b) => b.slice(0, b.length >> 1) }));
    expect(e).toMatchObject({ modelId: 'ae-d16', file: 'encoder/weights.bin', reason: 'truncated' });
    expect(e.message).toMatch(/ae-d16.*encoder\/weights\.bin.*truncated/);
  });

  it("a self-supervised model's head, missing or damaged, is named", async () => {
    const missing = await failure('rotation-d128', tamperedFetch({ 'rotation-d128/head/weights.bin': () => null }));
    expect(missing).toMatchObject({ modelId: 'rotation-d128', file: 'head/weights.bin', reason: 'not-found' });
    const flip = (b: Uint8Array) => b.map((v, i) => (i === 7 ? v ^ 1 : v));
    const damaged = await failure('simclr-d128', tamperedFetch({ 'simclr-d128/head/weights.bin': flip }));
    expect(damaged).toMatchObject({ modelId: 'simclr-d128', file: 'head/weights.bin' });
  });

  it('corrupt model.json', async () => {
    const e = await failure('dae-d16', tamperedFetch({ 'dae-d16/encoder/model.json': () => text('{"modelTopology": ') }), false);
    expect(e).toMatchObject({ modelId: 'dae-d16', file: 'encoder/model.json', reason: 'corrupt' });
  });

  it('weights that do not fit the topology', async () => {
    // The topology says 128 hidden units, the weights (and their byte count) still hold 256.
    const shrink = (b: Uint8Array) => text(new TextDecoder().decode(b).replace(/"units": *256/, '"units": 128'));
    const e = await failure('ae-d16', tamperedFetch({ 'ae-d16/encoder/model.json': shrink }), false);
    expect(e).toMatchObject({ modelId: 'ae-d16', file: 'encoder/model.json', reason: 'shape' });
  });

  it('a model of the wrong shape for its id', async () => {
    // Serve ae-d2's files as ae-d16: valid files, but a 2-d code where the registry says 16.
    const swap = (path: string) => async (bytes: Uint8Array) => {
      const other = await publicFetch(`/models/ae-d2/${path}`);
      return other.ok ? new Uint8Array(await other.arrayBuffer()) : bytes;
    };
    const files = ['encoder/model.json', 'encoder/weights.bin'];
    const fetch = async (url: string) => {
      const path = files.find((f) => url.endsWith(`ae-d16/${f}`));
      return path ? new Response(new Uint8Array(await swap(path)(new Uint8Array())), { status: 200 }) : publicFetch(url);
    };
    const e = await failure('ae-d16', fetch, false);
    expect(e).toMatchObject({ modelId: 'ae-d16', file: 'encoder/model.json', reason: 'shape' });
    expect(e.message).toContain('16');
  });

  it('pca: truncated or mislabelled files', async () => {
    const cut = await failure('pca', tamperedFetch({ 'pca/pca.bin': (b) => b.slice(0, 1000) }));
    expect(cut).toMatchObject({ modelId: 'pca', file: 'pca.bin', reason: 'truncated' });
    const wrongDim = (b: Uint8Array) => text(JSON.stringify({ ...json(b), dim: 100 }));
    const shape = await failure('pca', tamperedFetch({ 'pca/pca.json': wrongDim }), false);
    expect(shape).toMatchObject({ modelId: 'pca', file: 'pca.json', reason: 'shape' });
  });

  it('a same-size file with one byte changed is damaged, named, and says so plainly', async () => {
    const flip = (b: Uint8Array) => b.map((v, i) => (i === 1000 ? v ^ 0xff : v));
    const e = await failure('ae-d16', tamperedFetch({ 'ae-d16/encoder/weights.bin': flip }));
    expect(e).toMatchObject({ modelId: 'ae-d16', file: 'encoder/weights.bin', reason: 'damaged' });
    expect(e.message).toContain('encoder/weights.bin is damaged: its contents do not match the published checksum');
    const pca = await failure('pca', tamperedFetch({ 'pca/pca.bin': flip }));
    expect(pca).toMatchObject({ modelId: 'pca', file: 'pca.bin', reason: 'damaged' });
    // A changed digit in a JSON number keeps the file valid JSON of the same size.
    const nudge = (b: Uint8Array) =>
      text(new TextDecoder().decode(b).replace(/"scale": ?0\.00(\d)/, (m, d: string) => m.slice(0, -1) + ((Number(d) + 1) % 10)));
    const json = await failure('dae-d16', tamperedFetch({ 'dae-d16/decoder/model.json': nudge }));
    expect(json).toMatchObject({ modelId: 'dae-d16', file: 'decoder/model.json', reason: 'damaged' });
  });

  it('a missing card is named: without it nothing can be checked', async () => {
    const e = await failure('vae-d2', tamperedFetch({ 'vae-d2/card.json': () => null }));
    expect(e).toMatchObject({ modelId: 'vae-d2', file: 'card.json', reason: 'not-found' });
  });

  it('network failure', async () => {
    const e = await failure('vae-d16', () => Promise.reject(new TypeError('fetch failed')));
    expect(e).toMatchObject({ modelId: 'vae-d16', reason: 'network' });
  });

  it('unknown id', async () => {
    await expect(loadModel('nope' as ModelId, { fetch: publicFetch })).rejects.toBeInstanceOf(ModelLoadError);
  });
});

describe('loadModel progress', () => {
  it('reports bytes so far against the exact total, ending at the total', async () => {
    const seen: LoadProgress[] = [];
    const model = await loadModel('vae-d16', { fetch: publicFetch, onProgress: (p) => seen.push(p) });
    model.dispose();
    const last = seen.at(-1);
    const total = readCard('vae-d16').size.bytes;
    expect(last?.loadedBytes).toBe(total);
    expect(last?.totalBytes).toBe(total);
    for (let i = 1; i < seen.length; i++) {
      expect((seen[i] as LoadProgress).loadedBytes).toBeGreaterThan((seen[i - 1] as LoadProgress).loadedBytes);
    }
  });

  it('fetches from the site base URL', async () => {
    const urls: string[] = [];
    const model = await loadModel('pca', {
      baseUrl: '/book/',
      fetch: (url) => {
        urls.push(url);
        return publicFetch(url.replace('/book', ''));
      },
    });
    model.dispose();
    expect(urls.sort()).toEqual(['/book/models/pca/card.json', '/book/models/pca/pca.bin', '/book/models/pca/pca.json']);
  });
});

describe('a download that stalls', () => {
  it('is given up with a network error that says it timed out', async () => {
    const { fetchBytes } = await import('~/lib/load/fetch-bytes');
    const never = () => new Promise<Response>(() => {});
    const fail = (reason: string, detail: string): never => {
      throw new Error(`${reason}: ${detail}`);
    };
    await expect(fetchBytes(never, '/models/x/model.json', fail, { stallMs: 50 })).rejects.toThrow(/network: timed out/);
  });
});
