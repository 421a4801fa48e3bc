/** The two charts as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { histogram, type RocPoint } from './core';
import { T_MAX, T_MIN } from './state';

export const COLORS = { digits: '#4e79a7', fashion: '#e8772e' } as const;
const BINS = 40;

export interface HistInput {
  digits: ArrayLike<number>;
  fashion: ArrayLike<number>;
  threshold: number;
  log: boolean;
  width: number;
}

export function histogramOptions({ digits, fashion, threshold, log, width }: HistInput): Plot.PlotOptions {
  const lo = log ? T_MIN : 0;
  const hi = log ? T_MAX : 0.35;
  const bins = [
    ...histogram(digits, Math.max(lo, 1e-9), hi, BINS, log).map((b) => ({ ...b, group: 'digits' })),
    ...histogram(fashion, Math.max(lo, 1e-9), hi, BINS, log).map((b) => ({ ...b, group: 'fashion' })),
  ];
  return {
    width: Math.max(280, Math.min(width, 560)),
    height: 220,
    marginLeft: 44,
    marginBottom: 36,
    x: {
      type: log ? 'log' : 'linear',
      domain: [log ? T_MIN : 0, hi],
      label: 'reconstruction error (MSE per pixel)',
      ticks: log ? 5 : 6,
      tickFormat: '~g',
    },
    y: { label: 'images', grid: true },
    style: plotStyle(),
    marks: [
      Plot.rectY(bins, {
        x1: 'x1',
        x2: 'x2',
        y: 'count',
        fill: (d: { group: 'digits' | 'fashion' }) => COLORS[d.group],
        fillOpacity: 0.6,
        insetLeft: 0.5,
        insetRight: 0.5,
      }),
      Plot.ruleX([Math.min(Math.max(threshold, log ? T_MIN : 0), hi)], {
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeDasharray: '4,3',
      }),
      Plot.ruleY([0]),
    ],
  };
}

export interface RocInput {
  roc: readonly RocPoint[];
  current: { fpr: number; tpr: number };
  width: number;
}

export function rocOptions({ roc, current, width }: RocInput): Plot.PlotOptions {
  const size = Math.max(220, Math.min(width, 280));
  return {
    width: size,
    height: size,
    marginLeft: 44,
    marginBottom: 36,
    x: { domain: [0, 1], label: 'false-positive rate', ticks: 5 },
    y: { domain: [0, 1], label: 'true-positive rate', ticks: 5, grid: true },
    style: plotStyle(),
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: 'currentColor', strokeOpacity: 0.4, strokeDasharray: '3,3' },
      ),
      Plot.line(roc as RocPoint[], { x: 'fpr', y: 'tpr', stroke: COLORS.fashion, strokeWidth: 2 }),
      Plot.dot([current], { x: 'fpr', y: 'tpr', r: 5, fill: 'currentColor', stroke: COLORS.fashion, strokeWidth: 2 }),
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
    ],
  };
}
