/**
 * The workshop of "Where to go next": its pure steps against hand computations, and its answers,
 * computed from the shipped files, against independent recomputations and the cards, with every
 * view it links to read back as the figure reads its address.
 */
import { describe, expect, it } from 'vitest';
import { cardValue } from '../../src/components/cards/card-value';
import { readModelCards } from '../../src/components/cards/read-cards';
import { buildWorkshop } from '../../src/components/exercise/workshop';
import {
  argMax,
  argMin,
  bestK,
  componentsToMatch,
  firstDisagreement,
  neighbourhood,
  precisionAtBaseRate,
  viewHref,
  viewOf,
} from '../../src/components/exercise/workshop-core';
import { schema as anomalySchema } from '~/widgets/anomaly/state';
import { schema as denoiseSchema } from '~/widgets/denoising/state';
import { schema as reconSchema } from '~/widgets/reconstruction/state';
import { schema as knnSchema } from '~/widgets/retrieval/state';
import { heldOutLabels, heldOutPoints, heldOutTable } from '~/widgets/retrieval/build-time';
import { readState, type Schema } from '~/lib/url-state';
import type { NeighbourTable } from '~/widgets/retrieval/core';

/** A neighbour table written out by hand: row i lists its neighbours nearest first. */
function table(rows: number[][]): NeighbourTable {
  const kMax = rows[0]!.length;
  return {
    n: rows.length,
    kMax,
    indices: Int32Array.from(rows.flat()),
    distances: Float64Array.from(rows.flat().map((_, j) => j % kMax)),
  };
}

describe('the workshop’s pure steps', () => {
  it('writes a view as the figure’s Copy link does, and puts it before the anchor', () => {
    const v = viewOf('knn', knnSchema, { digit: 130, k: 5 });
    expect(v).toEqual({ figure: 'knn', search: '?knn.digit=130' });
    expect(viewHref('/part-2/regularised-autoencoders/#knn', v)).toBe('/part-2/regularised-autoencoders/?knn.digit=130#knn');
    expect(viewHref('/part-2/x/', { figure: 'denoise', search: '' })).toBe('/part-2/x/#denoise');
  });

  it('finds the first k at which PCA beats a target, or none', () => {
    const pca = (k: number) => 1 / k;
    expect(componentsToMatch(pca, 0.3, 10)).toBe(4);
    expect(componentsToMatch(pca, 0.25, 10)).toBe(5); // strictly below
    expect(componentsToMatch(pca, 0.01, 10)).toBeUndefined();
  });

  it('counts a query’s neighbours of its own class and finds where two spaces disagree', () => {
    const labels = [4, 9, 9, 4, 4];
    const pixels = table([
      [1, 2, 3],
      [0, 2, 3],
      [1, 0, 4],
      [4, 1, 2],
      [3, 1, 2],
    ]);
    const codes = table([
      [3, 4, 1],
      [2, 0, 3],
      [1, 0, 4],
      [4, 0, 1],
      [3, 0, 1],
    ]);
    expect(neighbourhood(pixels, labels, 0, 3)).toEqual({ label: 4, same: 1, vote: 9 });
    expect(neighbourhood(codes, labels, 0, 3)).toEqual({ label: 4, same: 2, vote: 4 });
    expect(firstDisagreement(pixels, codes, labels, 4, 3)).toBe(0);
    expect(firstDisagreement(codes, pixels, labels, 4, 3)).toBeUndefined();
  });

  it('chooses the smallest best k', () => {
    const acc = [0.5, 0.7, 0.9, 0.9, 0.8];
    expect(bestK((k) => acc[k - 1]!, 5)).toEqual({ k: 3, accuracy: 0.9 });
  });

  it('weighs a detector’s rates against the base rate (chapter 5’s exercise by hand)', () => {
    // 94 % caught, 4 % false alarms, 1 in 100: 94 / 490 of the flags are real.
    expect(precisionAtBaseRate(0.94, 0.04, 0.01)).toBeCloseTo(94 / 490, 12);
    expect(() => precisionAtBaseRate(0.9, 0.01, 0)).toThrow(RangeError);
    expect(() => precisionAtBaseRate(0, 0, 0.5)).toThrow(RangeError);
  });

  it('picks extremes, the first on a tie', () => {
    expect(argMin({ a: 2, b: 1, c: 1 })).toBe('b');
    expect(argMax({ a: 2, b: 3, c: 3 })).toBe('b');
  });
});

function readsBack<S>(figure: string, schema: Schema<S>, search: string): S {
  const { state, problems } = readState(figure, schema, search);
  expect(problems).toEqual([]);
  return state;
}

