/** One axis of the grid on log–log axes, as Observable Plot options: the measured points and both fits. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { evaluatePowerLaw, type AxisAnalysis } from './core';

export const FIT_COLOUR = '#e8590c';
const CURVE_POINTS = 60;

export const X_LABEL = { data: 'Training digits', size: 'Parameters' } as const;

export function chartOptions(a: AxisAnalysis, width = 340): Plot.PlotOptions {
  const xs = a.series.map((p) => p.x);
  const lo = (xs[0] as number) / 1.4;
  const hi = (xs.at(-1) as number) * 1.4;
  const curve = Array.from({ length: CURVE_POINTS }, (_, i) => {
    const x = lo * (hi / lo) ** (i / (CURVE_POINTS - 1));
    return { x, floored: evaluatePowerLaw(a.floored, x), pure: evaluatePowerLaw(a.pure, x) };
  });
  const ys = [...a.series.map((p) => p.heldout), ...curve.map((c) => c.floored), a.floored.c].filter((y) => y > 0);
  return {
    width,
    height: Math.round(width * 0.78),
    marginLeft: 52,
    marginRight: 12,
    x: { type: 'log', domain: [lo, hi], label: `${X_LABEL[a.axis]} →`, ticks: 4, tickFormat: '~s' },
    y: {
      type: 'log',
      domain: [Math.min(...ys) / 1.15, Math.max(...ys) * 1.15],
      label: '↓ Held-out MSE',
      grid: true,
      ticks: 5,
      tickFormat: '.3~f',
    },
    style: plotStyle(),
    marks: [
      ...(a.floored.c > 0 ? [Plot.ruleY([a.floored.c], { strokeDasharray: '2,3', strokeOpacity: 0.7 })] : []),
      ...(a.bendInRange ? [Plot.ruleX([a.bend], { stroke: FIT_COLOUR, strokeDasharray: '4,3', strokeOpacity: 0.8 })] : []),
      Plot.line(curve, { x: 'x', y: 'pure', strokeDasharray: '6,4', strokeOpacity: 0.55 }),
      Plot.line(curve, { x: 'x', y: 'floored', stroke: FIT_COLOUR, strokeWidth: 2 }),
      Plot.dot(a.series, { x: 'x', y: 'heldout', r: 4, fill: 'currentColor' }),
    ],
  };
}
