/** The word vectors download like the models: byte progress, and a stalled file is given up with a network error. */
import { describe, expect, it } from 'vitest';
import { loadEmbeddings } from '~/lib/embeddings/core';
import { DataLoadError } from '~/lib/load/errors';

// words.txt carries its real SHA-256 (of "a\nb\n"), so it passes and vectors.bin is the file that stalls.
const manifest = {
  format: 'int8-row-scaled/1',
  dims: 2,
  count: 2,
  files: {
    vectors: { path: 'vectors.bin', bytes: 12, sha256: 'x' },
    words: { path: 'words.txt', bytes: 4, sha256: '911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2' },
  },
};

/** Serves the manifest and words; vectors.bin sends its first `sent` bytes, then nothing more, ever. */
function stallingFetch(sent: number) {
  return async (url: string): Promise<Response> => {
    if (url.endsWith('manifest.json')) return new Response(JSON.stringify(manifest));
    if (url.endsWith('words.txt')) return new Response('a\nb\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(sent));
      },
    });
    return new Response(body);
  };
}

describe('the word-vector download', () => {
  it('gives up on a file that stops sending, with a network error naming it', async () => {
    const seen: [number, number][] = [];
    const load = loadEmbeddings('/data/glove/', {
      fetch: stallingFetch(5),
      stallMs: 100,
      onProgress: (loaded, total) => seen.push([loaded, total]),
    });
    const error = await load.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ reason: 'network', file: 'vectors.bin' });
    expect(String((error as Error).message)).toMatch(/timed out: no data/);
    // Progress came in bytes, out of the total the manifest gives, up to the stall.
    expect(seen[0]).toEqual([0, 16]);
    expect(seen.at(-1)?.[0]).toBe(5 + 4);
    expect(seen.every(([, total]) => total === 16)).toBe(true);
  });

  it('gives up on a server that never answers', async () => {
    const never = () => new Promise<Response>(() => {});
    await expect(loadEmbeddings('/data/glove/', { fetch: never, stallMs: 50 })).rejects.toMatchObject({
      reason: 'network',
      file: 'manifest.json',
    });
  });
});
