/** The map of the held-out codes: click a dot, or use the arrow keys on the focused map, to choose that digit. */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { labelPlot } from '../lib/plot/plot-a11y';
import { useElementWidth } from '../lib/ui/useElementWidth';
import type { Theme } from '../lib/ui/useTheme';
import { nearestInMap, stepInMap, type Projection } from './core';
import { mapLabel, mapOptions, ringColour } from './plot';

interface Scale {
  apply(v: number): number;
  invert?(v: number): number;
}

type Chart = SVGSVGElement & { scale(name: string): Scale };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The ring around the chosen digit: drawn over the chart and moved, so choosing a digit never redraws 1,000 dots. */
function ringFor(theme: Theme): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', 'simclr-ring');
  g.setAttribute('aria-hidden', 'true');
  for (const [stroke, width] of [
    [theme === 'dark' ? '#17181c' : '#ffffff', '4'],
    [ringColour(theme), '2.5'],
  ] as const) {
    const c = document.createElementNS(SVG_NS, 'circle');
    c.setAttribute('r', '7');
    c.setAttribute('fill', 'none');
    c.setAttribute('stroke', stroke);
    c.setAttribute('stroke-width', width);
    g.append(c);
  }
  return g;
}

const KEYS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

interface Props {
  map: Projection;
  labels: ArrayLike<number>;
  digit: number;
  theme: Theme;
  onPick: (digit: number) => void;
}

export function MapPanel({ map, labels, digit, theme, onPick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 440);
  const chartRef = useRef<Chart | null>(null);
  const ringRef = useRef<SVGGElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot(mapOptions({ map, labels, digit: null, width, theme })) as unknown as Chart;
    const ring = ringFor(theme);
    chart.append(ring);
    el.replaceChildren(chart);
    chartRef.current = chart;
    ringRef.current = ring;
  }, [map, labels, width, theme]);
  useEffect(() => {
    const chart = chartRef.current;
    const ring = ringRef.current;
    if (!chart || !ring) return;
    const [x, y] = [map.coords[2 * digit] as number, map.coords[2 * digit + 1] as number];
    ring.setAttribute('transform', `translate(${chart.scale('x').apply(x)},${chart.scale('y').apply(y)})`);
    ring.dataset['digit'] = String(digit);
    labelPlot(chart, mapLabel(digit, labels[digit] as number));
  }, [map, labels, digit, width, theme]);

  const onClick = (e: MouseEvent) => {
    const chart = chartRef.current;
    const ctm = chart?.getScreenCTM();
    const sx = chart?.scale('x');
    const sy = chart?.scale('y');
    if (!ctm || !sx?.invert || !sy?.invert) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    onPick(nearestInMap(map, sx.invert(p.x), sy.invert(p.y)));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const dir = KEYS[e.key];
    if (!dir) return;
    e.preventDefault();
    // A step of a twentieth of the spread (Shift: a fifth).
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of map.coords) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    onPick(stepInMap(map, digit, dir[0], dir[1], ((hi - lo) / 20) * (e.shiftKey ? 4 : 1)));
  };
  return (
    <div
      class="widget-plot simclr-map"
      ref={ref}
      tabIndex={0}
      role="application"
      aria-roledescription="map of the held-out codes"
      aria-label="Map of the held-out digits' contrastive codes. Click a dot, or use the arrow keys (Shift: further), to choose that digit."
      data-testid="simclr-map"
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  );
}
