import { describe, expect, it } from 'vitest';
import { SIDE, VIEW_SETTINGS, affine, randomView, rotateQuarter, viewStrength } from '~/lib/ssl/augment';
import { mulberry32, normalSampler } from '~/lib/rng';

/** A digit-sized image with one lit pixel at (row, col). */
function dot(row: number, col: number): Float32Array {
  const img = new Float32Array(SIDE * SIDE);
  img[row * SIDE + col] = 1;
  return img;
}
const litAt = (img: Float32Array) => {
  const i = img.findIndex((v) => v > 0.999);
  return [Math.floor(i / SIDE), i % SIDE];
};

describe('quarter turns', () => {
  it('turn counter-clockwise: the top-right corner goes to the top left', () => {
    expect(litAt(rotateQuarter(dot(0, 27), 1))).toEqual([0, 0]);
    expect(litAt(rotateQuarter(dot(0, 27), 2))).toEqual([27, 0]);
    expect(litAt(rotateQuarter(dot(0, 27), 3))).toEqual([27, 27]);
  });

  it('come back to the digit after four, and move pixels without changing them', () => {
    const rand = mulberry32(1);
    const img = new Float32Array(SIDE * SIDE).map(() => rand());
    let turned: Float32Array = img;
    for (let q = 0; q < 4; q++) turned = rotateQuarter(turned, 1);
    expect([...turned]).toEqual([...img]);
    expect([...rotateQuarter(img, 2)].sort()).toEqual([...img].sort());
    expect([...rotateQuarter(img, -1)]).toEqual([...rotateQuarter(img, 3)]);
  });
});

describe('random views', () => {
  it('leave the digit as it is at strength 0', () => {
    const rand = mulberry32(2);
    const img = new Float32Array(SIDE * SIDE).map(() => rand());
    const { view, draw } = randomView(img, mulberry32(3), normalSampler(mulberry32(4)), viewStrength(0));
    view.forEach((v, i) => expect(v).toBeCloseTo(img[i] as number, 6));
    expect(draw.erased).toBeNull();
  });

  it('shift by whole pixels exactly, and turn a quarter as the exact turn does', () => {
    expect(litAt(affine(dot(10, 10), 0, 1, 3, -2))).toEqual([8, 13]);
    const rand = mulberry32(5);
    const img = new Float32Array(SIDE * SIDE).map(() => rand());
    const turned = affine(img, 90, 1, 0, 0);
    const exact = rotateQuarter(img, 1);
    turned.forEach((v, i) => expect(v).toBeCloseTo(exact[i] as number, 5));
  });

  it('stay within the stated ranges, in [0, 1], and repeat from the same seeds', () => {
    const img = dot(14, 14);
    const make = () => randomView(img, mulberry32(9), normalSampler(mulberry32(10)));
    for (let k = 0; k < 50; k++) {
      const rand = mulberry32(100 + k);
      const { view, draw } = randomView(img, rand, normalSampler(mulberry32(200 + k)));
      expect(Math.abs(draw.degrees)).toBeLessThanOrEqual(VIEW_SETTINGS.rotate);
      expect(Math.abs(draw.zoom - 1)).toBeLessThanOrEqual(VIEW_SETTINGS.scale);
      expect(Math.max(Math.abs(draw.dx), Math.abs(draw.dy))).toBeLessThanOrEqual(VIEW_SETTINGS.shift);
      if (draw.erased) {
        const [top, left, h, w] = draw.erased;
        expect(top + h).toBeLessThanOrEqual(SIDE);
        expect(left + w).toBeLessThanOrEqual(SIDE);
        expect(Math.max(h, w)).toBeLessThanOrEqual(VIEW_SETTINGS.eraseSide);
        for (let r = top; r < top + h; r++)
          for (let c = left; c < left + w; c++) expect(view[r * SIDE + c]).toBeLessThanOrEqual(VIEW_SETTINGS.noise * 6);
      }
      expect(Math.min(...view)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...view)).toBeLessThanOrEqual(1);
    }
    expect([...make().view]).toEqual([...make().view]);
  });
});
