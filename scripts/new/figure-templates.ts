/**
 * The files of a new figure, one function each. As generated, the figure draws the normal
 * density for a standard deviation the reader picks: one URL parameter, one pure function,
 * a chart in the house style, a build-time fallback and tests, all working, for the author
 * to replace piece by piece.
 */

export interface FigureNames {
  /** The folder, "demo-figure". */
  name: string;
  /** The component, "DemoFigure". */
  pascal: string;
  /** The anchor and URL prefix, "demofigure". */
  id: string;
  title: string;
}

export const figureFile = ({
  id,
  title,
}: FigureNames) => `/** Replace this line with what the figure shows; as generated, the normal density for a chosen spread. */
export const FIGURE = { id: '${id}', title: '${title.replace(/'/g, "\\'")}' } as const;
`;

export const coreFile = () => `/**
 * The figure's mathematics: pure functions, no DOM, tested in Node. Replace the
 * normal density with the figure's own computation.
 */

/** The normal density N(x; 0, σ²). */
export function normalDensity(x: number, sigma: number): number {
  if (!(sigma > 0)) throw new RangeError(\`σ must be positive, got \${sigma}\`);
  const z = x / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
}
`;

export const stateFile = ({
  id,
  pascal,
}: FigureNames) => `/** The figure's shareable state and its URL codec (parameters \`${id}.*\`). */
import { num, type Schema } from '../lib/url-state';
import { FIGURE } from './figure';

export const WIDGET_ID = FIGURE.id;

/** The range of the standard deviation the reader can pick. */
export const SIGMA = { min: 0.25, max: 3, step: 0.05 } as const;

export interface ${pascal}State {
  /** The standard deviation σ of the density drawn. */
  sigma: number;
}

export const schema: Schema<${pascal}State> = {
  sigma: num(SIGMA.min, SIGMA.max, 1, 2),
};
`;

export const plotFile =
  () => `/** The chart, as Observable Plot options: shared by the live figure and the build-time fallback. */
import * as Plot from '@observablehq/plot';
import { plotStyle } from '../lib/plot/style';
import { normalDensity } from './core';
import { SIGMA } from './state';

const X = 6;
const POINTS = 241;

/** The chart at a width in CSS pixels (the fallback's is fixed, the live figure's follows its element). */
export function chartOptions(sigma: number, width = 480): Plot.PlotOptions {
  const w = Math.max(280, Math.min(width, 640));
  const curve = Array.from({ length: POINTS }, (_, i) => {
    const x = -X + (2 * X * i) / (POINTS - 1);
    return { x, p: normalDensity(x, sigma) };
  });
  return {
    width: w,
    height: Math.round(w * 0.55),
    marginLeft: 44,
    x: { domain: [-X, X], label: 'x' },
    // A fixed scale, so that the curve visibly flattens as σ grows.
    y: { domain: [0, normalDensity(0, SIGMA.min)], label: 'p(x)', grid: true },
    style: plotStyle(),
    marks: [
      Plot.areaY(curve, { x: 'x', y: 'p', fillOpacity: 0.15 }),
      Plot.lineY(curve, { x: 'x', y: 'p', strokeWidth: 2 }),
      Plot.ruleY([0]),
    ],
  };
}

/** What the chart shows, in words: its accessible name. */
export const chartLabel = (sigma: number) => \`The normal density with standard deviation \${sigma}, from x = −\${X} to \${X}.\`;
`;

export const islandFile = ({
  id,
  pascal,
}: FigureNames) => `/** The live figure: the reader picks σ, the chart and the readout follow. */
import { useCallback } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { normalDensity } from './core';
import { chartLabel, chartOptions } from './plot';
import { SIGMA, WIDGET_ID, schema } from './state';

export default function ${pascal}Island() {
  return <WidgetRoot id={WIDGET_ID}>{() => <${pascal} />}</WidgetRoot>;
}

function ${pascal}() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { sigma } = state;
  // Redrawn at the element's width whenever σ changes.
  const chart = useCallback((width: number) => chartOptions(sigma, width), [sigma]);
  const chartRef = usePlot(chart, chartLabel(sigma));

  const setSigma = (raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, sigma: Math.min(SIGMA.max, Math.max(SIGMA.min, v)) }));
  };

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Standard deviation σ
          <input
            type="range"
            min={SIGMA.min}
            max={SIGMA.max}
            step={SIGMA.step}
            value={sigma}
            onInput={(e) => setSigma(e.currentTarget.value)}
          />
        </label>
        <output>{fixed(sigma, 2)}</output>
      </div>
      <div class="widget-plot" ref={chartRef} data-testid="${id}-chart" />
      <div class="widget-readout" aria-live="polite">
        <p>
          The peak of the density: <strong data-testid="${id}-peak">p(0) = {fixed(normalDensity(0, sigma))}</strong>
        </p>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
`;

