/**
 * The ambiguity count chapter 6's exercise quotes: the nearest-neighbour check on toy points, and
 * the build's count made from the sampling figure's own default samples of the shipped vae-d16.
 */
import { describe, expect, it } from 'vitest';
import { pixelPoints } from '~/lib/digits/encode';
import { buildTimeDigits, buildTimeModel, buildTimeTf } from '~/lib/node/models';
import { NARROW_COUNT, WIDE_COUNT, ambiguousDefaultSamples, defaultPriorSamples } from '~/widgets/sampling/build-time';
import { AMBIGUITY, GRID, LATENT, ambiguousCount, decodeCodes, nearestLabels, priorCodes } from '~/widgets/sampling/core';
import { schema } from '~/widgets/sampling/state';

describe('the nearest-neighbour check', () => {
  // References on a line, x = 0 … 9, labelled 0 0 0 0 0 1 1 1 1 1.
  const refs = Float32Array.from({ length: 10 }, (_, i) => i);
  const labels = Uint8Array.from({ length: 10 }, (_, i) => (i < 5 ? 0 : 1));

  it('lists the k nearest labels, nearest first, the earlier reference first on a tie', () => {
    expect(nearestLabels([4.4], 0, refs, labels, 1, 3)).toEqual([0, 1, 0]);
    expect(nearestLabels([4.5], 0, refs, labels, 1, 2)).toEqual([0, 1]);
    expect(nearestLabels([9], 0, refs, labels, 1, 5)).toEqual([1, 1, 1, 1, 1]);
  });

  it('calls a point ambiguous when fewer than `agree` of its k neighbours share a label', () => {
    // 0.5: neighbours 0,1,2,3,4 (all 0); 3.6: 4,3,5,2,6 → three 0s, two 1s; 4.5: 4,5,3,6,2 → three and two.
    expect(ambiguousCount([0.5, 3.6, 4.5], refs, labels, 1, { k: 5, agree: 4 })).toBe(2);
    expect(ambiguousCount([0.5, 3.6, 4.5], refs, labels, 1, { k: 5, agree: 3 })).toBe(0);
    expect(ambiguousCount([0.5, 3.6, 4.5], refs, labels, 1, { k: 5, agree: 5 })).toBe(2);
  });
});

describe('the ambiguous prior samples of the sampling figure', () => {
  it('are counted among the samples the island decodes by default, and some but not all are ambiguous', async () => {
    const [tf, vae, set] = await Promise.all([buildTimeTf(), buildTimeModel('vae-d16'), buildTimeDigits('mnist-heldout')]);
    expect(WIDE_COUNT).toBe(GRID.wide ** 2);
    // What the island computes at the default state on a wide screen.
    const island = decodeCodes(tf, vae, priorCodes(WIDE_COUNT, LATENT, schema.t.default, schema.seed.default));
    const samples = await defaultPriorSamples(WIDE_COUNT);
    expect(samples.length).toBe(WIDE_COUNT * 784);
    expect(Array.from(samples)).toEqual(Array.from(island));
    // The fallback's grid is the first rows of the same samples, as a narrow screen shows.
    const narrow = await defaultPriorSamples(NARROW_COUNT);
    expect(Array.from(narrow)).toEqual(Array.from(samples.subarray(0, NARROW_COUNT * 784)));

    const count = await ambiguousDefaultSamples();
    const refs = pixelPoints(set.images);
    expect(count).toBe(ambiguousCount(samples, refs.data, set.labels, refs.d, AMBIGUITY));
    console.log(`${count} of ${WIDE_COUNT} default prior samples of vae-d16 are ambiguous by the check`);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(WIDE_COUNT);
  }, 60_000);
});
