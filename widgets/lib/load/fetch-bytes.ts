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

/**
 * The stall timeout in force: STALL_MS, unless the page set `window.__LWL_STALL_MS__`
 * to a positive number first (the e2e fault tests do, so a stalled download
 * fails in a second rather than twenty; a reader's page never sets it).
 */
export function stallMs(): number {
  const override = (globalThis as { __LWL_STALL_MS__?: unknown }).__LWL_STALL_MS__;
  return typeof override === 'number' && override > 0 ? override : STALL_MS;
}

/** What the script that wrote a file recorded about it (a model card, a data manifest). */
export interface Published {
  readonly bytes: number;
  readonly sha256: string;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Check downloaded bytes against the size and SHA-256 their generating script
 * published: a short file is truncated, anything else that differs is damaged.
 */
export async function checkPublished(bytes: Uint8Array, published: Published, fail: Fail): Promise<void> {
  if (bytes.length < published.bytes) fail('truncated', `${bytes.length} bytes of ${published.bytes}`);
  if (bytes.length === published.bytes && (await sha256Hex(bytes)) === published.sha256) return;
  fail('damaged', 'its contents do not match the published checksum');
}

export interface FetchBytesOptions {
  /** Called with the size of each chunk as it arrives. */
  readonly onChunk?: ((bytes: number) => void) | undefined;
  /** Give up after this long with no data, in ms; default stallMs(). */
  readonly stallMs?: number | undefined;
  /** The file's published size and SHA-256; when given, the bytes are checked against them. */
  readonly published?: Published | undefined;
}

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
  options: FetchBytesOptions = {},
): Promise<Uint8Array> {
  const bytes = await download(fetchFn, url, fail, options.onChunk ?? (() => {}), options.stallMs ?? stallMs());
  if (options.published) await checkPublished(bytes, options.published, fail);
  return bytes;
}

async function download(
  fetchFn: FetchLike,
  url: string,
  fail: Fail,
  onChunk: (bytes: number) => void,
  stallMs: number,
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
