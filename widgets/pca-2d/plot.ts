/** The chart, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { fixed } from '../lib/format';
import { EXTENT, type Analysis, type Vec2 } from './core';

/** Half-length of a drawn axis, in standard deviations along it. */
export const AXIS_SDS = 2;

interface Seg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The two principal axes through the mean, each ±2√λ long. */
export function axisSegments({ pca }: Analysis): Seg[] {
  return pca.vectors.map((u, i) => {
    const h = AXIS_SDS * Math.sqrt(Math.max(0, pca.values[i] ?? 0));
    return { x1: pca.mean[0] - h * u[0], y1: pca.mean[1] - h * u[1], x2: pca.mean[0] + h * u[0], y2: pca.mean[1] + h * u[1] };
  });
}

export function chartOptions(points: readonly Vec2[], a: Analysis, selected: number | null, width = 480): Plot.PlotOptions {
  const size = Math.max(260, Math.min(width, 480));
  const errors: Seg[] = points.map(([x, y], i) => {
    const f = a.projection.feet[i] ?? [x, y];
    return { x1: x, y1: y, x2: f[0], y2: f[1] };
  });
  const [axis1, axis2] = axisSegments(a);
  const sel = selected === null ? [] : [points[selected]].filter((p): p is Vec2 => p !== undefined);
  return {
    width: size,
    height: size,
    marginLeft: 36,
    marginBottom: 32,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    style: plotStyle(),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      // Vermilion error segments and the blue first axis are told apart by colour-vision deficient readers too.
      Plot.link(errors, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: '#D55E00', strokeWidth: 1.2 }),
      Plot.link([axis2], {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '5 4',
      }),
      Plot.link([axis1], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: '#0072B2', strokeWidth: 3 }),
      Plot.dot(a.projection.feet, { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 2, fill: '#0072B2' }),
      Plot.dot(points, { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 4, fill: 'currentColor', fillOpacity: 0.75 }),
      Plot.dot(sel, { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 8, stroke: '#D55E00', strokeWidth: 2.5 }),
    ],
  };
}

/** What the chart shows, in words: its accessible name. */
export function chartLabel(points: readonly Vec2[], a: Analysis): string {
  return (
    `${points.length} points with their mean at (${fixed(a.pca.mean[0], 2)}, ${fixed(a.pca.mean[1], 2)}), ` +
    `the first principal axis (solid) and the second (dashed), each drawn ±${AXIS_SDS}√λ long, ` +
    `and each point's error segment to its projection on the first axis.`
  );
}
