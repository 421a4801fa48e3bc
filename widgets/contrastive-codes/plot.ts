/** The two charts as Observable Plot options, shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { digitColours } from '../lib/digits/palette';
import { fixed } from '../lib/format';
import { plotStyle } from '../lib/plot/style';
import type { Theme } from '../lib/ui/useTheme';
import { STRENGTHS, type Projection } from './core';

export interface MapInput {
  map: Projection;
  labels: ArrayLike<number>;
  /** The ringed digit, or null to leave the ring to the caller (the live map moves its own). */
  digit: number | null;
  width: number;
  theme: Theme;
}

export const ringColour = (theme: Theme) => (theme === 'dark' ? '#ff6b6b' : '#d00000');

export const MAP_MARGIN = { top: 22, right: 12, bottom: 34, left: 40 };

/** The held-out codes on their first two principal components, coloured by class, the chosen digit ringed. */
export function mapOptions({ map, labels, digit, width, theme }: MapInput): Plot.PlotOptions {
  const size = Math.max(260, Math.min(width, 440));
  const points = Array.from({ length: map.n }, (_, i) => i);
  const x = (i: number) => map.coords[2 * i];
  const y = (i: number) => map.coords[2 * i + 1];
  const centres = Array.from({ length: 10 }, (_, c) => {
    const own = points.filter((i) => labels[i] === c);
    const med = (f: (i: number) => number | undefined) => {
      const v = own.map((i) => f(i) ?? 0).sort((a, b) => a - b);
      return v[Math.floor(v.length / 2)] ?? 0;
    };
    return { label: c, x: med(x), y: med(y) };
  });
  const halo = theme === 'dark' ? '#17181c' : '#ffffff';
  return {
    width: size,
    height: size,
    marginTop: MAP_MARGIN.top,
    marginRight: MAP_MARGIN.right,
    marginBottom: MAP_MARGIN.bottom,
    marginLeft: MAP_MARGIN.left,
    x: { label: 'first principal component →', nice: true },
    y: { label: '↑ second', nice: true },
    color: { type: 'categorical', domain: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], range: digitColours(theme) },
    style: plotStyle(),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.dot(points, { x, y, fill: (i: number) => labels[i], r: 2, fillOpacity: 0.8 }),
      Plot.text(centres, {
        x: 'x',
        y: 'y',
        text: (d: { label: number }) => String(d.label),
        fill: 'currentColor',
        stroke: halo,
        strokeWidth: 3,
        fontSize: 14,
        fontWeight: 700,
      }),
      ...(digit === null
        ? []
        : [
            Plot.dot([digit], { x, y, r: 7, stroke: halo, strokeWidth: 4 }),
            Plot.dot([digit], { x, y, r: 7, stroke: ringColour(theme), strokeWidth: 2.5 }),
          ]),
    ],
  };
}

export const mapLabel = (digit: number, label: number) =>
  `Scatter of the 1,000 held-out digits on the first two principal components of their 128 contrastive features, coloured by class, with held-out digit ${digit}, a ${label}, ringed.`;

export interface CurveInput {
  /** Mean similarity at each of STRENGTHS. */
  curve: readonly number[];
  strength: number;
  /** Mean similarity at the current strength. */
  current: number | null;
  width: number;
}

/** Mean similarity of a digit's views against the strength of the augmentations, the current strength marked. */
export function curveOptions({ curve, strength, current, width }: CurveInput): Plot.PlotOptions {
  const w = Math.max(260, Math.min(width, 520));
  const rows = STRENGTHS.map((s, i) => ({ s, c: curve[i] ?? NaN }));
  const lo = Math.min(0, ...curve);
  return {
    width: w,
    height: Math.round(w * 0.5),
    marginLeft: 44,
    marginBottom: 36,
    x: { domain: [0, 2], label: 'strength of the views (1 = training) →' },
    y: { domain: [Math.floor(lo * 10) / 10, 1], label: '↑ mean cosine similarity', grid: true },
    style: plotStyle(),
    marks: [
      Plot.ruleX([1], { strokeDasharray: '4 3', strokeOpacity: 0.6 }),
      Plot.lineY(rows, { x: 's', y: 'c', strokeWidth: 2 }),
      Plot.dot(rows, { x: 's', y: 'c', r: 2.5, fill: 'currentColor' }),
      ...(current === null
        ? []
        : [
            Plot.ruleX([strength], { stroke: '#d00000', strokeOpacity: 0.5 }),
            Plot.dot([{ s: strength, c: current }], { x: 's', y: 'c', r: 6, stroke: '#d00000', strokeWidth: 2.5 }),
          ]),
    ],
  };
}

export const curveLabel = (digit: number, curve: readonly number[]) =>
  `Line chart of the mean cosine similarity of held-out digit ${digit}'s views to the digit, from strength 0 (${fixed(curve[0] ?? NaN, 3)}) to strength 2 (${fixed(curve.at(-1) ?? NaN, 3)}).`;
