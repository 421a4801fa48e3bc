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

/** Class names of the marks that move with the points, so a drawn chart can be updated in place. */
const MARK = {
  errors: 'pca2d-errors',
  axis1: 'pca2d-axis1',
  axis2: 'pca2d-axis2',
  feet: 'pca2d-feet',
  points: 'pca2d-points',
  selected: 'pca2d-selected',
} as const;

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
      Plot.link(errors, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: '#D55E00', strokeWidth: 1.2, className: MARK.errors }),
      Plot.link([axis2], {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '5 4',
        className: MARK.axis2,
      }),
      Plot.link([axis1], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: '#0072B2', strokeWidth: 3, className: MARK.axis1 }),
      Plot.dot(a.projection.feet, { x: (d: Vec2) => d[0], y: (d: Vec2) => d[1], r: 2, fill: '#0072B2', className: MARK.feet }),
      Plot.dot(points, {
        x: (d: Vec2) => d[0],
        y: (d: Vec2) => d[1],
        r: 4,
        fill: 'currentColor',
        fillOpacity: 0.75,
        className: MARK.points,
      }),
      Plot.dot(sel, {
        x: (d: Vec2) => d[0],
        y: (d: Vec2) => d[1],
        r: 8,
        stroke: '#D55E00',
        strokeWidth: 2.5,
        className: MARK.selected,
      }),
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

export type DrawnPlot = (SVGSVGElement | HTMLElement) & Plot.Plot;

/**
 * Move the marks of a chart drawn by `chartOptions` to new points, in place: the
 * scales' domains are fixed, so only positions change, and a drag costs a few
 * attribute writes per point instead of a new chart. False when the chart has other
 * counts of marks than these points need (it must then be drawn anew).
 */
export function patchChart(plot: DrawnPlot, points: readonly Vec2[], a: Analysis, selected: number): boolean {
  const sx = plot.scale('x');
  const sy = plot.scale('y');
  if (!sx?.apply || !sy?.apply) return false;
  const X = (v: number) => String(sx.apply(v));
  const Y = (v: number) => String(sy.apply(v));
  const all = (mark: string, tag: string) => [...plot.querySelectorAll(`g.${mark} > ${tag}`)];
  const [errors, axis1, axis2, feet, dots, sel] = [
    all(MARK.errors, 'path'),
    all(MARK.axis1, 'path'),
    all(MARK.axis2, 'path'),
    all(MARK.feet, 'circle'),
    all(MARK.points, 'circle'),
    all(MARK.selected, 'circle'),
  ];
  const chosen = points[selected];
  const n = points.length;
  if (errors.length !== n || feet.length !== n || dots.length !== n || axis1.length !== 1 || axis2.length !== 1) return false;
  if (sel.length !== (chosen ? 1 : 0)) return false;
  const line = (el: Element | undefined, g: Seg) => el?.setAttribute('d', `M${X(g.x1)},${Y(g.y1)}L${X(g.x2)},${Y(g.y2)}`);
  const dot = (el: Element | undefined, [x, y]: Vec2) => {
    el?.setAttribute('cx', X(x));
    el?.setAttribute('cy', Y(y));
  };
  points.forEach((p, i) => {
    const f = a.projection.feet[i] ?? p;
    line(errors[i], { x1: p[0], y1: p[1], x2: f[0], y2: f[1] });
    dot(feet[i], f);
    dot(dots[i], p);
  });
  const [s1, s2] = axisSegments(a);
  if (s1) line(axis1[0], s1);
  if (s2) line(axis2[0], s2);
  if (chosen) dot(sel[0], chosen);
  return true;
}
