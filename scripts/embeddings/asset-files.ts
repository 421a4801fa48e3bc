/** Encoding a vocabulary selection into the shipped files, and measuring them. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { encodeVectors, quantizeRows, serializeWords } from '../../widgets/lib/embeddings/core';
import type { SourceVectors } from './source';

export interface EncodedAsset {
  words: string[];
  vectorsBin: Uint8Array;
  wordsTxt: Uint8Array;
}

/** Quantize the raw GloVe rows of a selection (the scale keeps their original length). */
export function encodeSelection(source: SourceVectors, rows: readonly number[]): EncodedAsset {
  const { dims } = source;
  const raw = new Float32Array(rows.length * dims);
  rows.forEach((r, i) => raw.set(source.vectors.subarray(r * dims, (r + 1) * dims), i * dims));
  const words = rows.map((r) => source.words[r] as string);
  return {
    words,
    vectorsBin: encodeVectors(quantizeRows(raw, rows.length, dims)),
    wordsTxt: new TextEncoder().encode(serializeWords(words)),
  };
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

export interface MeasuredFile {
  bytes: number;
  gzipBytes: number;
  sha256: string;
}

export function measure(bytes: Uint8Array): MeasuredFile {
  return { bytes: bytes.length, gzipBytes: gzipSize(bytes), sha256: sha256(bytes) };
}
