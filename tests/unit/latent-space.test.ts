/** The latent space figure's core: extent, nearest digit, keyboard moves, packing; and the build-time codes from the shipped models. */
import { describe, expect, it } from 'vitest';
import { packCodes, unpackCodes } from '~/lib/digits/codes';
import { classCentres, clampTo, extentOf, moveProbe, nearestIndex } from '~/widgets/latent-space/core';
import { buildCodes } from '~/widgets/latent-space/build-time';

const codes = Float32Array.from([0, 0, 10, 0, 0, 20, 10, 20]);

describe('latent-space core', () => {
  it('pads the extent of the codes by a fifth of their range on each side', () => {
    expect(extentOf(codes)).toEqual({ x: [-2, 12], y: [-4, 24] });
  });

  it('finds the nearest code in plot units, not raw units', () => {
    const extent = extentOf(codes);
    expect(nearestIndex(codes, [1, 1], extent)).toBe(0);
    expect(nearestIndex(codes, [9, 19], extent)).toBe(3);
    // (8, 1) is nearer (0, 0) in raw units (65 against 85), but on a plot whose y axis spans 100
    // and x axis 10, it sits much closer to (10, 10).
    expect(nearestIndex(Float32Array.from([0, 0, 10, 10]), [8, 1], { x: [0, 10], y: [0, 100] })).toBe(1);
  });

  it('moves the probe by 1/40 of the plot per arrow key (1/8 with Shift) and keeps it inside', () => {
    const extent = { x: [0, 40], y: [-20, 20] } as const;
    const e = { x: [...extent.x], y: [...extent.y] } as { x: [number, number]; y: [number, number] };
    expect(moveProbe([10, 0], 'ArrowRight', e)).toEqual([11, 0]);
    expect(moveProbe([10, 0], 'ArrowUp', e)).toEqual([10, 1]);
    expect(moveProbe([10, 0], 'ArrowDown', e, true)).toEqual([10, -5]);
    expect(moveProbe([39.5, 0], 'ArrowRight', e)).toEqual([40, 0]);
    expect(moveProbe([10, 0], 'a', e)).toBeNull();
    expect(clampTo([-5, 50], e)).toEqual([0, 20]);
  });

  it('round-trips codes through base64 exactly', () => {
    const x = Float32Array.from([Math.PI, -1e-7, 123456.789, 0]);
    expect(Array.from(unpackCodes(packCodes(x)))).toEqual(Array.from(x));
  });

  it('places class labels at the median code of each class', () => {
    const c = classCentres(Float32Array.from([0, 0, 2, 2, 4, 4, 9, 9]), [3, 3, 3, 5]);
    expect(c[3]).toEqual({ label: 3, x: 2, y: 2 });
    expect(c[5]).toEqual({ label: 5, x: 9, y: 9 });
    expect(Number.isNaN(c[0]?.x)).toBe(true);
  });

  it('computes 1,000 finite 2-d codes per model from the shipped files; vae-d2’s are centred near 0', async () => {
    const { codes: all, labels } = await buildCodes();
    expect(labels).toHaveLength(1000);
    for (const id of ['ae-d2', 'vae-d2'] as const) {
      expect(all[id]).toHaveLength(2000);
      expect(all[id].every(Number.isFinite)).toBe(true);
    }
    // The VAE's KL term pulls posterior means towards N(0, I): their average is near the origin.
    const mean = (k: number) => all['vae-d2'].filter((_, i) => i % 2 === k).reduce((s, v) => s + v, 0) / 1000;
    expect(Math.abs(mean(0))).toBeLessThan(0.5);
    expect(Math.abs(mean(1))).toBeLessThan(0.5);
  });
});
