/**
 * Observable Plot rendered at build time into an SVG string (via linkedom),
 * for widgets' static fallbacks. The markup comes only from our own code and
 * data, never from a reader, so it is safe to inline.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { labelPlot } from './plot-a11y';

/**
 * Geometry to a tenth of a pixel: finer is invisible, and a chart of a few thousand dots is
 * mostly digits. Only geometric attributes are touched, never text or labels.
 */
const GEOMETRY = /\b(cx|cy|r|x|y|x1|x2|y1|y2|dx|dy|d|transform|points)="([^"]*)"/g;
const roundCoordinates = (svg: string) =>
  svg.replace(GEOMETRY, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
    return `${name}="${rounded}"`;
  });

export function plotToSvg(options: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document: document as unknown as Document });
  labelPlot(el, label);
  // eslint-disable-next-line no-restricted-properties -- serialising our own build-time SVG
  return roundCoordinates(el.outerHTML);
}
