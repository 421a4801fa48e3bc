/** The change-of-variables figure's two charts as Observable Plot options: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import type { Bijection, Histogram, Knot } from './core';

const ACCENT = '#e8590c';

/** The two charts side by side: the same size, margins and style. */
function frame(width: number): Plot.PlotOptions {
  return { width: Math.max(260, Math.min(width, 420)), height: 260, marginLeft: 44, marginBottom: 36, style: plotStyle() };
}

export interface MapChartInput {
  f: Bijection;
  knots: readonly Knot[];
  /** The x-range pictured and the y-range (the same as the density chart's). */
  xView: readonly [number, number];
  yView: readonly [number, number];
  selected: number | null;
  width: number;
}

export function mapChartOptions({ f, knots, xView, yView, selected, width }: MapChartInput): Plot.PlotOptions {
  const [lo, hi] = xView;
  const pad = 0.1 * (hi - lo);
  const xs = [lo - pad, hi + pad] as const;
  const line = Array.from({ length: 241 }, (_, i) => {
    const x = xs[0] + ((xs[1] - xs[0]) * i) / 240;
    return { x, y: f.forward(x) };
  });
  return {
    ...frame(width),
    x: { domain: xs, label: 'z (base)' },
    y: { domain: yView, label: 'x = g(z)', grid: true },
    marks: [
      Plot.ruleY([0], { strokeOpacity: 0.2 }),
      Plot.ruleX([0], { strokeOpacity: 0.2 }),
      Plot.line(line, { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2, clip: true }),
      Plot.dot(knots, { x: 'x', y: 'y', r: 6, fill: 'white', stroke: ACCENT, strokeWidth: 2 }),
      ...(selected !== null && knots[selected]
        ? [Plot.dot([knots[selected]], { x: 'x', y: 'y', r: 10, stroke: ACCENT, strokeWidth: 2, strokeDasharray: '3 2' })]
        : []),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

export interface DensityChartInput {
  curve: readonly { y: number; p: number }[];
  hist: Histogram;
  yView: readonly [number, number];
  width: number;
}

export function densityChartOptions({ curve, hist, yView, width }: DensityChartInput): Plot.PlotOptions {
  const bars = hist.density.map((d, j) => ({ x1: hist.edges[j]!, x2: hist.edges[j + 1]!, d }));
  const top = Math.max(...curve.map((c) => c.p), ...hist.density) * 1.08 || 1;
  return {
    ...frame(width),
    x: { domain: yView, label: 'x' },
    y: { domain: [0, top], label: 'density', grid: true },
    marks: [
      Plot.rectY(bars, { x1: 'x1', x2: 'x2', y: 'd', fill: 'steelblue', fillOpacity: 0.45, inset: 0.3 }),
      Plot.line(curve, { x: 'y', y: 'p', stroke: ACCENT, strokeWidth: 2.5 }),
      Plot.ruleY([0]),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}
