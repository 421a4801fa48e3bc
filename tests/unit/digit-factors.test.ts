/** The model cards' digit factors: ink, slant from image moments, tercile bins. */
import { describe, expect, it } from 'vitest';
import { binAll, binOf, inkOf, measureFactors, slantOf, terciles } from '~/lib/models/factors';
import { IMAGE_SIZE, PIXELS } from '~/lib/models/registry';
import { mulberry32 } from '~/lib/rng';

/** A one-pixel-wide stroke through (14, 14) whose x moves by `dxPerRow` per row down. */
function stroke(dxPerRow: number, value = 1): Float32Array {
  const img = new Float32Array(PIXELS);
  for (let y = 4; y < 24; y++) {
    const x = Math.round(14 + dxPerRow * (y - 14));
    img[y * IMAGE_SIZE + x] = value;
  }
  return img;
}

describe('ink', () => {
  it('sums the grey levels', () => {
    expect(inkOf(stroke(0))).toBe(20);
    expect(inkOf(stroke(0, 0.5))).toBe(10);
  });
});

describe('slant', () => {
  it('is 0 for a vertical stroke and an empty image', () => {
    expect(slantOf(stroke(0))).toBeCloseTo(0, 10);
    expect(slantOf(new Float32Array(PIXELS))).toBe(0);
  });

  it('is positive when the top leans right and gives the shear angle', () => {
    // x falls by 0.5 per row down: the top is to the right, at atan(0.5) from vertical.
    const right = slantOf(stroke(-0.5));
    expect(right).toBeGreaterThan(0);
    expect(right).toBeCloseTo((Math.atan(0.5) * 180) / Math.PI, 0);
    const mirrored = stroke(-0.5).map((_, i, img) => img[i - (i % IMAGE_SIZE) + IMAGE_SIZE - 1 - (i % IMAGE_SIZE)] as number);
    expect(slantOf(mirrored)).toBeCloseTo(-right, 10);
  });

  it('does not depend on the brightness', () => {
    expect(slantOf(stroke(-0.3, 0.2))).toBeCloseTo(slantOf(stroke(-0.3, 1)), 10);
  });
});

describe('tercile bins', () => {
  it('split distinct values into three equal thirds', () => {
    const rnd = mulberry32(3);
    const values = Array.from({ length: 999 }, () => rnd());
    const t = terciles(values);
    expect(t[0]).toBeLessThan(t[1]);
    const bins = binAll(values, t);
    for (const b of [0, 1, 2]) expect(bins.filter((x) => x === b).length).toBe(333);
  });

  it('put a value at a threshold in the upper bin', () => {
    expect(binOf(1, [1, 2])).toBe(1);
    expect(binOf(0.99, [1, 2])).toBe(0);
    expect(binOf(2, [1, 2])).toBe(2);
  });

  it('measure every image of a batch', () => {
    const batch = new Float32Array(2 * PIXELS);
    batch.set(stroke(0), 0);
    batch.set(stroke(-0.5, 0.5), PIXELS);
    const f = measureFactors(batch, 2);
    expect(Array.from(f.ink)).toEqual([20, 10]);
    expect(f.slant[1]).toBeCloseTo(slantOf(stroke(-0.5)), 10);
  });
});
