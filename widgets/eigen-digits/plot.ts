/** The two charts, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { percent } from '../lib/format';

/** The cumulative share of variance against k, with the reader's k marked. */
export function varianceOptions(shares: readonly number[], k: number, width = 320): Plot.PlotOptions {
  const rows = [{ k: 0, share: 0 }, ...shares.map((share, i) => ({ k: i + 1, share }))];
  const at = rows[k] ?? { k, share: 0 };
  return {
    width: Math.max(260, Math.min(width, 420)),
    height: 200,
    marginLeft: 44,
    marginBottom: 34,
    x: { domain: [0, shares.length], label: 'components k' },
    y: { domain: [0, 1], label: 'variance explained', tickFormat: (v: number) => percent(v), grid: true },
    style: plotStyle(),
    marks: [
      Plot.line(rows, { x: 'k', y: 'share', strokeWidth: 2 }),
      Plot.ruleX([k], { stroke: '#D55E00', strokeDasharray: '4 3' }),
      Plot.dot([at], { x: 'k', y: 'share', r: 4, fill: '#D55E00' }),
      Plot.text([at], {
        x: 'k',
        y: 'share',
        text: (d: { share: number }) => percent(d.share, 1),
        dx: 6,
        dy: 12,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
    ],
  };
}

export const varianceLabel = (shares: readonly number[], k: number) =>
  `Cumulative share of the training digits' variance explained by the first k of ${shares.length} components; ` +
  `at k = ${k} it is ${percent(k === 0 ? 0 : (shares[k - 1] ?? 0), 1)}.`;

/** The digit's coefficients on all components, the first k solid and the rest faint. */
export function coefficientOptions(all: ArrayLike<number>, k: number, width = 320): Plot.PlotOptions {
  const rows = Array.from(all, (z, i) => ({ j: i + 1, z, used: i < k }));
  return {
    width: Math.max(260, Math.min(width, 640)),
    height: 170,
    marginLeft: 44,
    marginBottom: 40,
    x: {
      label: 'component j',
      labelOffset: 36,
      type: 'band',
      ticks: rows.filter((r) => r.j === 1 || r.j % 8 === 0).map((r) => r.j),
    },
    y: { label: 'coefficient zⱼ', grid: true },
    style: plotStyle(),
    marks: [
      Plot.barY(rows, { x: 'j', y: 'z', fill: 'currentColor', fillOpacity: (d: { used: boolean }) => (d.used ? 0.85 : 0.2) }),
      Plot.ruleY([0]),
    ],
  };
}

export const coefficientLabel = (k: number, n: number) =>
  `The digit's coefficients on all ${n} components; the first ${k}, used in the reconstruction, are drawn solid.`;
