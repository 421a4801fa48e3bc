/** The small shared pieces: seeded randomness, float16, preprocessing. Values checked by hand. */
import { describe, expect, it } from 'vitest';
import { fromFloat16Bits, toFloat16Bits } from '~/lib/models/float16';
import { binarise, bytesToPixels, corrupt, DAE_NOISE_SIGMA, pixelsToBytes } from '~/lib/models/preprocess';
import { createRng, shuffledIndices } from '~/lib/rng';

describe('seeded random numbers', () => {
  it('replay from a seed and differ between seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThan(1);
  });

  it('gives standard normals (mean ≈ 0, variance ≈ 1 over 100k draws)', () => {
    const rng = createRng(1);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.02);
  });

  it('shuffles into a permutation', () => {
    const p = shuffledIndices(100, createRng(9));
    expect([...p].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
  });
});

describe('float16', () => {
  it('encodes known values exactly', () => {
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(0.5)).toBe(0x3800);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(1e6)).toBe(0x7c00);
    expect(fromFloat16Bits(0x3555)).toBeCloseTo(0.33325, 5);
    expect(fromFloat16Bits(0x0001)).toBe(2 ** -24);
  });

  it('round-trips within half-precision rounding (relative 2^-11)', () => {
    for (const v of [0.1, -0.0371, 3.14159, 1e-3, 123.456]) {
      expect(Math.abs(fromFloat16Bits(toFloat16Bits(v)) / v - 1)).toBeLessThanOrEqual(2 ** -11);
    }
  });
});

describe('preprocessing', () => {
  it('binarises at 0.5 (strictly above is ink)', () => {
    expect([...binarise(Float32Array.from([0, 0.5, 0.51, 1]))]).toEqual([0, 0, 1, 1]);
  });

  it('maps bytes to [0, 1] and back', () => {
    const bytes = Uint8Array.from([0, 1, 128, 255]);
    expect([...pixelsToBytes(bytesToPixels(bytes))]).toEqual([...bytes]);
  });

  it('corrupts reproducibly, within [0, 1], with the stated noise level', () => {
    const clean = new Float32Array(20_000).fill(0.5);
    const a = corrupt(clean, createRng(5));
    expect(corrupt(clean, createRng(5))).toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThanOrEqual(1);
    // At 0.5 with σ = 0.5 clipping is symmetric: mean stays 0.5, spread is below σ.
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - mean) ** 2, 0) / a.length);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sd).toBeLessThan(DAE_NOISE_SIGMA);
    expect(sd).toBeGreaterThan(0.3);
  });
});
