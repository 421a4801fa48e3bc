import { describe, expect, it } from 'vitest';
import {
  MASK_PATCHES,
  NEIGHBOURS,
  argmax,
  gridView,
  jigsawPair,
  maskedCount,
  maskedLoss,
  maskedPair,
  noisyCopy,
  patchAlone,
  patchMask,
  patchOfPixel,
  patchOrigin,
  rotationLoss,
  rotations,
  softmax,
  turnProbabilities,
} from '~/widgets/pretext-tasks/core';
import { schema } from '~/widgets/pretext-tasks/state';
import { readState } from '~/widgets/lib/url-state';

/** A 28 × 28 image whose pixel i holds i / 784: every pixel tells where it came from. */
const ramp = Float32Array.from({ length: 784 }, (_, i) => i / 784);
const at = (img: ArrayLike<number>, r: number, c: number) => img[r * 28 + c] as number;

describe('rotation task', () => {
  it('gives the four turns in order, the first the digit itself', () => {
    const [r0, r1, r2, r3] = rotations(ramp);
    expect(Array.from(r0!)).toEqual(Array.from(ramp));
    // A counter-clockwise quarter turn sends the top-right corner to the top left.
    expect(at(r1!, 0, 0)).toBe(at(ramp, 0, 27));
    expect(at(r2!, 0, 0)).toBe(at(ramp, 27, 27));
    expect(at(r3!, 0, 0)).toBe(at(ramp, 27, 0));
  });

  it('softmax of equal logits is uniform and survives huge logits', () => {
    expect(softmax([3, 3, 3, 3])).toEqual([0.25, 0.25, 0.25, 0.25]);
    const p = softmax([1000, 0, 0, 0]);
    expect(p[0]).toBeCloseTo(1, 12);
    // ln 3 above the other three: e^{ln 3} / (3 + 3) = 1/2.
    expect(softmax([Math.log(3), 0, 0, 0])[0]).toBeCloseTo(0.5, 12);
  });

  it('the loss of a uniform guess is ln 4, and of a sure right answer 0', () => {
    const uniform = turnProbabilities(new Float32Array(16));
    expect(rotationLoss(uniform)).toBeCloseTo(Math.log(4), 12);
    const sure = [0, 1, 2, 3].map((q) => [0, 1, 2, 3].map((k) => (k === q ? 1 : 0)));
    expect(rotationLoss(sure)).toBe(-0);
    expect(argmax([0.1, 0.7, 0.7, 0.1])).toBe(1);
  });

  it('reads the logits row by row, one row per input turn', () => {
    const logits = new Float32Array(16);
    logits[4 + 1] = Math.log(3); // turn 1's input: p(turn 1) = 1/2
    const p = turnProbabilities(logits);
    expect(p[1]![1]).toBeCloseTo(0.5, 6);
    expect(p[0]).toEqual([0.25, 0.25, 0.25, 0.25]);
    // Loss: −¼ (3 ln ¼ + ln ½) = ¼ (3 ln 4 + ln 2).
    expect(rotationLoss(p)).toBeCloseTo((3 * Math.log(4) + Math.log(2)) / 4, 6);
  });
});

describe('relative position of two patches', () => {
  it('lays the 3 × 3 grid of 8-pixel patches with 1-pixel gaps inside rows and columns 1 to 26', () => {
    expect(patchOrigin(0, 0)).toEqual([1, 1]);
    expect(patchOrigin(1, 1)).toEqual([10, 10]);
    expect(patchOrigin(2, 2)).toEqual([19, 19]); // its last pixel is 19 + 7 = 26
  });

  it('has eight neighbours labelled 1 to 8, none the centre', () => {
    expect(NEIGHBOURS).toHaveLength(8);
    expect((NEIGHBOURS as readonly (readonly number[])[]).some(([r, c]) => r === 1 && c === 1)).toBe(false);
    expect(new Set(NEIGHBOURS.map(([r, c]) => 3 * r + c)).size).toBe(8);
  });

  it('cuts the right pixels: centre from (10, 10), top right from (1, 19)', () => {
    const { centre, other, label } = jigsawPair(ramp, 2);
    expect(label).toBe(3);
    expect(centre[0]).toBe(at(ramp, 10, 10));
    expect(centre[63]).toBe(at(ramp, 17, 17));
    expect(other[0]).toBe(at(ramp, 1, 19));
    expect(other[7]).toBe(at(ramp, 1, 26));
    expect(() => jigsawPair(ramp, 8)).toThrow(RangeError);
  });

  it('draws a patch alone in the middle, and the grid view blacks out gaps and border', () => {
    const alone = patchAlone(jigsawPair(ramp, 0).other);
    expect(at(alone, 10, 10)).toBe(at(ramp, 1, 1));
    expect(at(alone, 9, 9)).toBe(0);
    const g = gridView(ramp);
    expect(at(g, 0, 5)).toBe(0); // border
    expect(at(g, 9, 5)).toBe(0); // gap between rows of patches
    expect(at(g, 5, 5)).toBe(at(ramp, 5, 5));
    expect(at(g, 27, 27)).toBe(0);
    // 9 patches of 64 pixels survive.
    expect(Array.from(g).filter((v, i) => v === ramp[i] && v > 0).length).toBe(9 * 64);
  });
});

