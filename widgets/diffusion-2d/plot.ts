/** The diffusion figure's charts as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT } from '../lib/toy-2d';
import type { ScheduleRow } from './core';

export const NOISY_COLOUR = '#4c8bf5';
export const SAMPLE_COLOUR = '#e8590c';
export const PATH_COLOUR = '#2f9e44';

/** The pictured square is a little larger than the data's, since noisy points spread to about ±3. */
const VIEW = EXTENT + 1;
const square = (width: number) => Math.max(240, Math.min(width, 340));

function frame(width: number): Plot.PlotOptions {
  return {
    width: square(width),
    height: square(width),
    marginLeft: 36,
    marginBottom: 32,
    marginTop: 16,
    x: { domain: [-VIEW, VIEW], label: 'x₁' },
    y: { domain: [-VIEW, VIEW], label: 'x₂' },
    style: plotStyle(11),
  };
}

const asPoints = (flat: ArrayLike<number>) =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number] as const);

/** The forward process: the data x₀ faint, and one draw of x_t ~ q(x_t | x₀) per point. */
export function forwardChartOptions(opts: {
  data: ArrayLike<number>;
  noisy: ArrayLike<number>;
  width: number;
}): Plot.PlotOptions {
  return {
    ...frame(opts.width),
    marks: [
      Plot.dot(asPoints(opts.data), { x: '0', y: '1', r: 1.1, fill: 'currentColor', fillOpacity: 0.25, clip: true }),
      Plot.dot(asPoints(opts.noisy), { x: '0', y: '1', r: 1.6, fill: NOISY_COLOUR, fillOpacity: 0.8, clip: true }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

/** The schedule: √ᾱ_t, the weight of the data, and √(1 − ᾱ_t), the noise's standard deviation, with the chosen t. */
export function scheduleChartOptions(opts: { rows: readonly ScheduleRow[]; t: number; width: number }): Plot.PlotOptions {
  const long = opts.rows.flatMap((r) => [
    { t: r.t, value: r.signal, curve: '√ᾱₜ (signal)' },
    { t: r.t, value: r.noise, curve: '√(1 − ᾱₜ) (noise sd)' },
  ]);
  return {
    width: Math.max(240, Math.min(opts.width, 340)),
    height: 170,
    marginLeft: 36,
    marginBottom: 32,
    marginTop: 16,
    x: { domain: [0, opts.rows.length - 1], label: 'step t' },
    y: { domain: [0, 1], grid: true, label: null },
    color: { domain: ['√ᾱₜ (signal)', '√(1 − ᾱₜ) (noise sd)'], range: ['currentColor', NOISY_COLOUR] },
    style: plotStyle(11),
    marks: [
      Plot.ruleX([opts.t], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '3 3' }),
      Plot.line(long, { x: 't', y: 'value', z: 'curve', stroke: 'curve', strokeWidth: 1.8 }),
      Plot.text(
        long.filter((d) => d.t === Math.round((opts.rows.length - 1) * 0.62)),
        {
          x: 't',
          y: 'value',
          text: 'curve',
          fill: 'curve',
          dy: -9,
          dx: -6,
          textAnchor: 'end',
          fontSize: 11,
        },
      ),
    ],
  };
}

/** The reverse process: the data faint, the samples so far, and the paths of a few of them from x_T. */
export function reverseChartOptions(opts: {
  data: ArrayLike<number>;
  samples: ArrayLike<number> | null;
  paths: readonly (readonly number[])[][];
  width: number;
}): Plot.PlotOptions {
  const lines = opts.paths.flatMap((path, k) => path.map(([x, y], step) => ({ x, y, k, step })));
  const ends = opts.paths.map((path) => path.at(-1)).filter((p): p is number[] => !!p);
  return {
    ...frame(opts.width),
    marks: [
      Plot.dot(asPoints(opts.data), { x: '0', y: '1', r: 1.1, fill: 'currentColor', fillOpacity: 0.25, clip: true }),
      ...(opts.samples
        ? [Plot.dot(asPoints(opts.samples), { x: '0', y: '1', r: 1.6, fill: SAMPLE_COLOUR, fillOpacity: 0.8, clip: true })]
        : []),
      Plot.line(lines, { x: 'x', y: 'y', z: 'k', stroke: PATH_COLOUR, strokeWidth: 1.3, clip: true }),
      Plot.dot(ends, { x: '0', y: '1', r: 3.2, stroke: PATH_COLOUR, strokeWidth: 1.5, fill: 'none', clip: true }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}

export const forwardLabel = (t: number) =>
  `The data (grey) and one draw of the noisy points x_t (blue) at step ${t}: each point moved towards the origin and blurred by Gaussian noise.`;
export const scheduleLabel = (t: number) =>
  `The noise schedule over the steps: the weight of the data falls from 1 towards 0 while the noise's standard deviation rises towards 1; step ${t} is marked.`;
export const reverseLabel = (step: number, of: number) =>
  `Samples of the reverse process (orange) over the data (grey), after ${step} of ${of} steps, with the paths of a few samples (green) from pure noise.`;
