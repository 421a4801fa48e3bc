/** The zoo's small multiples as Observable Plot options: one square of samples per family, over the held-out points. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { EXTENT } from '../lib/toy-2d';

/** Points drawn per panel: enough to see the shape, few enough to keep the page light. */
export const SHOWN = 300;

const asPoints = (flat: ArrayLike<number>) =>
  Array.from({ length: Math.min(SHOWN, flat.length / 2) }, (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number] as const);

export function panelOptions(opts: {
  points: ArrayLike<number>;
  reference: ArrayLike<number> | null;
  colour: string;
}): Plot.PlotOptions {
  const { points, reference, colour } = opts;
  return {
    width: 200,
    height: 200,
    margin: 6,
    x: { domain: [-EXTENT, EXTENT], axis: null },
    y: { domain: [-EXTENT, EXTENT], axis: null },
    style: plotStyle(),
    marks: [
      ...(reference
        ? [Plot.dot(asPoints(reference), { x: '0', y: '1', r: 1, fill: 'currentColor', fillOpacity: 0.25, clip: true })]
        : []),
      Plot.dot(asPoints(points), { x: '0', y: '1', r: 1.4, fill: colour, clip: true }),
      Plot.frame({ strokeOpacity: 0.3 }),
    ],
  };
}
