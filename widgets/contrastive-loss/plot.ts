/** The two charts, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { fixed } from '../lib/format';
import { positiveOf, unitVector, viewName, type CircleLoss } from './core';

/** One colour per pair (Okabe and Ito's palette, readable on both themes). */
export const PAIR_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;
const colourOf = (i: number) => PAIR_COLOURS[Math.floor(i / 2) % PAIR_COLOURS.length] as string;

/** How far the chart reaches beyond the unit circle, for the labels. */
const EXTENT = 1.42;
/** The longest gradient arrow, in units of the circle's radius. */
const ARROW = 0.5;
const RAD = Math.PI / 180;

export interface CircleView {
  angles: readonly number[];
  result: CircleLoss;
  selected: number;
}

/** The views on the circle, pairs joined, the descent direction of each as an arrow. */
export function circleOptions({ angles, result, selected }: CircleView, width = 340): Plot.PlotOptions {
  const side = Math.max(240, Math.min(width, 380));
  const ring = Array.from({ length: 121 }, (_, k) => unitVector(k * 3));
  const points = angles.map((a, i) => {
    const [x, y] = unitVector(a);
    return { i, x, y, lx: 1.24 * x, ly: 1.24 * y, name: viewName(i), colour: colourOf(i), angle: a };
  });
  const pairs = points.filter((p) => p.i % 2 === 0).map((p) => ({ a: p, b: points[p.i + 1] ?? p }));
  const steepest = Math.max(...result.angleGradient.map(Math.abs));
  const arrows =
    steepest > 1e-9
      ? points
          .map((p) => {
            const g = result.angleGradient[p.i] as number;
            // Descent moves θ by −g: along the tangent (−sin θ, cos θ) times −g.
            const len = (ARROW * -g) / steepest;
            const t = [-Math.sin(p.angle * RAD), Math.cos(p.angle * RAD)] as const;
            return { ...p, x2: p.x + len * t[0], y2: p.y + len * t[1], len: Math.abs(len) };
          })
          .filter((p) => p.len > 0.02)
      : [];
  const anchor = points[selected];
  return {
    width: side,
    height: side,
    margin: 6,
    x: { domain: [-EXTENT, EXTENT], axis: null },
    y: { domain: [-EXTENT, EXTENT], axis: null },
    style: plotStyle(),
    marks: [
      Plot.line(ring, {
        x: (d: [number, number]) => d[0],
        y: (d: [number, number]) => d[1],
        stroke: 'currentColor',
        strokeOpacity: 0.35,
      }),
      Plot.link(pairs, {
        x1: (d: (typeof pairs)[number]) => d.a.x,
        y1: (d: (typeof pairs)[number]) => d.a.y,
        x2: (d: (typeof pairs)[number]) => d.b.x,
        y2: (d: (typeof pairs)[number]) => d.b.y,
        stroke: (d: (typeof pairs)[number]) => d.a.colour,
        strokeWidth: 2,
        strokeDasharray: '4 3',
      }),
      Plot.arrow(arrows, { x1: 'x', y1: 'y', x2: 'x2', y2: 'y2', stroke: 'currentColor', strokeWidth: 1.5, headLength: 7 }),
      Plot.dot(anchor ? [anchor] : [], { x: 'x', y: 'y', r: 12, stroke: 'currentColor', strokeWidth: 2 }),
      Plot.dot(points, { x: 'x', y: 'y', r: 6.5, fill: 'colour', stroke: 'currentColor', strokeWidth: 0.8 }),
      // Plot takes a font weight per mark, not per datum: the anchor's label is its own mark.
      Plot.text(
        points.filter((p) => p.i !== selected),
        { x: 'lx', y: 'ly', text: 'name', fill: 'currentColor' },
      ),
      Plot.text(anchor ? [anchor] : [], { x: 'lx', y: 'ly', text: 'name', fill: 'currentColor', fontWeight: 'bold' }),
    ],
  };
}

export const circleLabel = ({ angles, result, selected }: CircleView) =>
  `Eight views on the unit circle, at ${angles.map((a, i) => `${viewName(i)} ${fixed(a, 1)}°`).join(', ')}; ` +
  `pairs joined, arrows along the descent direction of the loss ${fixed(result.loss)}; view ${viewName(selected)} selected.`;

export interface TermRow {
  view: number;
  name: string;
  cosine: number;
  logit: number;
  probability: number;
  positive: boolean;
}

/** The anchor's terms: for every other view, its cosine, cosine / τ and softmax probability. */
export function termRows(result: CircleLoss, anchor: number, temperature: number): TermRow[] {
  const t = result.anchors[anchor];
  if (!t) return [];
  return t.cosine.flatMap((c, k) =>
    k === anchor
      ? []
      : [
          {
            view: k,
            name: viewName(k),
            cosine: c,
            logit: c / temperature,
            probability: t.probability[k] as number,
            positive: k === positiveOf(anchor),
          },
        ],
  );
}

/** The anchor's softmax over the other seven views, as bars; its partner's bar is marked. */
export function barsOptions(rows: readonly TermRow[], width = 340): Plot.PlotOptions {
  const w = Math.max(240, Math.min(width, 420));
  const label = (d: TermRow) => `${fixed(d.probability, 3)}${d.positive ? ' (positive)' : ''}`;
  return {
    width: w,
    height: 40 + 26 * rows.length,
    marginLeft: 36,
    marginRight: 96,
    x: { domain: [0, 1], label: 'softmax probability p', grid: true },
    y: { domain: rows.map((d) => d.name), label: null },
    style: plotStyle(),
    marks: [
      Plot.barX(rows, {
        y: 'name',
        x: 'probability',
        fill: (d: TermRow) => colourOf(d.view),
        fillOpacity: (d: TermRow) => (d.positive ? 1 : 0.55),
      }),
      ...[false, true].map((positive) =>
        Plot.text(
          rows.filter((d) => d.positive === positive),
          {
            y: 'name',
            x: 'probability',
            text: label,
            textAnchor: 'start',
            dx: 4,
            fill: 'currentColor',
            fontWeight: positive ? 'bold' : 'normal',
          },
        ),
      ),
      Plot.ruleX([0]),
    ],
  };
}

export const barsLabel = (rows: readonly TermRow[], anchor: number) =>
  `The softmax of view ${viewName(anchor)} over the other views: ${rows.map((r) => `${r.name} ${fixed(r.probability, 3)}`).join(', ')}.`;
