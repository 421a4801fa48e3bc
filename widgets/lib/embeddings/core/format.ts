/**
 * The shipped asset's binary format, written by scripts/embeddings/build.ts and
 * read by the browser: one definition, so the two sides cannot drift.
 *
 * vectors.bin = count float32 scales (little-endian), then count × dims int8 codes.
 * code_i = round(127 · v_i / max|v_i|) and scale_i = max|v_i| / 127, so
 * scale_i · code_i ≈ v_i, the original GloVe vector. Cosine ignores the scale,
 * so the unit row is code_i / ‖code_i‖; the scale only restores the length.
 * words.txt = the words, one per line (UTF-8, "\n"), in the same order.
 */
import { buildIndex, type Embeddings } from './vocab';

export const ASSET_FORMAT = 'int8-row-scaled/1';

export interface AssetFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface EmbeddingManifest {
  format: typeof ASSET_FORMAT;
  dims: number;
  count: number;
  layout: string;
  files: { vectors: AssetFile; words: AssetFile };
  source: { name: string; package: string; citation: string; licence: string };
}

export interface QuantizedRows {
  scales: Float32Array;
  codes: Int8Array;
}

/** Per-row symmetric int8 quantization: the largest |value| of a row maps to ±127. */
export function quantizeRows(flat: ArrayLike<number>, count: number, dims: number): QuantizedRows {
  const scales = new Float32Array(count);
  const codes = new Int8Array(count * dims);
  for (let i = 0; i < count; i++) {
    let maxAbs = 0;
    for (let j = 0; j < dims; j++) maxAbs = Math.max(maxAbs, Math.abs(flat[i * dims + j] ?? 0));
    scales[i] = maxAbs / 127;
    if (maxAbs === 0) continue;
    const k = 127 / maxAbs;
    for (let j = 0; j < dims; j++) codes[i * dims + j] = Math.round((flat[i * dims + j] ?? 0) * k);
  }
  return { scales, codes };
}

export function encodeVectors({ scales, codes }: QuantizedRows): Uint8Array {
  const out = new Uint8Array(scales.length * 4 + codes.length);
  const view = new DataView(out.buffer);
  scales.forEach((s, i) => view.setFloat32(i * 4, s, true));
  out.set(new Uint8Array(codes.buffer, codes.byteOffset, codes.length), scales.length * 4);
  return out;
}

export function decodeQuantized(binary: ArrayBuffer | Uint8Array, count: number, dims: number): QuantizedRows {
  const bytes = binary instanceof Uint8Array ? binary : new Uint8Array(binary);
  const expected = count * 4 + count * dims;
  if (bytes.length !== expected) {
    throw new Error(`vectors file has ${bytes.length} bytes; ${count} words × ${dims} dims need ${expected}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) scales[i] = view.getFloat32(i * 4, true);
  const codes = new Int8Array(bytes.buffer, bytes.byteOffset + count * 4, count * dims);
  return { scales, codes };
}

/** Expand int8 codes to unit float32 rows (see the file comment for why this is exact for cosine). */
export function embeddingsFromQuantized(words: readonly string[], q: QuantizedRows, dims: number): Embeddings {
  const count = words.length;
  if (q.scales.length !== count) throw new Error(`${q.scales.length} scales for ${count} words`);
  const unit = new Float32Array(count * dims);
  const lengths = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let sq = 0;
    for (let j = 0; j < dims; j++) {
      const c = q.codes[i * dims + j] ?? 0;
      sq += c * c;
    }
    const codeNorm = Math.sqrt(sq);
    lengths[i] = codeNorm * (q.scales[i] ?? 0);
    const inv = codeNorm > 0 ? 1 / codeNorm : 0;
    for (let j = 0; j < dims; j++) unit[i * dims + j] = (q.codes[i * dims + j] ?? 0) * inv;
  }
  return { words: [...words], dims, unit, lengths, index: buildIndex(words) };
}

export function serializeWords(words: readonly string[]): string {
  for (const w of words) {
    if (w.length === 0 || /[\r\n]/.test(w)) throw new Error(`word cannot be written one per line: ${JSON.stringify(w)}`);
  }
  return words.join('\n') + '\n';
}

export function parseWords(text: string): string[] {
  const words = text.split('\n');
  if (words.at(-1) === '') words.pop();
  return words;
}

/** Decode the fetched asset (vectors.bin + words.txt) checked against the manifest's dims and count. */
export function decodeEmbeddings(
  binary: ArrayBuffer | Uint8Array,
  wordsText: string,
  manifest: Pick<EmbeddingManifest, 'dims' | 'count'>,
): Embeddings {
  const words = parseWords(wordsText);
  if (words.length !== manifest.count) {
    throw new Error(`words file lists ${words.length} words; the manifest says ${manifest.count}`);
  }
  return embeddingsFromQuantized(words, decodeQuantized(binary, manifest.count, manifest.dims), manifest.dims);
}
