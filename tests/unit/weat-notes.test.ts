/** What the WEAT figure says about its own numbers: the partition count, a missing d, ignored lists. */
import { describe, expect, it } from 'vitest';
import { weat } from '../../widgets/lib/embeddings/core';
import { embeddingsFromVectors } from '../../widgets/lib/embeddings/core/vocab';
import { describeTest, effectSizeNote, formatPartitionCount } from '../../widgets/lib/embeddings/weat-format';
import { ignoredListsNote } from '../../widgets/weat/core';

const emb = embeddingsFromVectors(
  ['he', 'she', 'doctor', 'nurse', 'good', 'bad'],
  [
    [1, 0, 0],
    [0, 1, 0],
    [0.9, 0.2, 0.1],
    [0.1, 0.9, 0.2],
    [0.5, 0.5, 1],
    [0.3, 0.1, -1],
  ],
);

describe('the partition count', () => {
  it('is exact and grouped for small sets, and a power of ten beyond a million', () => {
    expect(formatPartitionCount(20, 10)).toBe('184,756');
    expect(formatPartitionCount(40, 20)).toBe('1.4 × 10¹¹'); // C(40, 20) = 137,846,528,820
  });

  it('stays readable for two sets of 1,000 words, where the count overflows a double', () => {
    // log10 C(2000, 1000) = 600.31…, so C(2000, 1000) = 2.05 × 10^600.
    expect(formatPartitionCount(2000, 1000)).toBe('2.0 × 10⁶⁰⁰');
    const r = weat(emb, { X: ['doctor'], Y: ['nurse'], A: ['he'], B: ['she'] });
    const big = { ...r, sizes: { X: 1000, Y: 1000, A: 1, B: 1 } };
    const sampled = {
      ...big,
      test: { pValue: 0.5, method: 'sampled' as const, partitions: 100_000, totalPartitions: Infinity, seed: 1 },
    };
    expect(describeTest(sampled)).toBe('sampled: 100,000 of 2.0 × 10⁶⁰⁰ partitions, seed 1');
  });
});

describe('a missing effect size', () => {
  it('is explained when A and B are the same set, so every score is 0', () => {
    const r = weat(emb, { X: ['doctor'], Y: ['nurse'], A: ['good'], B: ['good'] });
    expect(r.effectSize).toBeNaN();
    expect(effectSizeNote(r)).toContain('A and B are the same set');
  });

  it('is not mentioned when d exists', () => {
    expect(effectSizeNote(weat(emb, { X: ['doctor'], Y: ['nurse'], A: ['he'], B: ['she'] }))).toBeNull();
  });
});

describe('word lists a link gives to a preset test', () => {
  it('are named as ignored unless the test is custom', () => {
    const note = ignoredListsNote({ test: 'weat1', x: 'doctor', y: '', a: 'good', b: '' });
    expect(note).toContain('(weat.x, weat.a)');
    expect(note).toContain('weat.test=custom');
    expect(ignoredListsNote({ test: 'custom', x: 'doctor', y: '', a: 'good', b: '' })).toBeNull();
    expect(ignoredListsNote({ test: 'weat1', x: '', y: '', a: '', b: '' })).toBeNull();
  });
});
