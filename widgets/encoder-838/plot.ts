/** The loss curve as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { MAX_STEPS } from './state';

/** At most this many points are drawn; the history is thinned evenly beyond it. */
const MAX_POINTS = 400;

export function lossChartOptions(history: readonly number[], width: number): Plot.PlotOptions {
  const stride = Math.max(1, Math.ceil(history.length / MAX_POINTS));
  const points: { step: number; loss: number }[] = [];
  for (let i = 0; i < history.length; i += stride) points.push({ step: i, loss: history[i] as number });
  const last = history.length - 1;
  if (last > 0 && points.at(-1)?.step !== last) points.push({ step: last, loss: history[last] as number });
  return {
    width: Math.max(260, Math.min(width, 640)),
    height: 200,
    marginLeft: 56,
    marginBottom: 34,
    x: { domain: [0, MAX_STEPS], label: 'training step →' },
    y: {
      type: 'log',
      domain: [1e-4, 10],
      clamp: true,
      label: '↑ loss (nats)',
      grid: true,
      ticks: [1e-4, 1e-3, 1e-2, 0.1, 1, 10],
      tickFormat: (d: number) => String(d),
    },
    style: plotStyle(),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.3 }),
      Plot.line(points, { x: 'step', y: 'loss', stroke: 'currentColor', strokeWidth: 2 }),
    ],
  };
}
