/** The heat map, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { FACTORS, type FactorId } from '../lib/models/factors';
import { plotStyle } from '../lib/plot/style';
import { ALL, formatMean, weakestCell, type HeatCell, type MetricId } from './core';

const ROWS = [...Array.from({ length: 10 }, (_, c) => String(c)), ALL];

/** The heat map at a width in CSS pixels: classes down, the factor's bins and "all" across, mean and count in each cell. */
export function heatmapOptions(cells: readonly HeatCell[], metric: MetricId, factor: FactorId, width = 480): Plot.PlotOptions {
  const w = Math.max(280, Math.min(width, 520));
  const bins = FACTORS.find((f) => f.id === factor)?.bins ?? [];
  const cross = cells.filter((c) => c.mean !== null);
  const max = Math.max(...cross.map((c) => c.mean as number), metric === 'flag' ? 0.05 : 0);
  const weakest = weakestCell(cells);
  const fontSize = w < 400 ? 10 : 11;
  const label = (c: HeatCell) => `${formatMean(metric, c.mean)}\nn=${c.count}`;
  return {
    width: w,
    height: 40 + ROWS.length * 30,
    marginLeft: 44,
    marginTop: 28,
    marginBottom: 8,
    padding: 0.06,
    // The factor is named by its selector and the chart's label; an axis title would crowd the bin names.
    x: { domain: [...bins, ALL], axis: 'top', label: null, tickSize: 0 },
    y: { domain: ROWS, label: 'digit', tickSize: 0 },
    color: { type: 'linear', domain: [0, max], range: ['#f8f3e6', '#e8590c'], unknown: '#ddd' },
    style: plotStyle(11),
    marks: [
      Plot.cell(cells, { x: 'col', y: 'row', fill: 'mean', inset: 0.5 }),
      // The margins and the overall number are set apart by a frame.
      Plot.cell(
        cells.filter((c) => c.kind !== 'cross'),
        { x: 'col', y: 'row', stroke: 'currentColor', strokeOpacity: 0.5, fill: 'none', inset: 1 },
      ),
      ...(weakest
        ? [Plot.cell([weakest], { x: 'col', y: 'row', stroke: 'currentColor', strokeWidth: 3, fill: 'none', inset: 1.5 })]
        : []),
      Plot.text(
        cells.filter((c) => c !== weakest),
        { x: 'col', y: 'row', text: label, fill: '#111', fontSize, lineHeight: 1.1 },
      ),
      Plot.text(weakest ? [weakest] : [], {
        x: 'col',
        y: 'row',
        text: label,
        fill: '#111',
        fontSize,
        lineHeight: 1.1,
        fontWeight: 'bold',
      }),
    ],
  };
}

/** What the chart shows, in words: its accessible name. */
export function heatmapLabel(cells: readonly HeatCell[], metric: MetricId, factor: FactorId, model: string): string {
  const overall = cells.find((c) => c.kind === 'overall');
  const w = weakestCell(cells);
  const what = metric === 'mse' ? 'reconstruction error' : 'flag rate';
  return (
    `Heat map of ${model}'s ${what} on the held-out digits by digit class and ${factor} bin, with counts; ` +
    `overall ${formatMean(metric, overall?.mean ?? null)}` +
    (w ? `, weakest subgroup digit ${w.row} with ${w.col} ${factor} at ${formatMean(metric, w.mean)}.` : '.')
  );
}
