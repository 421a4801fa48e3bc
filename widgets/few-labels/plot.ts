/** The chart, as Observable Plot options: the cards' curves (mean ± sd over the draws) and the live runs, shared by the island and the fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { FINE_TUNED, LABEL_COUNTS, REPRESENTATIONS, type CardPoint, type CurveMethod, type RunPoint } from './core';

/** Every method's short name in the legend, in a fixed order so a method keeps its colour whatever is shown. */
export const METHOD_NAMES: Record<CurveMethod, string> = {
  pixels: 'pixels',
  'pca-16': 'PCA-16',
  'ae-d16': 'ae-d16',
  'vae-d16': 'vae-d16',
  'simclr-d128': 'simclr-d128',
  'rotation-d128': 'rotation-d128',
  [FINE_TUNED]: 'simclr fine-tuned',
};
const METHODS: readonly CurveMethod[] = [...REPRESENTATIONS, FINE_TUNED];
const DOMAIN = METHODS.map((m) => METHOD_NAMES[m]);
/** Plot's categorical colours (observable10), fixed per method so the HTML legend can show them. */
const COLOURS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2'];
export const colourOf = (m: CurveMethod) => COLOURS[METHODS.indexOf(m)] ?? '#888';

const nameOf = (method: string): string => (METHOD_NAMES as Record<string, string>)[method] ?? method;

/** The chart at a width in CSS pixels (the fallback's is fixed, the live figure's follows its element). */
export function chartOptions(curves: readonly CardPoint[], runs: readonly RunPoint[], width = 560): Plot.PlotOptions {
  const w = Math.max(280, Math.min(width, 680));
  const rows = curves.map((p) => ({
    method: nameOf(p.method),
    labels: p.labels,
    mean: p.mean,
    low: Math.max(0, p.mean - p.sd),
    high: Math.min(1, p.mean + p.sd),
    dashed: p.method === FINE_TUNED,
  }));
  const live = runs.map((r) => ({ method: nameOf(r.method), labels: r.labels, accuracy: r.accuracy }));
  return {
    width: w,
    height: Math.round(Math.max(240, w * 0.6)),
    marginLeft: 44,
    marginBottom: 40,
    x: {
      type: 'log',
      domain: [7, 14000],
      ticks: [...LABEL_COUNTS],
      // The axis drops the label of its last tick on this log scale: the labels are a text mark below.
      tickFormat: () => '',
      label: 'labels (log scale)',
    },
    y: { domain: [0, 1], label: 'held-out accuracy', grid: true, tickFormat: (d: number) => `${Math.round(d * 100)} %` },
    // The key is HTML (Legend.tsx): Plot's legend would wrap the chart in a figure of several SVGs.
    color: { domain: DOMAIN, range: COLOURS },
    style: plotStyle(),
    marks: [
      Plot.areaY(rows, { x: 'labels', y1: 'low', y2: 'high', fill: 'method', fillOpacity: 0.12, curve: 'monotone-x' }),
      Plot.lineY(
        rows.filter((d) => !d.dashed),
        { x: 'labels', y: 'mean', stroke: 'method', strokeWidth: 1.5, curve: 'monotone-x' },
      ),
      Plot.lineY(
        rows.filter((d) => d.dashed),
        { x: 'labels', y: 'mean', stroke: 'method', strokeWidth: 1.5, strokeDasharray: '5,3', curve: 'monotone-x' },
      ),
      Plot.dot(rows, { x: 'labels', y: 'mean', fill: 'method', r: 2 }),
      Plot.dot(live, { x: 'labels', y: 'accuracy', stroke: 'method', strokeWidth: 2.5, r: 6, symbol: 'diamond' }),
      Plot.ruleY([0]),
      Plot.text([...LABEL_COUNTS], {
        x: (d: number) => d,
        y: 0,
        text: (d: number) => d.toLocaleString('en'),
        dy: 16,
        lineAnchor: 'top',
        clip: false,
      }),
    ],
  };
}

/** What the chart shows, in words: its accessible name. */
export function chartLabel(curves: readonly CardPoint[], runs: readonly RunPoint[]): string {
  const methods = [...new Set(curves.map((p) => nameOf(p.method)))];
  const live = runs.map((r) => `${nameOf(r.method)} at ${r.labels} labels: ${(100 * r.accuracy).toFixed(1)} %`);
  return (
    `Held-out accuracy against the number of labels (log scale) for ${methods.join(', ')}: mean and spread over five label draws from the model cards` +
    (live.length ? `; runs in this page: ${live.join('; ')}.` : '.')
  );
}
