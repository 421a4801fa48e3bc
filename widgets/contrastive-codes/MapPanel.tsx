/** The map of the held-out codes: click a dot, or use the arrow keys on the focused map, to choose that digit. */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { labelPlot } from '../lib/plot/plot-a11y';
import { useElementWidth } from '../lib/ui/useElementWidth';
import type { Theme } from '../lib/ui/useTheme';
import { nearestInMap, stepInMap, type Projection } from './core';
import { mapLabel, mapOptions } from './plot';

interface Scale {
  invert?(v: number): number;
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
  const chartRef = useRef<(SVGSVGElement & { scale(name: string): Scale }) | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot(mapOptions({ map, labels, digit, width, theme })) as unknown as SVGSVGElement & {
      scale(name: string): Scale;
    };
    labelPlot(chart, mapLabel(digit, labels[digit] as number));
    el.replaceChildren(chart);
    chartRef.current = chart;
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
