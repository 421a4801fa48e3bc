import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../widgets/lib/rng';
import {
  dot,
  embeddingsFromVectors,
  equalizePair,
  hardDebias,
  neutralize,
  rowOf,
  unitVector,
} from '../../../widgets/lib/embeddings/core';

const rng = mulberry32(5);
const randomUnit = (d: number) => unitVector(Array.from({ length: d }, () => rng() - 0.5));

describe('neutralize', () => {
  it('leaves a unit vector with zero projection on the direction', () => {
    const g = randomUnit(8);
    for (let t = 0; t < 20; t++) {
      const w = neutralize(randomUnit(8), g);
      expect(dot(w, g)).toBeCloseTo(0, 6);
      expect(Math.sqrt(dot(w, w))).toBeCloseTo(1, 6);
    }
  });

  it('keeps what is orthogonal to the direction', () => {
    expect(Array.from(neutralize([0.6, 0.8], [1, 0]))).toEqual([0, 1]);
    expect(Array.from(neutralize([1, 0], [1, 0]))).toEqual([0, 0]);
  });
});

describe('equalizePair', () => {
  it('makes the pair unit vectors, mirror images across the neutral space, equidistant from every neutral word', () => {
    const g = randomUnit(6);
    const [a, b] = equalizePair(randomUnit(6), randomUnit(6), g);
    expect(dot(a, a)).toBeCloseTo(1, 6);
    expect(dot(b, b)).toBeCloseTo(1, 6);
    expect(dot(a, g)).toBeCloseTo(-dot(b, g), 6);
    for (let t = 0; t < 20; t++) {
      const n = neutralize(randomUnit(6), g);
      expect(dot(a, n)).toBeCloseTo(dot(b, n), 6);
    }
  });

  it('keeps each word on its own side of the direction', () => {
    const [he, she] = equalizePair(unitVector([0.9, 0.3, 0.1]), unitVector([-0.7, 0.5, 0.2]), [1, 0, 0]);
    expect(he[0]).toBeGreaterThan(0);
    expect(she[0]).toBeLessThan(0);
  });
});

describe('hardDebias', () => {
  const words = ['he', 'she', 'nurse', 'engineer', 'beard', 'table'];
  const emb = embeddingsFromVectors(words, [
    [1, 1, 0.2],
    [-1, 1, 0.1],
    [-0.5, 0.2, 1],
    [0.4, 1, 0.3],
    [0.9, 0, 0.5],
    [0.1, -1, 1],
  ]);
  const g = [1, 0, 0];
  const r = hardDebias(emb, {
    direction: g,
    keep: ['beard'],
    equalize: [
      ['he', 'she'],
      ['king', 'queen'],
    ],
  });

  it('neutralises every word except the kept and equalised ones', () => {
    expect(r.neutralizedCount).toBe(3);
    for (const w of ['nurse', 'engineer', 'table']) expect(rowOf(r.embeddings, r.embeddings.index.get(w)!)[0]).toBeCloseTo(0, 6);
    expect(Array.from(rowOf(r.embeddings, 4))).toEqual(Array.from(rowOf(emb, 4)));
  });

  it('makes he and she equidistant from each neutral word, and reports pairs it could not use', () => {
    const he = rowOf(r.embeddings, 0);
    const she = rowOf(r.embeddings, 1);
    for (const i of [2, 3, 5]) expect(dot(he, rowOf(r.embeddings, i))).toBeCloseTo(dot(she, rowOf(r.embeddings, i)), 6);
    expect(r.equalized).toEqual([['he', 'she']]);
    expect(r.unknown).toEqual(['king', 'queen']);
  });

  it('leaves the input table untouched', () => {
    expect(rowOf(emb, 2)[0]).toBeLessThan(-0.4);
  });
});
