import { describe, expect, it } from 'vitest';
import { analogy, differenceRank } from '../../../widgets/lib/embeddings/core';
import { buildTimeEmbeddings } from '../../../widgets/lib/node/embeddings';
import { SUBTRACTIONS } from '../../../widgets/analogy/subtractions';
import { royalToy } from './toy';

// Hand computation on the toy (rows normalised): king = (1,1,1)/√3, queen = (1,−1,1)/√3,
// man = (0,1,1)/√2, woman = (0,−1,1)/√2, apple = (−1,0,0.2)/√1.04.
const r3 = Math.sqrt(3);
const r2 = Math.sqrt(2);
const r6 = Math.sqrt(6);
const cos = {
  queen: { king: 1 / 3, man: 0, woman: 2 / r6 },
  woman: { king: 0, man: 0, woman: 1 },
  king: { king: 1, man: 2 / r6, woman: 0 },
  man: { king: 2 / r6, man: 1, woman: 0 },
  apple: { king: -0.8 / (r3 * Math.sqrt(1.04)), man: 0.2 / (r2 * Math.sqrt(1.04)), woman: 0.2 / (r2 * Math.sqrt(1.04)) },
};
const add = (w: keyof typeof cos) => cos[w].king - cos[w].man + cos[w].woman;
const mul = (w: keyof typeof cos) => (((cos[w].king + 1) / 2) * ((cos[w].woman + 1) / 2)) / ((cos[w].man + 1) / 2 + 0.001);
const query = { a: 'king', b: 'man', c: 'woman' };

describe('3CosAdd', () => {
  it('answers queen, with the inputs excluded', () => {
    const r = analogy(royalToy(), query, { k: 5 });
    expect(r.unknown).toEqual([]);
    expect(r.results.map((x) => x.word)).toEqual(['queen', 'apple']);
  });

  it('ranks like the sum of three cosines and scores cos(x, a − b + c)', () => {
    const r = analogy(royalToy(), query, { k: 5, excludeInputs: false });
    const byHand = (['queen', 'woman', 'king', 'man', 'apple'] as const).slice().sort((x, y) => add(y) - add(x));
    expect(r.results.map((x) => x.word)).toEqual(byHand);
    // ‖a − b + c‖² = 3 − 2·cos(a,b) + 2·cos(a,c) − 2·cos(b,c) for unit a, b, c.
    const targetNorm = Math.sqrt(3 - 2 * cos.king.man + 2 * cos.king.woman - 2 * cos.man.woman);
    expect(r.results[0]?.score).toBeCloseTo(add('queen') / targetNorm, 5);
  });
});

describe('3CosMul', () => {
  it('matches the hand-computed objective', () => {
    const r = analogy(royalToy(), query, { method: '3CosMul', k: 5, excludeInputs: false });
    const byHand = (['queen', 'woman', 'king', 'man', 'apple'] as const).slice().sort((x, y) => mul(y) - mul(x));
    expect(r.results.map((x) => x.word)).toEqual(byHand);
    expect(r.results[0]?.score).toBeCloseTo(mul('queen'), 5);
    expect(analogy(royalToy(), query, { method: '3CosMul' }).results[0]?.word).toBe('queen');
  });
});

describe('analogy input', () => {
  it('normalises words and reports unknown ones', () => {
    expect(analogy(royalToy(), { a: ' KING', b: 'Man', c: 'woman.' }).results[0]?.word).toBe('queen');
    expect(analogy(royalToy(), { a: 'king', b: 'prince', c: 'frog' })).toEqual({ results: [], unknown: ['prince', 'frog'] });
  });
});

describe('subtractive analogies, a − b ≈ target', () => {
  // Toy: cos(x, king − man) for king − man = (1,1,1)/√3 − (0,1,1)/√2.
  it('ranks like sorting every word by cos(x, a − b), a and b left out (brute force)', () => {
    const emb = royalToy();
    const unit = (w: string) => Array.from(emb.unit.subarray(emb.index.get(w)! * emb.dims, (emb.index.get(w)! + 1) * emb.dims));
    const d = unit('king').map((v, j) => v - unit('man')[j]!);
    const len = Math.hypot(...d);
    const order = emb.words
      .filter((w) => w !== 'king' && w !== 'man')
      .map((w) => ({ w, s: unit(w).reduce((acc, v, j) => acc + v * d[j]!, 0) / len }))
      .sort((x, y) => y.s - x.s);
    for (const [i, { w }] of order.entries()) {
      const r = differenceRank(emb, 'king', 'man', w, 2);
      expect(r.rank, w).toBe(i + 1);
      expect(r.top.map((x) => x.word)).toEqual(order.slice(0, 2).map((x) => x.w));
      expect(r.top[0]!.score).toBeCloseTo(order[0]!.s, 5);
    }
  });

  it('reports unknown words and gives no rank', () => {
    const r = differenceRank(royalToy(), 'king', 'zzz', 'queen');
    expect(r.rank).toBeUndefined();
    expect(r.unknown).toEqual(['zzz']);
  });

  it('on the book’s vectors, none of the deck’s answers comes first, and most are far down (the chapter says so)', () => {
    const emb = buildTimeEmbeddings();
    const ranks = SUBTRACTIONS.map((q) => differenceRank(emb, q.a, q.b, q.target).rank!);
    for (const r of ranks) expect(r).toBeGreaterThan(1);
    expect(ranks.filter((r) => r > 100).length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...ranks)).toBeGreaterThan(10);
    // "neighbours of a … other Gulf states for iraq, other rooms of a public building for library"
    const top = (a: string, b: string) => differenceRank(emb, a, b, a).top.map((w) => w.word);
    expect(top('iraq', 'violence')).toEqual(expect.arrayContaining(['kuwait', 'qatar']));
    expect(top('library', 'books')).toEqual(expect.arrayContaining(['auditorium', 'gymnasium']));
    // "where the intended answer is itself a neighbour of a, as hall is of library, it ranks fairly high"
    expect(ranks[3]).toBeLessThan(100);
  });
});
