import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../widgets/lib/rng';
import {
  cosine,
  dot,
  embeddingsFromVectors,
  nearestNeighbours,
  scoreAll,
  topK,
  unitVector,
} from '../../../widgets/lib/embeddings/core';

describe('cosine', () => {
  it('matches hand-computed values', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosine([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
    expect(cosine([1, 0], [0, 5])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(Array.from(unitVector([3, 4]))).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });
});

describe('topK', () => {
  it('returns the k largest, best first, without a full sort', () => {
    expect(topK([0.1, 0.9, 0.5, 0.7, -1], 3)).toEqual([
      { index: 1, score: expect.closeTo(0.9, 6) },
      { index: 3, score: expect.closeTo(0.7, 6) },
      { index: 2, score: expect.closeTo(0.5, 6) },
    ]);
  });

  it('skips excluded indices and NaN, and copes with k larger than n or zero', () => {
    expect(topK([0.1, 0.9, NaN, 0.7], 10, new Set([1])).map((s) => s.index)).toEqual([3, 0]);
    expect(topK([1, 2], 0)).toEqual([]);
  });

  it('breaks ties by the lower index', () => {
    expect(topK([0.5, 0.5, 0.5], 2).map((s) => s.index)).toEqual([0, 1]);
  });

  it('agrees with sorting on random scores', () => {
    const rng = mulberry32(3);
    const scores = Float32Array.from({ length: 5000 }, () => rng() * 2 - 1);
    const sorted = [...scores.keys()].sort((a, b) => (scores[b] as number) - (scores[a] as number)).slice(0, 25);
    expect(topK(scores, 25).map((s) => s.index)).toEqual(sorted);
  });
});

describe('nearestNeighbours', () => {
  const emb = embeddingsFromVectors(
    ['east', 'north', 'northeast', 'west', 'south'],
    [
      [1, 0],
      [0, 1],
      [1, 1],
      [-1, 0],
      [0, -1],
    ],
  );

  it('ranks the whole vocabulary by cosine and leaves out the query word', () => {
    const r = nearestNeighbours(emb, 'East', 3);
    expect(r.unknown).toEqual([]);
    expect(r.neighbours.map((n) => n.word)).toEqual(['northeast', 'north', 'south']);
    expect(r.neighbours[0]?.score).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('reports an unknown word', () => {
    expect(nearestNeighbours(emb, 'up')).toEqual({ neighbours: [], unknown: ['up'] });
  });

  it('accepts any vector as the query (normalised first)', () => {
    expect(nearestNeighbours(emb, [0, 10], 1).neighbours[0]?.word).toBe('north');
    expect(Array.from(scoreAll(emb, [1, 0]))).toEqual([1, 0, expect.closeTo(Math.SQRT1_2, 6), -1, 0]);
  });
});
