/**
 * Observable Plot rendered at build time into an SVG string (via linkedom),
 * for widgets' static fallbacks. The markup comes only from our own code and
 * data, never from a reader, so it is safe to inline.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { labelPlot } from './plot-a11y';

export function plotToSvg(options: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({ ...options, document: document as unknown as Document });
  labelPlot(el, label);
  // eslint-disable-next-line no-restricted-properties -- serialising our own build-time SVG
  return el.outerHTML;
}
