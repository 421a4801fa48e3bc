/** The scatter of codes as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import type { Theme } from '../lib/ui/useTheme';
import { classCentres, type Extent } from './core';
import { digitColours } from '../lib/digits/palette';

export interface ScatterInput {
  codes: Float32Array;
  labels: ArrayLike<number>;
  extent: Extent;
  width: number;
  theme: Theme;
}

export const MARGIN = { top: 12, right: 12, bottom: 34, left: 40 };

export function scatterOptions({ codes, labels, extent, width, theme }: ScatterInput): Plot.PlotOptions {
  const size = Math.max(260, Math.min(width, 460));
  const points = Array.from({ length: labels.length }, (_, i) => i);
  const halo = theme === 'dark' ? '#17181c' : '#ffffff';
  return {
    width: size,
    height: size,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: extent.x, label: 'z₁ →' },
    y: { domain: extent.y, label: '↑ z₂' },
    color: { type: 'categorical', domain: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], range: digitColours(theme) },
    style: plotStyle(),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.dot(points, {
        x: (i: number) => codes[2 * i],
        y: (i: number) => codes[2 * i + 1],
        fill: (i: number) => labels[i],
        r: 2.2,
        fillOpacity: 0.85,
      }),
      Plot.text(classCentres(codes, labels), {
        x: 'x',
        y: 'y',
        text: (d: { label: number }) => String(d.label),
        fill: 'currentColor',
        stroke: halo,
        strokeWidth: 3,
        fontSize: 15,
        fontWeight: 700,
      }),
    ],
  };
}
