/** The two charts, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT, type Snapshot } from '../lib/clustering';
import { objectives } from './core';

export interface ScatterInput {
  rows: readonly (readonly [number, number])[];
  snapshot: Snapshot | undefined;
  k: number;
  colours: readonly string[];
  width: number;
}

const colourOf = (colours: readonly string[], c: number) => colours[c % colours.length] as string;

/** The points coloured by cluster, the centres, and the Voronoi cell of each centre. */
export function scatterOptions({ rows, snapshot, k, colours, width }: ScatterInput): Plot.PlotOptions {
  const size = Math.max(260, Math.min(width, 520));
  const labels = snapshot?.labels ?? null;
  const centres = snapshot
    ? Array.from({ length: k }, (_, c) => ({ x: snapshot.centres[2 * c] as number, y: snapshot.centres[2 * c + 1] as number, c }))
    : [];
  const points = rows.map(([x, y], i) => ({ x, y, c: labels ? (labels[i] as number) : -1 }));
  return {
    width: size,
    height: size,
    marginLeft: 36,
    marginBottom: 32,
    x: { domain: [-EXTENT, EXTENT], label: 'x₁' },
    y: { domain: [-EXTENT, EXTENT], label: 'x₂' },
    color: { type: 'identity' },
    style: plotStyle(),
    marks: [
      // The region each centre would win in the next assignment.
      ...(centres.length > 1
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
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        r: 3,
        fill: (d: { c: number }) => (d.c < 0 ? 'currentColor' : colourOf(colours, d.c)),
        fillOpacity: (d: { c: number }) => (d.c < 0 ? 0.45 : 0.9),
        stroke: 'currentColor',
        strokeOpacity: 0.35,
        strokeWidth: 0.5,
      }),
      Plot.dot(centres, {
        x: 'x',
        y: 'y',
        r: 8,
        symbol: 'diamond',
        fill: (d: { c: number }) => colourOf(colours, d.c),
        stroke: 'currentColor',
        strokeWidth: 2,
      }),
      Plot.text(centres, { x: 'x', y: 'y', text: (d: { c: number }) => String(d.c + 1), dy: -14, fontWeight: 'bold' }),
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
    ],
  };
}

/** The objective after every step: falls at every assignment and every update, then stays. */
export function objectiveOptions(trace: readonly Snapshot[], width: number): Plot.PlotOptions {
  const data = objectives(trace);
  const w = Math.max(260, Math.min(width, 520));
  return {
    width: w,
    height: 180,
    marginLeft: 56,
    marginBottom: 34,
    x: { label: 'step', domain: [0, Math.max(4, trace.length - 1)], grid: true },
    y: { label: 'objective J', grid: true, zero: false, nice: true },
    symbol: { domain: ['assign', 'update'], range: ['circle', 'square'], legend: false },
    style: plotStyle(),
    marks: [
      Plot.line(data, { x: 'step', y: 'J', stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.dot(data, { x: 'step', y: 'J', symbol: 'kind', fill: 'currentColor', r: 3.5 }),
    ],
  };
}

export const scatterLabel = (n: number, k: number, snapshot: Snapshot | undefined) =>
  `${n} points in the plane with ${k} k-means centres${snapshot?.labels ? ', each point coloured by its cluster and each centre’s Voronoi region shaded' : ', not yet assigned'}.`;

export const objectiveLabel = (values: string) =>
  values ? `The k-means objective after each step: ${values}.` : 'No objective yet: the points are not assigned.';
