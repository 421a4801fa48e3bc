import { describe, expect, it } from 'vitest';
import {
  BASES,
  BUMPS_KNOTS,
  PRESET_NAMES,
  agreement,
  baseSamples,
  histogram,
  knotsOf,
  logDetInverse,
  makeBijection,
  mapSpec,
  pushSamples,
  pushforwardPdf,
  totalMass,
  validKnots,
  yWindow,
  type MapSpec,
} from '~/widgets/change-of-variables/core';
import { parseKnots, formatKnots } from '~/widgets/change-of-variables/state';

const specs: [string, MapSpec][] = [
  ...PRESET_NAMES.map((p) => [p, mapSpec(p, 1.5, 0.5, BUMPS_KNOTS)] as [string, MapSpec]),
  [
    'lopsided spline',
    {
      kind: 'spline',
      knots: [
        { x: -2, y: -1 },
        { x: -1.9, y: 2 },
        { x: 1, y: 2.1 },
        { x: 4, y: 9 },
      ],
    },
  ],
];

describe('change of variables: the maps', () => {
  it.each(specs)('%s: the inverse undoes the map exactly', (_name, spec) => {
    const f = makeBijection(spec);
    for (let x = -6; x <= 6; x += 0.0137) {
      expect(f.inverse(f.forward(x))).toBeCloseTo(x, 9);
    }
  });

  it.each(specs)('%s: the derivative (hence the log-det) matches a finite difference', (_name, spec) => {
    const f = makeBijection(spec);
    const h = 1e-5;
    for (let x = -4.03; x <= 4; x += 0.173) {
      const fd = (f.forward(x + h) - f.forward(x - h)) / (2 * h);
      expect(f.derivative(x)).toBeGreaterThan(0);
      expect(Math.log(f.derivative(x))).toBeCloseTo(Math.log(fd), 5);
      // log |d f⁻¹/dy| against a finite difference of the inverse.
      const y = f.forward(x);
      const fdInv = (f.inverse(y + h) - f.inverse(y - h)) / (2 * h);
      expect(logDetInverse(f, y)).toBeCloseTo(Math.log(fdInv), 4);
    }
  });

  it('collinear knots give exactly the affine map (slopes equal the secant)', () => {
    const f = makeBijection({
      kind: 'spline',
      knots: knotsOf({ kind: 'affine', a: 1.5, b: 0.5 }, makeBijection({ kind: 'affine', a: 1.5, b: 0.5 })),
    });
    for (const x of [-7, -1.3, 0.2, 1.99, 9]) expect(f.forward(x)).toBeCloseTo(1.5 * x + 0.5, 12);
  });

  it('rejects knots that do not increase', () => {
    expect(
      validKnots([
        { x: 0, y: 0 },
        { x: 1, y: 0.05 },
      ]),
    ).toBe(false);
    expect(
      validKnots([
        { x: 0, y: 0 },
        { x: -1, y: 1 },
      ]),
    ).toBe(false);
    expect(() =>
      makeBijection({
        kind: 'spline',
        knots: [
          { x: 0, y: 1 },
          { x: 1, y: 0 },
        ],
      }),
    ).toThrow();
  });
});

