/**
 * A minimal PNG encoder (8-bit greyscale, no filtering) for build-time
 * fallback images. Node only: it uses node:zlib.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** grey: width × height bytes, row-major. */
export function greyPng(width: number, height: number, grey: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(grey.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

/** Tile 28 × 28 images (values in [0, 1]) into one greyscale PNG, as a data: URL. */
export function digitSheet(rows: readonly (readonly ArrayLike<number>[])[], gap = 2): { url: string; width: number; height: number } {
  const cols = Math.max(...rows.map((r) => r.length));
  const width = cols * 28 + (cols - 1) * gap;
  const height = rows.length * 28 + (rows.length - 1) * gap;
  const grey = new Uint8Array(width * height).fill(128);
  rows.forEach((row, r) =>
    row.forEach((img, c) => {
      for (let y = 0; y < 28; y++) {
        for (let x = 0; x < 28; x++) {
          const v = Math.min(1, Math.max(0, img[y * 28 + x] ?? 0));
          grey[(r * (28 + gap) + y) * width + c * (28 + gap) + x] = Math.round(v * 255);
        }
      }
    }),
  );
  return { url: `data:image/png;base64,${greyPng(width, height, grey).toString('base64')}`, width, height };
}
