/**
 * The Part V widgets' own logic, on the shipped asset: the scorer-based
 * queries equal the core's, the defaults reproduce card.json, and bad input
 * is reported rather than dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WEAT_PRESETS, analogy, nearestNeighbours, weat, type Embeddings } from '../../widgets/lib/embeddings/core';
import { buildTimeEmbeddings } from '../../widgets/lib/node/embeddings';
import type { GloveCard } from '../../widgets/lib/embeddings/card';
import { analogyVia, neighboursVia } from '../../widgets/lib/embeddings/queries';
import { jsScorer } from '../../widgets/lib/embeddings/tf-scorer';
import { editDistance, suggestWords, unknownWordMessage } from '../../widgets/lib/embeddings/suggest';
import { parsePairs, pairsMessage } from '../../widgets/lib/embeddings/pairs';
import { buildWordMap } from '../../widgets/word-map/core';
import { runProbe } from '../../widgets/bias-probe/core';
import { chooseSets, subsetForSets } from '../../widgets/weat/core';
import { formatP } from '../../widgets/lib/embeddings/weat-format';
import { debiasTable, genderPool, poolSummary, professionExtremes } from '../../widgets/debias/core';

const card = JSON.parse(readFileSync(join(process.cwd(), 'public/data/glove/card.json'), 'utf8')) as GloveCard;
let emb: Embeddings;
beforeAll(() => {
  emb = buildTimeEmbeddings();
});

describe('queries through a scorer', () => {
  it('equal the core for neighbours and both analogy methods', async () => {
    const scorer = jsScorer(emb);
    expect((await neighboursVia(emb, scorer.scoreMany, 'Frog', 10)).neighbours).toEqual(
      nearestNeighbours(emb, 'frog', 10).neighbours,
    );
    for (const method of ['3CosAdd', '3CosMul'] as const) {
      for (const excludeInputs of [true, false]) {
        const q = { a: 'king', b: 'man', c: 'woman' };
        const viaScorer = await analogyVia(emb, scorer, q, { method, excludeInputs, k: 5 });
        expect(viaScorer.results.map((r) => r.word)).toEqual(
          analogy(emb, q, { method, excludeInputs, k: 5 }).results.map((r) => r.word),
        );
      }
    }
  });

  it('report unknown words instead of answering', async () => {
    const scorer = jsScorer(emb);
    expect(await neighboursVia(emb, scorer.scoreMany, 'qwzx', 5)).toEqual({ neighbours: [], unknown: ['qwzx'] });
    expect((await analogyVia(emb, scorer, { a: 'king', b: 'qwzx', c: 'woman' })).unknown).toEqual(['qwzx']);
  });
});

describe('unknown-word help', () => {
  it('measures edit distance with a cut-off', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('suggests near spellings and explains phrases', () => {
    expect(suggestWords(emb, 'qeen')).toContain('queen');
    expect(unknownWordMessage(emb, 'ice cream')).toMatch(/single words only/);
    expect(unknownWordMessage(emb, 'qwzx')).toMatch(/not among the 40,077 words/);
  });
});

describe('pairs and the word map', () => {
  it('parses pairs and names the malformed ones', () => {
    const p = parsePairs('man woman, King–Queen; oops, a b c');
    expect(p.pairs).toEqual([
      ['man', 'woman'],
      ['king', 'queen'],
    ]);
    expect(p.rejected).toEqual(['oops', 'a b c']);
    expect(pairsMessage(p)).toMatch(/“oops”/);
  });

  it('maps known words, draws arrows between known pairs and lists unknown words', () => {
    const m = buildWordMap(emb, 'king queen qwzx', 'man woman, king queen', 120);
    expect(m.points.map((p) => p.word).sort()).toEqual(['king', 'man', 'queen', 'woman']);
    expect(m.arrows).toHaveLength(2);
    expect(m.unknown).toEqual(['qwzx']);
    const many = buildWordMap(emb, emb.words.slice(0, 500).join(' '), '', 120);
    expect(many.points).toHaveLength(120);
    expect(many.messages.join(' ')).toMatch(/first 120 words/);
  });
});

describe('bias probe', () => {
  it('reproduces the card’s he–she professions by default', () => {
    const r = runProbe(emb, { dir: 'typed', pairs: 'he she', words: '', n: 12 });
    expect(r.first.map((w) => w.word)).toEqual(card.results.professions.he.map((w) => w.word));
    expect(r.second.map((w) => w.word)).toEqual(card.results.professions.she.map((w) => w.word));
    expect([...r.inPaper].sort()).toEqual(
      [...card.results.professions.inPaperList.he, ...card.results.professions.inPaperList.she].sort(),
    );
  });

  it('says why nothing can be ranked', () => {
    expect(runProbe(emb, { dir: 'typed', pairs: 'qwzx zzqy', words: '', n: 12 }).problem).toMatch(/No usable pair/);
    expect(runProbe(emb, { dir: 'typed', pairs: 'he she', words: 'qwzx zzqy', n: 12 }).problem).toMatch(/None of the words/);
  });
});

describe('WEAT plumbing', () => {
  it('gives the card’s numbers for every preset on the subset a worker receives', () => {
    for (const row of card.results.weat.tests) {
      const { sets } = chooseSets(row.id, { X: '', Y: '', A: '', B: '' });
      const r = weat(subsetForSets(emb, sets), sets);
      expect(Number(r.effectSize.toFixed(4))).toBe(row.effectSize);
      expect(Number(r.pValue.toPrecision(4))).toBe(row.pValue);
      expect(r.missing).toEqual(row.missing);
    }
  });

  it('cuts huge custom sets with a message and reports empty ones', () => {
    const big = emb.words.slice(0, 3000).join(' ');
    const chosen = chooseSets('custom', { X: big, Y: 'qwzx', A: 'good', B: 'bad' });
    expect(chosen.sets.X).toHaveLength(1000);
    expect(chosen.messages.join(' ')).toMatch(/Set X: Only the first 1,000/);
    expect(weat(emb, chosen.sets).problem).toMatch(/set Y/);
    expect(WEAT_PRESETS).toHaveLength(10);
  });

  it('formats p-values', () => {
    expect(formatP(0.0093)).toBe('0.0093');
    expect(formatP(1e-5)).toBe('1.0 × 10⁻⁵');
  });
});

describe('debiasing and what it leaves', () => {
  it('zeroes the professions’ projections but not the gender of their neighbourhoods', () => {
    const d = debiasTable(emb, 'definitional');
    const { she, he } = professionExtremes(d, 5);
    for (const r of [...she, ...he]) if (!d.kept.has(r.index)) expect(Math.abs(r.after)).toBeLessThan(1e-5);
    expect(she[0]?.before).toBeLessThan(-0.2);
    const pool = genderPool(d, 200);
    const before = poolSummary(d.before, pool, 10);
    const after = poolSummary(d.after, pool, 10);
    expect(before.sheWords).toBeGreaterThan(0.95);
    // Gonen & Goldberg: still far above the 50% a gender-blind neighbourhood would give.
    expect(after.sheWords).toBeGreaterThan(0.75);
    expect(after.heWords).toBeLessThan(0.25);
  });
});
