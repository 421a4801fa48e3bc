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
 * element's width, re-rendered when `options` (built from the width) change.
 */
export function usePlot(build: ((width: number) => Plot.PlotOptions) | null, label: string, deps: readonly unknown[]) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(() => ref.current, 640);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!build) {
      el.replaceChildren();
      return;
    }
    el.replaceChildren(labelPlot(Plot.plot(build(width)), label));
    // `build` is a new closure each render; `deps` say when the chart changed.
  }, [width, label, ...deps]);
  return ref;
}
