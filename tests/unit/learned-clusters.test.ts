/**
 * Clusters in a learned space: the figure's core on the real held-out digits
 * and shipped models, in Node, as the fallback and the chapter compute it.
 */
import { describe, expect, it } from 'vitest';
import { kmeans } from '../../widgets/lib/clustering/lloyd';
import { kmeansSliced, type KMeansProgress } from '../../widgets/lib/clustering/sliced';
import { fromRows } from '../../widgets/lib/clustering/points';
import { buildTimeModel, buildTimeTf } from '../../widgets/lib/node/models';
import {
  encodeAll,
  encodeBatch,
  kmeansOptions,
  pixelPoints,
  summarise,
  REPRESENTATIONS,
} from '../../widgets/learned-clusters/core';
import { clusterHeldOut, defaultSummaries, heldOutLabels, heldOutPoints } from '../../widgets/learned-clusters/build-time';
import { buildTimeDigits } from '../../widgets/lib/node/models';

// A fake clock that advances 1 ms per reading and a yield that counts: with a 0 ms budget every item is its own slice.
function fakeSlices() {
  let t = 0;
  let yields = 0;
  return {
    options: { budgetMs: 0, now: () => t++, yieldToPage: async () => void yields++ },
    yields: () => yields,
  };
}

describe('k-means in slices', () => {
  it('takes the same steps as the unsliced fit, on the pixels and on a code', async () => {
    for (const rep of ['pixels', 'ae16'] as const) {
      const X = await heldOutPoints(rep);
      const options = { ...kmeansOptions(3), restarts: 2 };
      const whole = kmeans(X, 10, options);
      const slices = fakeSlices();
      const seen: KMeansProgress[] = [];
      const sliced = await kmeansSliced(X, 10, options, { ...slices.options, onProgress: (p) => seen.push(p) });
      expect(Array.from(sliced.labels)).toEqual(Array.from(whole.labels));
      expect(Array.from(sliced.centres)).toEqual(Array.from(whole.centres));
      expect(sliced.objectives).toEqual(whole.objectives);
      expect(sliced.seed).toBe(whole.seed);
      expect(sliced.iterations).toBe(whole.iterations);
      // One slice per seeding and per Lloyd iteration at least: the work really was cut up.
      expect(slices.yields()).toBeGreaterThan(whole.iterations);
      expect(seen.at(-1)?.restart).toBe(2);
    }
  }, 120_000);

  it('stops when its signal aborts, with an AbortError', async () => {
    const X = await heldOutPoints('pca16');
    const controller = new AbortController();
    let slices = 0;
    const run = kmeansSliced(X, 10, kmeansOptions(1), {
      budgetMs: 0,
      yieldToPage: async () => {
        if (++slices === 3) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(slices).toBe(3);
  });
});

describe('encoding', () => {
  it('in batches of the chunk size gives the codes of one batch of all 1,000', async () => {
    const tf = await buildTimeTf();
    const set = await buildTimeDigits('mnist-heldout');
    const pixels = pixelPoints(set.images);
    const model = await buildTimeModel('ae-d16');
    const chunked = await encodeAll(tf, (fn) => fn(), 'ae16', model, pixels);
    const whole = encodeBatch(tf, 'ae16', model, pixels.data as Float32Array, pixels.n);
    const wholeValues = whole.dataSync();
    whole.dispose();
    expect(chunked.d).toBe(16);
    expect(chunked.n).toBe(1000);
    let maxDiff = 0;
    for (let i = 0; i < wholeValues.length; i++)
      maxDiff = Math.max(maxDiff, Math.abs((chunked.data[i] as number) - (wholeValues[i] as number)));
    expect(maxDiff).toBeLessThan(1e-5);
  });
});

describe('summarise', () => {
  it('gives each cluster its majority digit, purity, size and nearest points, purest first', () => {
    // Six 1-d points in two clusters: {0, 1, 2} labelled 3, 3, 5 and {10, 11, 12} labelled 7, 7, 7.
    const X = fromRows([[0], [1], [2], [10], [11], [12]]);
    const fit = { ...kmeans(X, 2, { seed: 1 }) };
    const s = summarise(X, fit, [3, 3, 5, 7, 7, 7], 2, 1);
    expect(s.rows.map((r) => [r.majority, r.purity, r.size])).toEqual([
      [7, 1, 3],
      [3, 2 / 3, 3],
    ]);
    expect(s.purity).toBeCloseTo(5 / 6, 12);
    expect(s.rows[0]!.nearest.slice(0, 3).sort()).toEqual([3, 4, 5]);
    expect(s.rows[0]!.nearest[0]).toBe(4);
    expect(s.empty).toBe(0);
  });
});

/** Each default cluster's three commonest digits, in increasing order, as strings like '479'. */
async function topThreeDigits(rep: (typeof REPRESENTATIONS)[number]): Promise<string[]> {
  const [X, labels] = await Promise.all([heldOutPoints(rep), heldOutLabels()]);
  const fit = kmeans(X, 10, kmeansOptions(1));
  const counts = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
  for (let i = 0; i < X.n; i++) counts[fit.labels[i] as number]![labels[i] as number]! += 1;
  return counts.map((row) =>
    row
      .map((n, digit) => ({ n, digit }))
      .sort((a, b) => b.n - a.n)
      .slice(0, 3)
      .map((e) => e.digit)
      .sort()
      .join(''),
  );
}

describe('the default view on the held-out digits', () => {
  it('is deterministic for a seed, and ae-d16 clears a bar of purity 0.5 and ARI 0.3', async () => {
    const a = await clusterHeldOut('ae16', 10, 1);
    const b = await clusterHeldOut('ae16', 10, 1);
    expect(b).toEqual(a);
    expect(a.purity).toBeGreaterThan(0.5);
    expect(a.ari).toBeGreaterThan(0.3);
    expect(a.rows.reduce((n, r) => n + r.size, 0)).toBe(1000);
  }, 60_000);

  it('bears out what the chapter says about it (a freshness check of the prose against the shipped models)', async () => {
    const s = await defaultSummaries();
    // PCA-16 clusters almost exactly like the pixels.
    expect(Math.abs(s.pca16.ari - s.pixels.ari)).toBeLessThan(0.03);
    // The learned codes do better.
    expect(s.ae16.ari).toBeGreaterThan(s.pixels.ari + 0.05);
    expect(s.vae16.ari).toBeGreaterThan(s.pixels.ari + 0.05);
    for (const rep of REPRESENTATIONS) {
      // The purest clusters nearly pure, yet some mixed, their majority less than half.
      expect(s[rep].rows[0]!.purity).toBeGreaterThan(0.8);
      expect(s[rep].rows.at(-1)!.purity).toBeLessThan(0.5);
      // One cluster mixes 4s, 7s and 9s, another 3s, 5s and 8s.
      const top3 = await topThreeDigits(rep);
      expect(top3).toContain('479');
      expect(top3).toContain('358');
    }
    expect((await heldOutLabels()).length).toBe(1000);
  }, 120_000);
});
