import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import { labelPlot } from './plot-a11y';
import { useTheme } from '../ui/useTheme';
import { useElementWidth } from '../ui/useElementWidth';

/** The page background behind a widget, for label halos (Starlight's --sl-color-bg). */
export function useHalo(): string {
  return useTheme() === 'dark' ? 'hsl(224, 10%, 10%)' : 'hsl(0, 0%, 100%)';
}

/**
 * Render an Observable Plot chart into the returned ref's element, at the
 * element's width. `build` makes the options for a width (null: no chart);
 * memoise it (useCallback) on what the chart shows, as it is redrawn whenever
 * `build` or the width changes.
 */
export function usePlot(build: ((width: number) => Plot.PlotOptions) | null, label: string) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 640);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!build) {
      el.replaceChildren();
      return;
    }
    el.replaceChildren(labelPlot(Plot.plot(build(width)), label));
  }, [width, label, build]);
  return ref;
}