describe('the workshop’s answers, from the shipped files', () => {
  it('links only to views the figures accept, holding the exercise’s digit and settings', async () => {
    const w = await buildWorkshop();
    expect(readsBack('recon', reconSchema, w.views.recon16.search)).toMatchObject({ digit: w.numbers.reconDigit, k: 16 });
    expect(readsBack('anomaly', anomalySchema, w.views.anomalyCard.search)).toMatchObject({
      model: 'ae-d16',
      t: w.numbers.anomalyThreshold,
    });
    expect(readsBack('knn', knnSchema, w.views.knnQuery.search)).toEqual({ digit: w.numbers.knnDigit, k: 5 });
    expect(readsBack('denoise', denoiseSchema, w.views.denoisePatch.search)).toMatchObject({
      digit: w.numbers.denoiseDigit,
      type: 'patch',
      level: w.numbers.patchLevel,
    });
  }, 300_000);

  it('counts at the rounded threshold what the card counts at its own, give or take the items in between', async () => {
    const w = await buildWorkshop();
    const card = readModelCards().find((c) => c.id === 'ae-d16')!;
    const d = card.decisionThresholds![0]!;
    const count = (cell: string) => cardValue(card, 'ae-d16', `decisionThresholds.0.confusion.${cell}`);
    expect(Math.abs(w.numbers.anomalyThreshold - d.threshold)).toBeLessThanOrEqual(0.00005);
    // Rounding the threshold may move a few items across it, no more.
    expect(Math.abs(w.numbers.anomalyCaught - count('tp'))).toBeLessThanOrEqual(3);
    expect(Math.abs(w.numbers.anomalyFlaggedDigits - count('fp'))).toBeLessThanOrEqual(3);
    const real = d.truePositiveRate / 1000;
    expect(w.numbers.anomalyPrecisionRare).toBeCloseTo(real / (real + d.falsePositiveRate * 0.999), 12);
    // The prose: most flags are false alarms when garments are rare, almost none on the test set.
    expect(w.numbers.anomalyPrecisionRare).toBeLessThan(0.5);
    expect(w.numbers.anomalyPrecision).toBeGreaterThan(0.9);
  }, 300_000);

  it('asks about a 4 whose pixel neighbours outvote it and whose code neighbours do not, recounted by brute force', async () => {
    const w = await buildWorkshop();
    const labels = await heldOutLabels();
    const i = w.numbers.knnDigit;
    expect(labels[i]).toBe(4);
    for (const [rep, expected] of [
      ['pixels', w.numbers.knnPixelsSame],
      ['ae-d16', w.numbers.knnCodeSame],
    ] as const) {
      const X = await heldOutPoints(rep);
      const dist = (j: number) => {
        let s = 0;
        for (let c = 0; c < X.d; c++) s += ((X.data[i * X.d + c] as number) - (X.data[j * X.d + c] as number)) ** 2;
        return s;
      };
      const nearest = Array.from({ length: X.n }, (_, j) => j)
        .filter((j) => j !== i)
        .sort((a, b) => dist(a) - dist(b))
        .slice(0, 5);
      expect(nearest.filter((j) => labels[j] === 4).length).toBe(expected);
      const table = await heldOutTable(rep);
      expect(Array.from(table.indices.subarray(i * table.kMax, i * table.kMax + 5))).toEqual(nearest);
    }
    expect(w.numbers.knnPixelsSame).toBeLessThan(3);
    expect(w.numbers.knnCodeSame).toBeGreaterThanOrEqual(3);
    expect(w.numbers.knnPixelsVote).not.toBe(4);
    // The prose: the best k beats k = 1 by a few digits in a thousand, not by a wide margin.
    expect(w.numbers.knnBestAccuracy - w.numbers.knnAccuracyK1).toBeGreaterThanOrEqual(0);
    expect(w.numbers.knnBestAccuracy - w.numbers.knnAccuracyK1).toBeLessThan(0.02);
  }, 300_000);

  it('tells the reconstruction and denoising stories the chapter tells', async () => {
    const { numbers: n, choices } = await buildWorkshop();
    expect(n.reconAeError).toBeLessThan(n.reconPcaError16);
    expect(n.reconAe2Error).toBeGreaterThan(n.reconAeError);
    // PCA needs more numbers than the autoencoder's code to match it on this digit.
    expect(n.reconComponents).toBeGreaterThan(16);
    expect(n.denoiseDaeError).toBeLessThan(n.denoiseAeError);
    // ae-d16 removes some of the error, but little of it.
    expect(n.denoiseAeError).toBeLessThan(n.denoiseNoisyError);
    expect(n.denoiseAeError).toBeGreaterThan(0.5 * n.denoiseNoisyError);
    expect(n.denoiseRemoved).toBeCloseTo(1 - n.denoiseDaeError / n.denoiseNoisyError, 12);
    expect(['the damaged input', 'dae-d16’s output', 'ae-d16’s output']).toContain(choices.patchClosest);
  }, 300_000);
});
