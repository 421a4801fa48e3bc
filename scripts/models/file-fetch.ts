/**
 * A fetch-like function that serves public/ from disk, so Node code (training,
 * tests) loads models through exactly the same loader the browser uses.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { FetchLike } from '../../widgets/lib/models/fetch-bytes';

export function fileFetch(publicDir: string): FetchLike {
  return async (url: string) => {
    const path = decodeURIComponent(new URL(url, 'http://localhost/').pathname);
    const file = join(publicDir, normalize(path));
    try {
      const bytes = await readFile(file);
      return new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-length': String(bytes.length) } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}