describe('change of variables: the density', () => {
  it.each(specs.flatMap(([name, spec]) => (['normal', 'uniform'] as const).map((b) => [`${name}, ${b}`, spec, b] as const)))(
    '%s: p_Y integrates to 1',
    (_name, spec, baseName) => {
      const f = makeBijection(spec);
      expect(totalMass(BASES[baseName], f, spec)).toBeCloseTo(1, 6);
    },
  );

  it('integrates to 1 on a plain uniform y-grid too (trapezoid, no help from f)', () => {
    const spec = mapSpec('bumps', 1, 0, BUMPS_KNOTS);
    const f = makeBijection(spec);
    const h = 0.0005;
    let s = 0;
    for (let y = -30; y < 30; y += h) s += pushforwardPdf(BASES.normal, f, y) * h;
    expect(s).toBeCloseTo(1, 4);
  });

  it('is the log-normal density for exp of a standard normal', () => {
    const f = makeBijection({ kind: 'exp' });
    for (const y of [0.2, 1, 3.5]) {
      const logNormal = Math.exp(-0.5 * Math.log(y) ** 2) / (y * Math.sqrt(2 * Math.PI));
      expect(pushforwardPdf(BASES.normal, f, y)).toBeCloseTo(logNormal, 12);
    }
  });

  it('is N(b, a²) for the affine map a·x + b', () => {
    const f = makeBijection({ kind: 'affine', a: 2, b: 1 });
    const y = 2.3;
    const expected = Math.exp(-0.5 * ((y - 1) / 2) ** 2) / (2 * Math.sqrt(2 * Math.PI));
    expect(pushforwardPdf(BASES.normal, f, y)).toBeCloseTo(expected, 12);
  });

  it('makes two bumps and a valley from the "two bumps" spline', () => {
    const f = makeBijection({ kind: 'spline', knots: BUMPS_KNOTS });
    const p = (y: number) => pushforwardPdf(BASES.normal, f, y);
    expect(p(1.4)).toBeGreaterThan(2.5 * p(0));
    expect(p(-1.4)).toBeCloseTo(p(1.4), 12);
  });
});

describe('change of variables: samples', () => {
  it('are reproducible from the seed', () => {
    expect(baseSamples(BASES.normal, 10, 3)).toEqual(baseSamples(BASES.normal, 10, 3));
    expect(baseSamples(BASES.normal, 10, 3)).not.toEqual(baseSamples(BASES.normal, 10, 4));
  });

  it('make a histogram that converges to the formula as N grows', () => {
    for (const preset of ['bumps', 'exp'] as const) {
      const spec = mapSpec(preset, 1, 0, BUMPS_KNOTS);
      const f = makeBijection(spec);
      const window = yWindow(BASES.normal, f);
      const l1 = [300, 3000, 30000, 300000].map((n) => {
        const h = histogram(pushSamples(baseSamples(BASES.normal, n, 1), f), window, 48);
        const a = agreement(h, BASES.normal, f, spec);
        // Within a few times the noise level: the histogram agrees with the formula.
        expect(a.l1).toBeLessThan(2 * a.noise);
        return a.l1;
      });
      for (let i = 1; i < l1.length; i++) expect(l1[i]).toBeLessThan(l1[i - 1]!);
      expect(l1[3]).toBeLessThan(0.03);
    }
  });

  it('disagree with a wrong formula (one that forgets |d f⁻¹/dy|)', () => {
    const spec = mapSpec('bumps', 1, 0, BUMPS_KNOTS);
    const f = makeBijection(spec);
    const window = yWindow(BASES.normal, f);
    const h = histogram(pushSamples(baseSamples(BASES.normal, 100000, 1), f), window, 48);
    let wrong = 0;
    for (let j = 0; j < h.counts.length; j++) {
      const mid = (h.edges[j]! + h.edges[j + 1]!) / 2;
      wrong += Math.abs(h.counts[j]! / h.n - BASES.normal.pdf(f.inverse(mid)) * (h.edges[1]! - h.edges[0]!));
    }
    expect(wrong).toBeGreaterThan(10 * agreement(h, BASES.normal, f, spec).l1);
  });
});

describe('change of variables: knots in the URL', () => {
  it('round-trips and rejects bad knot lists', () => {
    expect(parseKnots(formatKnots(BUMPS_KNOTS))).toEqual(BUMPS_KNOTS);
    expect(parseKnots('0:0,1:1')).toBeUndefined(); // too few
    expect(parseKnots('0:0,1:1,2:0.5,3:3,4:4')).toBeUndefined(); // not increasing
    expect(parseKnots('<b>:1,1:2,2:3,3:4,4:5')).toBeUndefined();
  });
});
