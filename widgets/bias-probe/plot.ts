/** The two ends of a direction as a bar chart: shared by the live widget and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import type { ScoredWord } from '../lib/embeddings/core';

export interface ProbeBar {
  label: string;
  score: number;
  end: string;
}

export function probeBars(
  first: readonly ScoredWord[],
  second: readonly ScoredWord[],
  ends: readonly [string, string],
  inPaper: ReadonlySet<string>,
): ProbeBar[] {
  const mark = (w: string) => (inPaper.has(w) ? `${w} ★` : w);
  return [
    ...first.map((r) => ({ label: mark(r.word), score: r.score, end: ends[0] })),
    ...[...second].reverse().map((r) => ({ label: mark(r.word), score: r.score, end: ends[1] })),
  ];
}

export function probeOptions(bars: readonly ProbeBar[], ends: readonly [string, string], width: number): Plot.PlotOptions {
  return {
    width: Math.max(280, Math.min(width, 640)),
    height: 24 + bars.length * 17,
    marginLeft: 110,
    marginRight: 16,
    x: { label: `projection: towards “${ends[1]}” ← → towards “${ends[0]}”`, grid: true, ticks: 5 },
    y: { label: null, domain: bars.map((b) => b.label) },
    color: { domain: [...ends], range: ['#1c7ed6', '#d9480f'] },
    style: plotStyle(),
    marks: [Plot.barX(bars, { y: 'label', x: 'score', fill: 'end' }), Plot.ruleX([0], { stroke: 'currentColor' })],
  };
}
