/**
 * Every download is checked against the SHA-256 its generating script
 * published: a same-size file with one byte changed is refused, naming the
 * file; the shipped files pass.
 */
import { describe, expect, it } from 'vitest';
import { loadDigitSet } from '~/lib/digits/sets';
import { loadEmbeddings } from '~/lib/embeddings/core';
import { DataLoadError } from '~/lib/load/errors';
import { fetchBytes, type FetchLike } from '~/lib/load/fetch-bytes';
import { fileFetch } from '~/lib/node/public-files';

const served = fileFetch();

/** public/ as served, with `change` applied to the one file whose URL ends in `suffix`. */
function tampered(suffix: string, change: (bytes: Uint8Array) => Uint8Array): FetchLike {
  return async (url) => {
    const response = await served(url);
    if (!url.endsWith(suffix)) return response;
    return new Response(new Uint8Array(change(new Uint8Array(await response.arrayBuffer()))), { status: 200 });
  };
}

const flipByte = (at: number) => (b: Uint8Array) => b.map((v, i) => (i === at ? v ^ 0x01 : v));
const DAMAGED = 'is damaged: its contents do not match the published checksum';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe('fetchBytes with a published checksum', () => {
  const published = { bytes: 3, sha256: 'a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3' }; // "123"
  const fail = (reason: string, detail: string): never => {
    throw new Error(`${reason}: ${detail}`);
  };
  const serve = (body: string) => () => Promise.resolve(new Response(body));

  it('passes the bytes that match', async () => {
    const bytes = await fetchBytes(serve('123'), '/x', fail, { published });
    expect(new TextDecoder().decode(bytes)).toBe('123');
  });

  it('refuses a changed byte, a short file and a long one', async () => {
    await expect(fetchBytes(serve('124'), '/x', fail, { published })).rejects.toThrow(/^damaged: its contents/);
    await expect(fetchBytes(serve('12'), '/x', fail, { published })).rejects.toThrow(/^truncated: 2 bytes of 3/);
    await expect(fetchBytes(serve('1234'), '/x', fail, { published })).rejects.toThrow(/^damaged/);
  });
});

describe('the digit sets', () => {
  it('load when the files are as shipped', async () => {
    const set = await loadDigitSet('mnist-heldout', { fetch: served });
    expect(set.count).toBe(1000);
  });

  it('refuse held-out labels set to 0xFF, naming the file', async () => {
    const error = await failure(loadDigitSet('mnist-heldout', { fetch: tampered('heldout-labels.u8', (b) => b.fill(0xff)) }));
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ dataset: 'mnist-heldout', file: 'data/mnist/heldout-labels.u8', reason: 'damaged' });
    expect((error as Error).message).toContain(`data/mnist/heldout-labels.u8 ${DAMAGED}`);
  });

  it('refuse one changed pixel of the Fashion-MNIST sample', async () => {
    const error = await failure(loadDigitSet('fashion-ood', { fetch: tampered('ood-images.u8', flipByte(5000)) }));
    expect(error).toMatchObject({ file: 'data/fashion/ood-images.u8', reason: 'damaged' });
  });
});

describe('the word vectors', () => {
  it('refuse one changed byte of vectors.bin, naming it', async () => {
    const fetch = tampered('glove/vectors.bin', flipByte(123_456));
    const error = await failure(loadEmbeddings('/data/glove/', { fetch }));
    expect(error).toMatchObject({ dataset: 'word vectors', file: 'vectors.bin', reason: 'damaged' });
    expect((error as Error).message).toContain(`vectors.bin ${DAMAGED}`);
  });
});
