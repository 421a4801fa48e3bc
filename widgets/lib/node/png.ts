/**
 * A tiny PNG encoder for build-time fallbacks (greyscale or RGB, 8 bits), so
 * digit images can be inlined as data: URIs without a native image library.
 * Node only.
 */
import { crc32, deflateSync } from 'node:zlib';
import { concatImages, tileDigits } from '../digits/paint';
import { PIXELS } from '../models/registry';

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** `pixels` is width × height × channels bytes, row-major; channels 1 (grey) or 3 (RGB). */
export function encodePng(pixels: Uint8Array, width: number, height: number, channels: 1 | 3 = 1): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 1 ? 0 : 2;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

export function pngDataUri(pixels: Uint8Array, width: number, height: number, channels: 1 | 3 = 1): string {
  return `data:image/png;base64,${encodePng(pixels, width, height, channels).toString('base64')}`;
}

/** Grey levels rounded to 16 steps: invisible at figure size, and it roughly halves the PNG. */
export function quantise(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 15) * 17;
}

/**
 * Digit images (784 floats in [0, 1] each, one after the other or one array
 * each) tiled `cols` wide with mid-grey gaps, as a grey PNG data URI.
 */
export function digitGridUri(
  images: ArrayLike<number> | readonly ArrayLike<number>[],
  cols: number,
  gap = 2,
): { url: string; width: number; height: number } {
  const flat =
    Array.isArray(images) && typeof images[0] !== 'number'
      ? concatImages(images as readonly ArrayLike<number>[])
      : (images as ArrayLike<number>);
  const { grey, width, height } = tileDigits(flat, Math.floor(flat.length / PIXELS), cols, {
    gap,
    background: 128,
    level: quantise,
  });
  return { url: pngDataUri(grey, width, height, 1), width, height };
}
