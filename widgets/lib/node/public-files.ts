/**
 * The site's public/ folder read from disk, for Node only (the build, the
 * training scripts, the tests): a fetch-like function that serves it, so Node
 * code loads models and data through exactly the loaders the browser uses.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { FetchLike } from '../load/fetch-bytes';

/** public/ of the project being built or tested (the working directory). */
export const PUBLIC_DIR = join(process.cwd(), 'public');

export function fileFetch(publicDir: string = PUBLIC_DIR): FetchLike {
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

/** A file under public/, read whole. */
export function readPublic(path: string): Buffer {
  return readFileSync(join(PUBLIC_DIR, path));
}

export function readPublicJson<T>(path: string): T {
  return JSON.parse(readPublic(path).toString('utf8')) as T;
}
