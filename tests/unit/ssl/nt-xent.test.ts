import { describe, expect, it } from 'vitest';
import { ntXent, positiveOf } from '~/lib/ssl/nt-xent';
import { mulberry32 } from '~/lib/rng';

describe('NT-Xent', () => {
  // Four views on the unit circle: the pair (0, 1) 60° apart, the pair (2, 3) at 180° and 270°.
  const c = Math.cos(Math.PI / 3);
  const s = Math.sin(Math.PI / 3);
  const views = [
    [1, 0],
    [c, s],
    [-1, 0],
    [0, -1],
  ];

  it('matches the loss worked by hand on four 2-d views', () => {
    const tau = 0.5;
    // Anchor 0: cosines 0.5 (its positive), −1 and 0 with the negatives.
    const l0 = -Math.log(Math.exp(0.5 / tau) / (Math.exp(0.5 / tau) + Math.exp(-1 / tau) + Math.exp(0 / tau)));
    // Anchor 1 (at 60°): 0.5 with view 0 (positive), −0.5 with view 2, −sin 60° with view 3.
    const l1 = -Math.log(Math.exp(0.5 / tau) / (Math.exp(0.5 / tau) + Math.exp(-0.5 / tau) + Math.exp(-s / tau)));
    // Anchor 2 (at 180°): 0 with view 3 (positive), −1 with view 0, −0.5 with view 1.
    const l2 = -Math.log(1 / (1 + Math.exp(-1 / tau) + Math.exp(-0.5 / tau)));
    // Anchor 3 (at 270°): 0 with view 2 (positive), 0 with view 0, −sin 60° with view 1.
    const l3 = -Math.log(1 / (1 + 1 + Math.exp(-s / tau)));
    const r = ntXent(views, tau);
    expect(r.anchors.map((a) => a.loss)).toEqual([l0, l1, l2, l3].map((l) => expect.closeTo(l, 12)));
    expect(r.loss).toBeCloseTo((l0 + l1 + l2 + l3) / 4, 12);
    expect(r.anchors[0]?.probability.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.anchors[0]?.probability[0]).toBe(0);
    expect([0, 1, 2, 3].map(positiveOf)).toEqual([1, 0, 3, 2]);
  });

  it('ignores the length of an embedding and only looks at its direction', () => {
    const scaled = views.map((v, i) => (i === 2 ? v.map((x) => 3 * x) : v));
    const a = ntXent(views, 0.2);
    const b = ntXent(scaled, 0.2);
    expect(b.loss).toBeCloseTo(a.loss, 12);
    // The gradient of a scaled view is a third as long and still tangent to it.
    b.gradient[2]?.forEach((g, d) => expect(g).toBeCloseTo((a.gradient[2]?.[d] as number) / 3, 12));
    const along = (b.gradient[2] as number[]).reduce((t, g, d) => t + g * (scaled[2]?.[d] as number), 0);
    expect(along).toBeCloseTo(0, 12);
  });

  it('has the gradient that finite differences measure, on random 3-d views', () => {
    const rand = mulberry32(7);
    const zs = Array.from({ length: 6 }, () => [rand() - 0.5, rand() - 0.5, rand() - 0.5]);
    for (const tau of [0.1, 0.5, 2]) {
      const { gradient } = ntXent(zs, tau);
      const h = 1e-6;
      zs.forEach((z, i) =>
        z.forEach((_, d) => {
          const at = (e: number) =>
            ntXent(
              zs.map((w, j) => (j === i ? w.map((x, k) => (k === d ? x + e : x)) : w)),
              tau,
            ).loss;
          const numeric = (at(h) - at(-h)) / (2 * h);
          expect(gradient[i]?.[d]).toBeCloseTo(numeric, 5);
        }),
      );
    }
  });

  it('stays finite at a very small temperature, where the softmax picks the nearest view', () => {
    const r = ntXent(views, 1e-3);
    expect(Number.isFinite(r.loss)).toBe(true);
    // Anchor 0's nearest other view is its positive (cosine 0.5): its loss tends to 0.
    expect(r.anchors[0]?.loss).toBeLessThan(1e-6);
    // Anchor 3's positive (cosine 0) ties with view 0 (cosine 0): probability one half.
    expect(r.anchors[3]?.probability[2]).toBeCloseTo(0.5, 6);
  });

  it('refuses an odd number of views, a zero view and a temperature that is not positive', () => {
    expect(() => ntXent(views.slice(0, 3), 1)).toThrow(/pairs/);
    expect(() =>
      ntXent(
        [
          [0, 0],
          [1, 0],
        ],
        1,
      ),
    ).toThrow(/zero/);
    expect(() => ntXent(views, 0)).toThrow(/positive/);
  });
});
