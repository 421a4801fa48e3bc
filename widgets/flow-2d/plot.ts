/** The 2-d flow figure's charts as Observable Plot options: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT } from './data';

export const FLOW_COLOUR = '#e8590c';
export const TRAIN_COLOUR = '#4c8bf5';

const square = (width: number) => Math.max(240, Math.min(width, 360));

function frame(width: number): Plot.PlotOptions {
  return {
    width: square(width),
    height: square(width),
    marginLeft: 36,
    marginBottom: 32,
    marginTop: 24,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    style: plotStyle(),
  };
}

const asPoints = (flat: ArrayLike<number>) =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number] as const);

/** The learned density p(x) on a grid (row by row from the top), as filled contours, with the training data. */
export function densityChartOptions(opts: {
  density: ArrayLike<number>;
  size: number;
  data: ArrayLike<number>;
  width: number;
}): Plot.PlotOptions {
  const { density, size, data, width } = opts;
  return {
    ...frame(width),
    color: { scheme: 'viridis', type: 'linear', legend: false },
    marks: [
      // Contours are plain SVG paths, so the same chart renders at build time without a canvas.
      Plot.contour(Array.from(density), {
        width: size,
        height: size,
        x1: -EXTENT,
        x2: EXTENT,
        y1: EXTENT,
        y2: -EXTENT,
        fill: Plot.identity,
        thresholds: 14,
        stroke: 'none',
      }),
      Plot.dot(asPoints(data).slice(0, 300), { x: '0', y: '1', r: 1, fill: 'white', fillOpacity: 0.6, clip: true }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

/** Samples x = g(z), z ~ N(0, I), over the training data. */
export function samplesChartOptions(opts: {
  samples: ArrayLike<number> | null;
  data: ArrayLike<number>;
  width: number;
}): Plot.PlotOptions {
  const { samples, data, width } = opts;
  return {
    ...frame(width),
    marks: [
      Plot.dot(asPoints(data).slice(0, 800), { x: '0', y: '1', r: 1.2, fill: 'currentColor', fillOpacity: 0.35, clip: true }),
      ...(samples ? [Plot.dot(asPoints(samples), { x: '0', y: '1', r: 1.6, fill: FLOW_COLOUR, clip: true })] : []),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

export interface NllPoint {
  step: number;
  nll: number;
  set: 'training batches' | 'held-out';
}

/** The NLL curves, with the best single Gaussian's NLL as a dashed line to beat. */
export function nllChartOptions(opts: { history: readonly NllPoint[]; baseline: number; width: number }): Plot.PlotOptions {
  const { history, baseline, width } = opts;
  const values = history.map((p) => p.nll).concat(baseline);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return {
    width: Math.max(260, Math.min(width, 720)),
    height: 200,
    marginLeft: 44,
    marginBottom: 32,
    x: { label: 'training steps', domain: [0, Math.max(50, ...history.map((p) => p.step))] },
    y: { label: 'NLL (nats per point)', domain: [Math.floor(lo * 4) / 4 - 0.1, Math.ceil(hi * 4) / 4 + 0.1], grid: true },
    color: { domain: ['training batches', 'held-out'], range: [TRAIN_COLOUR, FLOW_COLOUR], legend: false },
    style: plotStyle(),
    marks: [
      Plot.ruleY([baseline], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.7 }),
      Plot.text([baseline], {
        y: (d: number) => d,
        frameAnchor: 'right',
        dy: -7,
        text: () => 'best single Gaussian',
        fill: 'currentColor',
        fontSize: 11,
      }),
      Plot.line(history, { x: 'step', y: 'nll', z: 'set', stroke: 'set', strokeWidth: 1.8 }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}
