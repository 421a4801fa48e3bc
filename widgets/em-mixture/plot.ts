/** The three charts, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT, type EmStep, type KMeansFit, type Points } from '../lib/clustering';
import { ellipse, mixColour } from './core';

const colourOf = (colours: readonly string[], c: number) => colours[c % colours.length] as string;

function frame(width: number): Plot.PlotOptions {
  const size = Math.max(240, Math.min(width, 420));
  return {
    width: size,
    height: size,
    marginLeft: 36,
    marginBottom: 32,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    color: { type: 'identity' },
    style: plotStyle(),
  };
}

function rowsOf(points: Points) {
  return Array.from({ length: points.n }, (_, i) => ({
    i,
    x: points.data[2 * i] as number,
    y: points.data[2 * i + 1] as number,
  }));
}

export interface MixtureInput {
  points: Points;
  step: EmStep;
  colours: readonly string[];
  probe: [number, number] | null;
  width: number;
}

/** Points coloured by their responsibilities; each component's ellipses at one and two standard deviations. */
export function mixtureOptions({ points, step, colours, probe, width }: MixtureInput): Plot.PlotOptions {
  const k = step.mixture.length;
  const rows = rowsOf(points);
  const rings = step.mixture.flatMap((c, j) =>
    c.weight > 0 ? [1, 2].flatMap((r) => ellipse(c, r).map(([x, y]) => ({ x, y, j, ring: `${j}-${r}`, r }))) : [],
  );
  const means = step.mixture.map((c, j) => ({ x: c.mean[0], y: c.mean[1], j })).filter((_, j) => step.mixture[j]!.weight > 0);
  return {
    ...frame(width),
    marks: [
      Plot.dot(rows, {
        x: 'x',
        y: 'y',
        r: 3,
        fill: (d: { i: number }) => mixColour(colours, step.resp, d.i * k, k),
        stroke: 'currentColor',
        strokeOpacity: 0.3,
        strokeWidth: 0.5,
      }),
      // One line per ring: solid at one standard deviation, dashed at two.
      ...[1, 2].map((r) =>
        Plot.line(
          rings.filter((d) => d.r === r),
          {
            x: 'x',
            y: 'y',
            z: 'ring',
            stroke: (d: { j: number }) => colourOf(colours, d.j),
            strokeWidth: r === 1 ? 2.5 : 1.5,
            ...(r === 2 ? { strokeDasharray: '4 3' } : {}),
          },
        ),
      ),
      Plot.dot(means, {
        x: 'x',
        y: 'y',
        r: 7,
        symbol: 'diamond',
        fill: (d: { j: number }) => colourOf(colours, d.j),
        stroke: 'currentColor',
        strokeWidth: 2,
      }),
      ...(probe
        ? [
            Plot.dot([probe], {
              x: (d: [number, number]) => d[0],
              y: (d: [number, number]) => d[1],
              r: 8,
              symbol: 'times',
              stroke: 'currentColor',
              strokeWidth: 2.5,
            }),
          ]
        : []),
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
    ],
  };
}

/** k-means on the same points: hard colours and the centres' Voronoi regions. */
export function kmeansOptions(
  points: Points,
  fit: KMeansFit,
  k: number,
  colours: readonly string[],
  width: number,
): Plot.PlotOptions {
  const rows = rowsOf(points);
  const centres = Array.from({ length: k }, (_, c) => ({
    x: fit.centres[2 * c] as number,
    y: fit.centres[2 * c + 1] as number,
    c,
  }));
  return {
    ...frame(width),
    marks: [
      ...(k > 1
        ? [
            Plot.voronoi(centres, {
              x: 'x',
              y: 'y',
              fill: (d: { c: number }) => colourOf(colours, d.c),
              fillOpacity: 0.13,
              stroke: 'currentColor',
              strokeOpacity: 0.35,
            }),
          ]
        : []),
      Plot.dot(rows, {
        x: 'x',
        y: 'y',
        r: 3,
        fill: (d: { i: number }) => colourOf(colours, fit.labels[d.i] as number),
        stroke: 'currentColor',
        strokeOpacity: 0.3,
        strokeWidth: 0.5,
      }),
      Plot.dot(centres, {
        x: 'x',
        y: 'y',
        r: 7,
        symbol: 'diamond',
        fill: (d: { c: number }) => colourOf(colours, d.c),
        stroke: 'currentColor',
        strokeWidth: 2,
      }),
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
    ],
  };
}

/** The log-likelihood after every EM iteration: it never falls. */
export function logLikOptions(trace: readonly EmStep[], width: number): Plot.PlotOptions {
  const data = trace.map((s, t) => ({ t, L: s.logLik }));
  const w = Math.max(260, Math.min(width, 640));
  return {
    width: w,
    height: 170,
    marginLeft: 60,
    marginBottom: 34,
    x: { label: 'EM iteration', domain: [0, Math.max(5, trace.length - 1)], grid: true },
    // One point alone would give a zero-width domain: pad it.
    y: {
      label: 'log-likelihood',
      grid: true,
      zero: false,
      nice: true,
      ...(data.length === 1 ? { domain: [data[0]!.L - 5, data[0]!.L + 5] } : {}),
    },
    style: plotStyle(),
    marks: [
      Plot.line(data, { x: 't', y: 'L', stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.dot(data, { x: 't', y: 'L', fill: 'currentColor', r: 3 }),
    ],
  };
}

export const mixtureLabel = (n: number, k: number, t: number) =>
  `${n} points coloured by their responsibilities under a mixture of ${k} Gaussians after ${t} EM iterations, with each component’s ellipses at one and two standard deviations.`;
export const kmeansLabel = (n: number, k: number) =>
  `The same ${n} points clustered by k-means with k = ${k}, run to convergence, with the centres’ Voronoi regions.`;
export const logLikLabel = (values: string) => `The log-likelihood after each EM iteration: ${values}.`;
