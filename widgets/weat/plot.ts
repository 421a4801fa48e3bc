/** Per-word associations s(w, A, B) as a bar chart: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import type { WeatResult } from '../lib/embeddings/core';

/** Past this many words per target set, only the most extreme are drawn. */
export const MAX_BARS_PER_SET = 25;

export interface AssociationBar {
  word: string;
  s: number;
  set: string;
}

export function associationBars(r: WeatResult, names: { X: string; Y: string }): { bars: AssociationBar[]; cut: boolean } {
  const pick = (list: WeatResult['contributions']['X'], set: string) => {
    const sorted = [...list].sort((a, b) => b.s - a.s);
    const kept =
      sorted.length > MAX_BARS_PER_SET
        ? [...sorted]
            .sort((a, b) => Math.abs(b.s) - Math.abs(a.s))
            .slice(0, MAX_BARS_PER_SET)
            .sort((a, b) => b.s - a.s)
        : sorted;
    return kept.map((c) => ({ word: c.word, s: c.s, set }));
  };
  const cut = r.contributions.X.length > MAX_BARS_PER_SET || r.contributions.Y.length > MAX_BARS_PER_SET;
  return { bars: [...pick(r.contributions.X, names.X), ...pick(r.contributions.Y, names.Y)], cut };
}

export function associationOptions(
  bars: readonly AssociationBar[],
  names: { X: string; Y: string; A: string; B: string },
  width: number,
): Plot.PlotOptions {
  return {
    width: Math.max(280, Math.min(width, 640)),
    height: 40 + bars.length * 14,
    marginLeft: 100,
    marginRight: 12,
    x: { label: `s(w, A, B): ← closer to ${names.B} · closer to ${names.A} →`, grid: true, ticks: 5 },
    y: { label: null, domain: bars.map((b) => `${b.word} (${b.set === names.X ? 'X' : 'Y'})`) },
    color: { domain: [names.X, names.Y], range: ['#d9480f', '#1c7ed6'] },
    style: plotStyle(11),
    marks: [
      Plot.barX(bars, { y: (b: AssociationBar) => `${b.word} (${b.set === names.X ? 'X' : 'Y'})`, x: 's', fill: 'set' }),
      Plot.ruleX([0], { stroke: 'currentColor' }),
    ],
  };
}
