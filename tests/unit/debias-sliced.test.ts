/**
 * The debiasing figure runs its computation in slices: the stepwise debiasing
 * must equal the library's one-shot `hardDebias` bit for bit, and the sliced
 * run must give the numbers of the one-shot functions the figure's e2e spec
 * compares with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EQUALIZE_PAIRS, GENDER_SPECIFIC_WORDS, hardDebias, type Embeddings } from '../../widgets/lib/embeddings/core';
import { buildTimeEmbeddings } from '../../widgets/lib/node/embeddings';
import { analogiesBeforeAfter, debiasTable, genderPool, poolSummary } from '../../widgets/debias/core';
import { ROW_BLOCK, runDebias, type DebiasProgress } from '../../widgets/debias/run';

let emb: Embeddings;
beforeAll(() => {
  emb = buildTimeEmbeddings();
});

describe('the sliced debiasing', () => {
  it('equals hardDebias on the whole table', () => {
    for (const dir of ['definitional', 'heshe'] as const) {
      const d = debiasTable(emb, dir);
      const r = hardDebias(emb, { direction: d.direction, keep: GENDER_SPECIFIC_WORDS, equalize: EQUALIZE_PAIRS });
      expect(d.neutralizedCount).toBe(r.neutralizedCount);
      expect(Buffer.from(d.after.unit.buffer).equals(Buffer.from(r.embeddings.unit.buffer))).toBe(true);
    }
  });

  it('gives the one-shot numbers, reports progress and can be aborted', async () => {
    const progress: DebiasProgress[] = [];
    const r = await runDebias(emb, 'definitional', 6, 10, 500, { onProgress: (p) => progress.push(p) });
    const d = debiasTable(emb, 'definitional');
    const pool = genderPool(d, 500);
    expect(r.poolBefore).toEqual(poolSummary(d.before, pool, 10));
    expect(r.poolAfter).toEqual(poolSummary(d.after, pool, 10));
    expect(r.analogies).toEqual(analogiesBeforeAfter(d));
    expect(r.neutralizedCount).toBe(d.neutralizedCount);
    const last = progress.filter((p) => p.step === 'debiasing').at(-1);
    expect(last).toEqual({
      step: 'debiasing',
      done: Math.ceil(emb.words.length / ROW_BLOCK),
      total: Math.ceil(emb.words.length / ROW_BLOCK),
    });
    expect(progress.map((p) => p.step)).toContain('neighbourhoods');
    // A new k reuses the table, analogies and pool, and recounts the neighbourhoods.
    const k3 = await runDebias(emb, 'definitional', 6, 3, 500);
    expect(k3.poolAfter).toEqual(poolSummary(d.after, pool, 3));
    expect(k3.analogies).toEqual(r.analogies);

    const stop = new AbortController();
    const aborted = runDebias(emb, 'heshe', 6, 10, 500, { signal: stop.signal });
    stop.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});
