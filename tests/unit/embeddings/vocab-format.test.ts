import { describe, expect, it } from 'vitest';
import {
  decodeEmbeddings,
  embeddingsFromQuantized,
  embeddingsFromVectors,
  encodeVectors,
  parseWords,
  quantizeRows,
  rowOf,
  serializeWords,
  subsetEmbeddings,
  vectorOf,
} from '../../../widgets/lib/embeddings/core';

describe('embedding table', () => {
  it('stores unit rows and remembers the original lengths', () => {
    const emb = embeddingsFromVectors(
      ['a', 'b', 'zero'],
      [
        [3, 4],
        [0, 2],
        [0, 0],
      ],
    );
    expect(Array.from(rowOf(emb, 0))).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect(Array.from(emb.lengths)).toEqual([5, 2, 0]);
    expect(Array.from(vectorOf(emb, 'zero') ?? [])).toEqual([0, 0]);
    expect(vectorOf(emb, 'missing')).toBeUndefined();
  });

  it('accepts a flat array and rejects duplicate words', () => {
    const emb = embeddingsFromVectors(['a', 'b'], new Float32Array([1, 0, 0, 1]), 2);
    expect(emb.dims).toBe(2);
    expect(() => embeddingsFromVectors(['a', 'a'], [[1], [2]])).toThrow(/duplicate/);
  });

  it('keeps chosen rows in the given order', () => {
    const emb = embeddingsFromVectors(
      ['a', 'b', 'c'],
      [
        [1, 0],
        [0, 1],
        [1, 1],
      ],
    );
    const sub = subsetEmbeddings(emb, [2, 0]);
    expect(sub.words).toEqual(['c', 'a']);
    expect(sub.index.get('a')).toBe(1);
    expect(Array.from(rowOf(sub, 1))).toEqual([1, 0]);
  });
});

describe('int8 asset format', () => {
  const words = ['alpha', 'beta', 'gamma'];
  const raw = new Float32Array([0.5, -1.27, 0.01, 2, 0, -2, 0, 0, 0]);

  it('maps the largest |value| of each row to ±127 and restores the vector as scale · code', () => {
    const q = quantizeRows(raw, 3, 3);
    expect(Array.from(q.codes.slice(0, 3))).toEqual([50, -127, 1]);
    expect(q.scales[0]).toBeCloseTo(0.01, 7);
    expect(Array.from(q.codes.slice(6))).toEqual([0, 0, 0]);
    expect(q.scales[2]).toBe(0);
  });

  it('round-trips through bytes and gives unit rows and original lengths', () => {
    const bin = encodeVectors(quantizeRows(raw, 3, 3));
    expect(bin.length).toBe(3 * 4 + 9);
    const emb = decodeEmbeddings(bin, serializeWords(words), { dims: 3, count: 3 });
    expect(emb.words).toEqual(words);
    const r0 = rowOf(emb, 0);
    const len0 = Math.hypot(0.5, 1.27, 0.01);
    expect(r0[0]).toBeCloseTo(0.5 / len0, 2);
    expect(Math.hypot(...r0)).toBeCloseTo(1, 6);
    expect(emb.lengths[0]).toBeCloseTo(len0, 2);
    expect(emb.lengths[1]).toBeCloseTo(Math.hypot(2, 2), 5);
    expect(Array.from(rowOf(emb, 2))).toEqual([0, 0, 0]);
  });

  it('decodes from an unaligned view and from an ArrayBuffer alike', () => {
    const bin = encodeVectors(quantizeRows(raw, 3, 3));
    const padded = new Uint8Array(bin.length + 1);
    padded.set(bin, 1);
    const a = decodeEmbeddings(padded.subarray(1), serializeWords(words), { dims: 3, count: 3 });
    const b = decodeEmbeddings(bin.slice().buffer, serializeWords(words), { dims: 3, count: 3 });
    expect(Array.from(a.unit)).toEqual(Array.from(b.unit));
  });

  it('rejects files that disagree with the manifest', () => {
    const bin = encodeVectors(quantizeRows(raw, 3, 3));
    expect(() => decodeEmbeddings(bin, 'alpha\nbeta\n', { dims: 3, count: 3 })).toThrow(/2 words/);
    expect(() => decodeEmbeddings(bin.subarray(1), serializeWords(words), { dims: 3, count: 3 })).toThrow(/bytes/);
    expect(() => embeddingsFromQuantized(['x'], quantizeRows(raw, 3, 3), 3)).toThrow(/scales/);
  });

  it('writes one word per line and refuses words that would break the format', () => {
    expect(parseWords(serializeWords(['a', 'b-c', "don't"]))).toEqual(['a', 'b-c', "don't"]);
    expect(() => serializeWords(['a\nb'])).toThrow();
    expect(() => serializeWords([''])).toThrow();
  });
});
