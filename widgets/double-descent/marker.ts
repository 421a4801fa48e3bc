/**
 * What a change of p or σ changes on the live charts, drawn onto charts built
 * without it, with the charts' own scales: the fit chart's line and dots (the
 * chart is built once per data set), and on the error chart (whose curves do
 * not depend on p) p's rule and two dots. A new
 * chart costs a new SVG and a style recalculation of the page; these cost a
 * few attributes. They look as fitChart and errorChart draw them.
 */
import type * as Plot from '@observablehq/plot';
import {
  ERROR_COLOURS,
  FIT_LINE_CLASS,
  FIT_XS,
  LINES_CLASS,
  POINTS_CLASS,
  THRESHOLD_CLASS,
  clampFit,
  type errorRows,
} from './plot';

type Row = ReturnType<typeof errorRows>[number];
const SVG_NS = 'http://www.w3.org/2000/svg';
const RULE_CLASS = 'dd-p-rule';
const DOTS_CLASS = 'dd-p-dots';

/** Draws or moves the marker of p on an error chart's SVG, and gives the chart its label. */
export function placeMarker(svg: SVGSVGElement, rows: readonly Row[], p: number, label: string): void {
  const chart = svg as unknown as Plot.Plot;
  const x = chart.scale('x');
  const y = chart.scale('y');
  const lines = svg.querySelector(`.${LINES_CLASS}`);
  const threshold = svg.querySelector(`.${THRESHOLD_CLASS}`);
  if (!x || !y || !lines || !threshold) return;
  let rule = svg.querySelector(`.${RULE_CLASS}`);
  let dots = svg.querySelector(`.${DOTS_CLASS}`);
  if (!rule || !dots) {
    // The threshold's rule, undashed and faint: the same frame, offset and colour.
    rule = threshold.cloneNode(true) as Element;
    rule.setAttribute('class', RULE_CLASS);
    rule.removeAttribute('stroke-dasharray');
    rule.setAttribute('stroke-opacity', '0.4');
    lines.before(rule);
    dots = document.createElementNS(SVG_NS, 'g');
    dots.setAttribute('class', DOTS_CLASS);
    const transform = threshold.getAttribute('transform');
    if (transform) dots.setAttribute('transform', transform);
    lines.after(dots);
  }
  const px = String(x.apply(p));
  for (const line of Array.from(rule.querySelectorAll('line'))) {
    line.setAttribute('x1', px);
    line.setAttribute('x2', px);
  }
  dots.replaceChildren(
    ...rows
      .filter((r) => r.p === p)
      .map((r) => {
        const c = document.createElementNS(SVG_NS, 'circle');
        c.setAttribute('cx', px);
        c.setAttribute('cy', String(y.apply(r.error)));
        c.setAttribute('r', '4');
        c.setAttribute('fill', ERROR_COLOURS[r.kind as keyof typeof ERROR_COLOURS]);
        return c;
      }),
  );
  svg.setAttribute('aria-label', label);
}

/** Moves the fit chart's dots to the observations y and redraws its line from its values at FIT_XS; labels the chart. */
export function placeFit(svg: SVGSVGElement, y: ArrayLike<number>, fitted: ArrayLike<number>, label: string): void {
  const chart = svg as unknown as Plot.Plot;
  const x = chart.scale('x');
  const sy = chart.scale('y');
  const path = svg.querySelector(`.${FIT_LINE_CLASS} path`);
  if (!x || !sy || !path) return;
  const d = FIT_XS.map((v, i) => `${i ? 'L' : 'M'}${round(x.apply(v))},${round(sy.apply(clampFit(fitted[i] as number)))}`);
  path.setAttribute('d', d.join(''));
  // Plot keeps the data's order for dots of one radius.
  svg.querySelectorAll(`.${POINTS_CLASS} circle`).forEach((c, i) => c.setAttribute('cy', String(round(sy.apply(y[i])))));
  svg.setAttribute('aria-label', label);
}

const round = (v: number) => Math.round(v * 100) / 100;