export const astroFile = ({ pascal, title }: FigureNames) => `---
/** ${title}: the component chapters import. */
import Widget from '../lib/Widget.astro';
import { plotToSvg } from '../lib/plot/static-plot';
import { fixed } from '../lib/format';
import { normalDensity } from './core';
import { FIGURE } from './figure';
import { chartLabel, chartOptions } from './plot';
import { schema } from './state';
import Island from './${pascal}Island';

const sigma = schema.sigma.default;
const svg = plotToSvg(chartOptions(sigma), chartLabel(sigma));
---

<Widget figure={FIGURE}>
  <div slot="fallback">
    <Fragment set:html={svg} />
    <p>
      The normal density with standard deviation {sigma}; its peak is p(0) = {fixed(normalDensity(0, sigma))}. Replace this
      paragraph with a description of the static figure: it is what search indexes, what a reader without JavaScript sees and what
      is printed.
    </p>
  </div>
  <Island client:near={{ rootMargin: '300px' }} />
  <Fragment slot="caption">
    Replace this caption with what the reader sees and what to try; a shared link keeps σ as <code>{FIGURE.id}.sigma</code>.
  </Fragment>
</Widget>
`;

export const unitTestFile = ({ name }: FigureNames) => `import { describe, expect, it } from 'vitest';
import { normalDensity } from '~/widgets/${name}/core';

describe('${name} core', () => {
  it('peaks at 1/(σ√(2π)) at the mean', () => {
    expect(normalDensity(0, 1)).toBeCloseTo(0.3989423, 7);
    expect(normalDensity(0, 2)).toBeCloseTo(0.1994711, 7);
  });

  it('is symmetric, and one σ away falls to e^(−1/2) of its peak', () => {
    expect(normalDensity(-1.3, 0.7)).toBe(normalDensity(1.3, 0.7));
    expect(normalDensity(0.7, 0.7) / normalDensity(0, 0.7)).toBeCloseTo(Math.exp(-0.5), 12);
  });

  it('integrates to one (midpoint rule over ±10σ)', () => {
    const sigma = 1.7;
    const h = 0.01;
    let total = 0;
    for (let x = -10 * sigma + h / 2; x < 10 * sigma; x += h) total += normalDensity(x, sigma) * h;
    expect(total).toBeCloseTo(1, 6);
  });

  it('refuses a standard deviation that is not positive', () => {
    expect(() => normalDensity(0, 0)).toThrow(RangeError);
  });
});
`;

export const e2eFile = ({
  name,
  id,
  title,
}: FigureNames) => `/** ${title} in a real browser: it hydrates, its readout is the core's number, and links restore it. */
import { normalDensity } from '../../widgets/${name}/core';
import { FIGURE } from '../../widgets/${name}/figure';
import { fixed } from '../../widgets/lib/format';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

const PAGE = pageWithFigure(FIGURE.id);

test('hydrates, and its readout is the core’s value as σ changes', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('#${id}');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('.widget-live')).toHaveAttribute('data-ready', 'true');
  await expect(fig.getByTestId('${id}-peak')).toHaveText(\`p(0) = \${fixed(normalDensity(0, 1))}\`);
  await fig.getByLabel('Standard deviation σ').fill('2');
  await expect(fig.getByTestId('${id}-peak')).toHaveText(\`p(0) = \${fixed(normalDensity(0, 2))}\`);
  await expect(fig.getByTestId('${id}-chart').locator('svg')).toHaveCount(1);
  expect(page.url()).toContain('${id}.sigma=2');
});

test('a shared link restores the view; a malformed one falls back to the default and says so', async ({ page }) => {
  await page.goto(\`\${PAGE}?${id}.sigma=0.5#${id}\`);
  const fig = page.locator('#${id}');
  await expect(fig.getByTestId('${id}-peak')).toHaveText(\`p(0) = \${fixed(normalDensity(0, 0.5))}\`);
  await page.goto(\`\${PAGE}?${id}.sigma=wide#${id}\`);
  await expect(fig.getByTestId('${id}-peak')).toHaveText(\`p(0) = \${fixed(normalDensity(0, 1))}\`);
  await expect(fig.getByText('The link’s value for “sigma”')).toBeVisible();
});
`;

/** Every file of the figure, by path from the project root. */
export function figureFiles(n: FigureNames): Record<string, string> {
  const dir = `widgets/${n.name}`;
  return {
    [`${dir}/figure.ts`]: figureFile(n),
    [`${dir}/core.ts`]: coreFile(),
    [`${dir}/state.ts`]: stateFile(n),
    [`${dir}/plot.ts`]: plotFile(),
    [`${dir}/${n.pascal}Island.tsx`]: islandFile(n),
    [`${dir}/${n.pascal}.astro`]: astroFile(n),
    [`tests/unit/${n.name}.test.ts`]: unitTestFile(n),
    [`tests/e2e/${n.name}.spec.ts`]: e2eFile(n),
  };
}
