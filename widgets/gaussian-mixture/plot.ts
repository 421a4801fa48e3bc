/** The chart, as Observable Plot options: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT, logDensity, type Mixture, type Sample, type Vec2 } from './core';

export interface ChartInput {
  mixture: Mixture;
  samples: readonly Sample[];
  probe: Vec2 | null;
  width: number;
}

export function chartOptions({ mixture, samples, probe, width }: ChartInput): Plot.PlotOptions {
  const size = Math.max(260, Math.min(width, 520));
  return {
    width: size,
    height: size,
    marginLeft: 36,
    marginBottom: 32,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    color: { scheme: 'viridis', type: 'linear', label: 'p(x)', legend: false },
    style: plotStyle(),
    marks: [
      // Filled contours are plain SVG paths, so the same chart renders at build time without a canvas.
      Plot.contour({
        x1: -EXTENT,
        x2: EXTENT,
        y1: -EXTENT,
        y2: EXTENT,
        pixelSize: 4,
        thresholds: 14,
        fill: (x: number, y: number) => Math.exp(logDensity(mixture, [x, y])),
        stroke: 'none',
      }),
      Plot.dot(samples, { x: 'x', y: 'y', r: 1.8, fill: 'white', stroke: 'black', strokeWidth: 0.5 }),
      ...(probe
        ? [
            Plot.dot([probe], { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 9, stroke: '#ff4d4d', strokeWidth: 2.5 }),
            Plot.dot([probe], { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 2.5, fill: '#ff4d4d' }),
          ]
        : []),
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
    ],
  };
}
