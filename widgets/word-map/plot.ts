/** The word map as Observable Plot options: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { percent } from '../lib/format';
import { plotStyle } from '../lib/plot/style';
import type { WordPoint } from '../lib/embeddings/core';

export interface Arrow {
  from: WordPoint;
  to: WordPoint;
}

/** `halo` is the page background, drawn behind labels so they stay legible over arrows (none at build time). */
export function wordMapOptions({
  points,
  arrows,
  width,
  explained,
  halo,
}: {
  points: readonly WordPoint[];
  arrows: readonly Arrow[];
  width: number;
  explained: readonly [number, number];
  halo?: string;
}): Plot.PlotOptions {
  const w = Math.max(280, Math.min(width, 720));
  return {
    width: w,
    height: Math.round(Math.min(w * 0.75, 520)),
    inset: 24,
    marginLeft: 40,
    x: { label: `PC1 (${percent(explained[0])} of variance)`, ticks: 4 },
    y: { label: `PC2 (${percent(explained[1])})`, ticks: 4 },
    style: plotStyle(),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.2 }),
      Plot.arrow(arrows, {
        x1: (d: Arrow) => d.from.x,
        y1: (d: Arrow) => d.from.y,
        x2: (d: Arrow) => d.to.x,
        y2: (d: Arrow) => d.to.y,
        stroke: '#d9480f',
        strokeOpacity: 0.75,
        strokeWidth: 1.5,
        inset: 6,
        headLength: 8,
      }),
      Plot.dot(points, { x: 'x', y: 'y', r: 3, fill: 'currentColor' }),
      Plot.text(points, {
        x: 'x',
        y: 'y',
        text: 'word',
        dy: -9,
        fontSize: 12,
        fill: 'currentColor',
        ...(halo ? { stroke: halo, strokeWidth: 3, paintOrder: 'stroke' } : {}),
      }),
    ],
  };
}
