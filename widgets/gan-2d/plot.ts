/** The GAN figure's charts as Observable Plot options: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT } from '../lib/toy-2d';

export interface LossPoint {
  step: number;
  value: number;
  series: 'discriminator' | 'generator' | 'energy distance';
}

export const FAKE_COLOUR = '#e8590c';
export const D_COLOUR = '#4c8bf5';
export const G_COLOUR = '#e8590c';
export const ENERGY_COLOUR = '#2f9e44';
/** Real points and grid lines lie on D's pale field in both themes, so they are dark in both. */
const INK = '#222';

const asPoints = (flat: ArrayLike<number>) =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number] as const);

/**
 * D(x) as filled contours (row by row from the top), the real points, the
 * generated ones, and the generator's image of the noise grid as lines.
 */
export function fieldChartOptions(opts: {
  field: ArrayLike<number>;
  size: number;
  data: ArrayLike<number>;
  samples: ArrayLike<number>;
  grid: ArrayLike<number> | null;
  gridLine: ArrayLike<number>;
  width: number;
}): Plot.PlotOptions {
  const { field, size, data, samples, grid, gridLine, width } = opts;
  const side = Math.max(260, Math.min(width, 480));
  const lines = grid ? asPoints(grid).map(([x, y], i) => ({ x, y, line: gridLine[i] as number })) : [];
  return {
    width: side,
    height: side,
    marginLeft: 36,
    marginBottom: 32,
    marginTop: 16,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    color: { type: 'linear', domain: [0, 1], scheme: 'PuOr', legend: false },
    style: plotStyle(),
    marks: [
      // Contours are plain SVG paths, so the same chart renders at build time without a canvas.
      Plot.contour(Array.from(field), {
        width: size,
        height: size,
        x1: -EXTENT,
        x2: EXTENT,
        y1: EXTENT,
        y2: -EXTENT,
        fill: Plot.identity,
        thresholds: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
        fillOpacity: 0.55,
        stroke: 'none',
      }),
      Plot.line(lines, { x: 'x', y: 'y', z: 'line', stroke: INK, strokeOpacity: 0.45, strokeWidth: 0.8, clip: true }),
      Plot.dot(asPoints(data).slice(0, 600), { x: '0', y: '1', r: 1.2, fill: INK, fillOpacity: 0.5, clip: true }),
      Plot.dot(asPoints(samples), { x: '0', y: '1', r: 1.6, fill: FAKE_COLOUR, clip: true }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

/** The two losses against generator steps, and the energy distance (its own panel: another scale). */
export function lossChartOptions(opts: {
  history: readonly LossPoint[];
  width: number;
  panel: 'losses' | 'energy';
}): Plot.PlotOptions {
  const { history, width, panel } = opts;
  const shown = history.filter((p) => (panel === 'energy') === (p.series === 'energy distance') && Number.isFinite(p.value));
  const values = shown.map((p) => p.value);
  const hi = Math.max(panel === 'energy' ? 0.1 : 1.6, ...values);
  return {
    width: Math.max(260, Math.min(width, 720)),
    height: panel === 'energy' ? 150 : 190,
    marginLeft: 44,
    marginBottom: 32,
    x: { label: 'generator steps', domain: [0, Math.max(50, ...history.map((p) => p.step))] },
    y: { label: panel === 'energy' ? 'energy distance' : 'loss (nats)', domain: [0, hi * 1.05], grid: true },
    color: {
      domain: ['discriminator', 'generator', 'energy distance'],
      range: [D_COLOUR, G_COLOUR, ENERGY_COLOUR],
      legend: false,
    },
    style: plotStyle(),
    marks: [
      ...(panel === 'losses'
        ? [
            // Where both losses sit when D = ½ everywhere: log 4 for D, log 2 for G.
            Plot.ruleY([Math.log(4), Math.log(2)], { stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.5 }),
          ]
        : []),
      Plot.line(shown, { x: 'step', y: 'value', z: 'series', stroke: 'series', strokeWidth: 1.6 }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}
