/** The reconstruction figure's core: MNIST-style preprocessing of drawings, and reconstruction errors that match the model cards. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digitPixels } from '~/lib/digits/sets';
import { galleryIndices, mse, randomIndex, reconstructAll } from '~/widgets/reconstruction/core';
import { BOX, FIELD, centreOfMass, mnistLike } from '~/widgets/reconstruction/mnist-preprocess';
import { PAD, emptyInk, setCell, stroke } from '~/widgets/reconstruction/draw';
import { loadShipped } from '~/widgets/reconstruction/build-time';

function rectangle(size: number, x0: number, y0: number, w: number, h: number): Float32Array {
  const ink = new Float32Array(size * size);
  for (let y = y0; y < y0 + h; y++) ink.fill(1, y * size + x0, y * size + x0 + w);
  return ink;
}

function inkedExtent(img: Float32Array, threshold = 0.5): { cols: number; rows: number } {
  const cols = new Set<number>();
  const rows = new Set<number>();
  img.forEach((v, i) => {
    if (v > threshold) {
      cols.add(i % FIELD);
      rows.add(Math.floor(i / FIELD));
    }
  });
  return { cols: cols.size, rows: rows.size };
}

describe('MNIST-style preprocessing', () => {
  it('returns null for an empty drawing', () => {
    expect(mnistLike({ width: PAD, height: PAD, ink: emptyInk() })).toBeNull();
  });

  it('scales the bounding box so its longer side is 20 pixels, keeping the aspect ratio', () => {
    // A solid 40 × 80 bar: scale 20/80 gives 10 × 20 pixels of full ink, area 200.
    const out = mnistLike({ width: PAD, height: PAD, ink: rectangle(PAD, 3, 10, 40, 80) });
    if (!out) throw new Error('no output');
    expect(inkedExtent(out)).toEqual({ cols: 10, rows: BOX });
    expect(out.reduce((s, v) => s + v, 0)).toBeCloseTo(200, 3);
    expect(Math.max(...out)).toBe(1);
  });

  it('puts the centre of mass at the centre of the 28 × 28 field', () => {
    const ink = emptyInk();
    stroke(ink, 10, 10, 60, 30);
    stroke(ink, 60, 30, 20, 100);
    const out = mnistLike({ width: PAD, height: PAD, ink });
    if (!out) throw new Error('no output');
    const [cx, cy] = centreOfMass(out);
    // Placed exactly for the drawing's own centre of mass; area averaging moves it by a small fraction of a pixel.
    expect(Math.abs(cx - FIELD / 2)).toBeLessThan(0.01);
    expect(Math.abs(cy - FIELD / 2)).toBeLessThan(0.01);
  });

  it('ignores where and how large the digit was drawn', () => {
    const a = mnistLike({ width: PAD, height: PAD, ink: rectangle(PAD, 4, 4, 12, 24) });
    const b = mnistLike({ width: PAD, height: PAD, ink: rectangle(PAD, 50, 30, 24, 48) });
    if (!a || !b) throw new Error('no output');
    expect(mse(a, b)).toBeLessThan(1e-10);
  });

  it('antialiases: a bar whose edge falls between pixels gives grey edge pixels', () => {
    // 30 wide, 80 tall → 7.5 × 20 pixels: the half-covered columns are grey.
    const out = mnistLike({ width: PAD, height: PAD, ink: rectangle(PAD, 0, 0, 30, 80) });
    if (!out) throw new Error('no output');
    const greys = Array.from(out).filter((v) => v > 0.05 && v < 0.95);
    expect(greys.length).toBeGreaterThanOrEqual(20);
  });

  it('keyboard cells ink whole 4 × 4 blocks of the pad', () => {
    const ink = emptyInk();
    setCell(ink, 2, 3, true);
    expect(ink.reduce((s, v) => s + v, 0)).toBe(16);
    expect(ink[3 * 4 * PAD + 2 * 4]).toBe(1);
  });
});

describe('reconstruction core', () => {
  it('computes the mean squared error per pixel', () => {
    expect(mse([0, 1, 0.5, 0.5], [0, 0, 0.5, 1])).toBeCloseTo((1 + 0.25) / 4, 12);
    expect(() => mse([1], [1, 2])).toThrow(RangeError);
  });

  it('builds the gallery from the first two held-out digits of each class', () => {
    const labels = readFileSync(join(process.cwd(), 'public/data/mnist/heldout-labels.u8'));
    const g = galleryIndices(labels);
    expect(g).toHaveLength(20);
    expect(g.map((i) => labels[i])).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]);
    expect(g[0]).toBe(0); // the default recon.digit is the gallery's first digit
  });

  it('draws random digits reproducibly from a seed', () => {
    expect(randomIndex(5, 1000)).toBe(randomIndex(5, 1000));
    const draws = new Set(Array.from({ length: 50 }, (_, s) => randomIndex(s, 1000)));
    expect(draws.size).toBeGreaterThan(40);
    for (const d of draws) expect(d).toBeGreaterThanOrEqual(0);
  });

  describe('with the shipped models (cpu backend)', () => {
    let shipped: Awaited<ReturnType<typeof loadShipped>>;
    beforeAll(async () => {
      shipped = await loadShipped();
    });
    afterAll(() => {
      shipped.ae16.dispose();
      shipped.ae2.dispose();
      shipped.pca.dispose();
    });

    it('averaged over the 1,000 held-out digits, the per-digit errors equal the model cards', () => {
      const { tf, set, ae16, ae2, pca } = shipped;
      const sums = { ae16: 0, ae2: 0, pca16: 0 };
      const before = tf.memory().numTensors;
      for (let i = 0; i < set.count; i++) {
        const x = digitPixels(set, i);
        const r = reconstructAll(tf, { ae16, ae2, pca }, x, 16);
        sums.ae16 += r.ae16.mse;
        sums.ae2 += r.ae2.mse;
        sums.pca16 += r.pca.mse;
      }
      expect(tf.memory().numTensors).toBe(before); // nothing leaked
      const card = (id: string) =>
        JSON.parse(readFileSync(join(process.cwd(), 'public/models', id, 'card.json'), 'utf8')).metrics.heldOut.shipped;
      expect(sums.ae16 / set.count).toBeCloseTo(card('ae-d16').mse, 5);
      expect(sums.ae2 / set.count).toBeCloseTo(card('ae-d2').mse, 5);
      expect(sums.pca16 / set.count).toBeCloseTo(card('pca').mse_k16, 5);
    });

    it('PCA with more components never reconstructs a digit worse (nested projections)', () => {
      const { tf, set, ae16, ae2, pca } = shipped;
      const x = digitPixels(set, 16);
      const errs = [1, 2, 16, 32, 64].map((k) => reconstructAll(tf, { ae16, ae2, pca }, x, k).pca.mse);
      for (let i = 1; i < errs.length; i++) expect(errs[i]).toBeLessThanOrEqual((errs[i - 1] as number) + 1e-9);
    });
  });
});