describe('masked patches', () => {
  it('covers the digit with 49 patches of 4 × 4 pixels', () => {
    expect(MASK_PATCHES).toBe(49);
    expect(patchOfPixel(0)).toBe(0);
    expect(patchOfPixel(3)).toBe(0);
    expect(patchOfPixel(4)).toBe(1);
    expect(patchOfPixel(4 * 28)).toBe(7);
    expect(patchOfPixel(783)).toBe(48);
  });

  it('hides round(ratio × 49) patches: 37 at 75 %, none at 0, all at 1', () => {
    expect(maskedCount(0.75)).toBe(37);
    expect(maskedCount(0.5)).toBe(25); // 24.5 rounds up
    expect(patchMask(0, 3).filter(Boolean)).toHaveLength(0);
    expect(patchMask(1, 3).every(Boolean)).toBe(true);
    expect(patchMask(0.75, 3).filter(Boolean)).toHaveLength(37);
  });

  it('is the same for the same seed, another for another, and nested as the ratio grows', () => {
    expect(patchMask(0.75, 7)).toEqual(patchMask(0.75, 7));
    expect(patchMask(0.75, 7)).not.toEqual(patchMask(0.75, 8));
    const small = patchMask(0.25, 7);
    const large = patchMask(0.75, 7);
    expect(small.every((m, i) => !m || large[i])).toBe(true);
  });

  it('draws hidden patches grey, keeps only hidden pixels in the target, and scores only them', () => {
    const mask = new Array<boolean>(49).fill(false);
    mask[0] = true; // pixels (0..3, 0..3)
    const { input, target } = maskedPair(ramp, mask);
    expect(at(input, 0, 0)).toBeCloseTo(0.4, 6);
    expect(at(input, 0, 4)).toBe(at(ramp, 0, 4));
    expect(at(target, 3, 3)).toBe(at(ramp, 3, 3));
    expect(at(target, 0, 4)).toBe(0);
    // A guess off by 0.5 on the 16 hidden pixels and wildly wrong elsewhere: loss 0.25.
    const guess = Float32Array.from(ramp, (v, i) => (patchOfPixel(i) === 0 ? v + 0.5 : 9));
    expect(maskedLoss(ramp, guess, mask)).toBeCloseTo(0.25, 6);
    expect(maskedLoss(ramp, guess, new Array<boolean>(49).fill(false))).toBe(0);
  });
});

describe('denoising', () => {
  it('adds seeded noise, clipped to [0, 1], the same for the same seed', () => {
    const a = noisyCopy(ramp, 5);
    expect(Array.from(a)).toEqual(Array.from(noisyCopy(ramp, 5)));
    expect(Array.from(a)).not.toEqual(Array.from(noisyCopy(ramp, 6)));
    expect(a.every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(Array.from(noisyCopy(ramp, 5, 0))).toEqual(Array.from(ramp));
    // On a mid-grey image (far from the clip) the noise has about the set spread.
    const grey = new Float32Array(784).fill(0.5);
    const n = noisyCopy(grey, 11, 0.1);
    const sd = Math.sqrt(n.reduce((s, v) => s + (v - 0.5) ** 2, 0) / 784);
    expect(sd).toBeGreaterThan(0.09);
    expect(sd).toBeLessThan(0.11);
  });
});

describe('state', () => {
  it('restores a link and rejects a bad task', () => {
    const { state, problems } = readState('pretext', schema, '?pretext.digit=42&pretext.task=mask&pretext.ratio=0.5');
    expect(state).toMatchObject({ digit: 42, task: 'mask', ratio: 0.5 });
    expect(problems).toHaveLength(0);
    const bad = readState('pretext', schema, '?pretext.task=jigsaw2');
    expect(bad.state.task).toBe('rotation');
    expect(bad.problems).toHaveLength(1);
  });
});
