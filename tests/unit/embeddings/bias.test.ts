import { describe, expect, it } from 'vitest';
import {
  directionFromPair,
  directionFromPairs,
  dot,
  embeddingsFromVectors,
  projectOnDirection,
} from '../../../widgets/lib/embeddings/core';

// Axis 0 is "gender" (+ male), axes 1–2 carry other meaning.
const emb = embeddingsFromVectors(
  ['he', 'she', 'man', 'woman', 'king', 'queen', 'nurse', 'engineer', 'table'],
  [
    [1, 1, 0],
    [-1, 1, 0],
    [1, 0, 1],
    [-1, 0, 1],
    [1, 2, 2],
    [-1, 2, 2],
    [-0.5, 0, 2],
    [0.4, 2, 0],
    [0, 1, 1],
  ],
);

describe('directionFromPair', () => {
  it('is the normalised difference of the two unit vectors', () => {
    const g = directionFromPair(emb, ['he', 'she']).direction;
    expect(Array.from(g)).toEqual([expect.closeTo(1, 6), expect.closeTo(0, 6), expect.closeTo(0, 6)]);
  });
});

describe('directionFromPairs (PC1 of centred pairs)', () => {
  it('recovers the shared axis, points to the first words, and puts all the variance on it', () => {
    const r = directionFromPairs(emb, [
      ['he', 'she'],
      ['man', 'woman'],
      ['king', 'queen'],
    ]);
    expect(r.direction[0]).toBeCloseTo(1, 6);
    expect(r.explainedRatio[0]).toBeCloseTo(1, 6);
    const flipped = directionFromPairs(emb, [
      ['she', 'he'],
      ['woman', 'man'],
    ]);
    expect(flipped.direction[0]).toBeCloseTo(-1, 6);
  });

  it('equals the pair difference for a single pair and reports missing words', () => {
    const one = directionFromPairs(emb, [
      ['man', 'woman'],
      ['prince', 'princess'],
    ]);
    expect(dot(one.direction, directionFromPair(emb, ['man', 'woman']).direction)).toBeCloseTo(1, 6);
    expect(one.unknown).toEqual(['prince', 'princess']);
    expect(one.pairsUsed).toEqual([['man', 'woman']]);
    expect(directionFromPairs(emb, [['x', 'y']]).pairsUsed).toEqual([]);
  });
});

describe('projectOnDirection', () => {
  it('ranks words from the first-word end to the second', () => {
    const g = directionFromPair(emb, ['he', 'she']).direction;
    const r = projectOnDirection(emb, ['nurse', 'engineer', 'table', 'plumber', 'nurse'], g);
    expect(r.ranked.map((x) => x.word)).toEqual(['engineer', 'table', 'nurse']);
    expect(r.ranked[0]?.score).toBeCloseTo(0.4 / Math.hypot(0.4, 2), 6);
    expect(r.ranked[1]?.score).toBeCloseTo(0, 6);
    expect(r.unknown).toEqual(['plumber']);
  });
});
