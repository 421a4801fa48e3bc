/**
 * Fetch a file as bytes, counting them as they arrive so widgets can show
 * progress. Works with the browser's fetch and with any fetch-like function
 * (tests pass one that reads from disk).
 */
import type { LoadFailure } from './errors';

export type FetchLike = (url: string) => Promise<Response>;

export type Fail = (reason: LoadFailure, detail: string) => never;

export function defaultFetch(): FetchLike {
  if (typeof globalThis.fetch !== 'function') throw new Error('No fetch available: pass one in the options.');
  return (url) => globalThis.fetch(url);
}

/** Join a site base ("/", "/book/", "https://…/") and a path inside public/. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** A download that receives nothing for this long is given up, so the reader gets a Retry. */
export const STALL_MS = 20_000;

const TIMED_OUT = Symbol('timed out');

/** `promise`, or TIMED_OUT if it has not settled after `ms`. */
function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function fetchBytes(
  fetchFn: FetchLike,
  url: string,
  fail: Fail,
  onChunk: (bytes: number) => void = () => {},
  stallMs = STALL_MS,
): Promise<Uint8Array> {
  const stalled = () => fail('network', `timed out: no data for ${Math.round(stallMs / 1000)} s from ${url}`);
  let response: Response | typeof TIMED_OUT;
  try {
    response = await withinMs(fetchFn(url), stallMs);
  } catch (error) {
    return fail('network', error instanceof Error ? error.message : String(error));
  }
  if (response === TIMED_OUT) return stalled();
  if (response.status === 404) return fail('not-found', `HTTP 404 for ${url}`);
  if (!response.ok) return fail('http', `HTTP ${response.status} for ${url}`);
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    onChunk(whole.length);
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const next = await withinMs(reader.read(), stallMs);
    if (next === TIMED_OUT) {
      void reader.cancel();
      return stalled();
    }
    const { done, value } = next;
    if (done) break;
    chunks.push(value);
    total += value.length;
    onChunk(value.length);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export function parseJson(bytes: Uint8Array, fail: Fail): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return fail('corrupt', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
