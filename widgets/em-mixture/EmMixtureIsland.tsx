/** The live figure: EM on a Gaussian mixture, one iteration at a time, beside k-means on the same points. */
import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { usePlot } from '../lib/plot/usePlot';
import { fixed, roundTo } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useTheme } from '../lib/ui/useTheme';
import { useElementWidth } from '../lib/ui/useElementWidth';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { digitColours } from '../lib/digits/palette';
import { DATASETS, DATASET_NAMES, EXTENT, type DataSetName } from '../lib/clustering';
import { agreement, assignPoint, computeView, settled } from './core';
import { kmeansLabel, kmeansOptions, logLikLabel, logLikOptions, mixtureLabel, mixtureOptions } from './plot';
import { MAX_ITERATIONS, MAX_K, WIDGET_ID, schema } from './state';

export default function EmMixtureIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <EmMixture />}</WidgetRoot>;
}

const RUN_INTERVAL_MS = 250;

function EmMixture() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { data, k, seed, steps, x, y } = state;
  const [running, setRunning] = useState(false);
  const colours = digitColours(useTheme());

  const view = useMemo(() => computeView(data, k, seed, steps), [data, k, seed, steps]);
  const step = view.trace[view.trace.length - 1]!;
  const { points } = view.set;
  const scores = agreement(view, k);
  const probe = assignPoint(step.mixture, x, y);
  const history = view.trace.map((s) => fixed(s.logLik, 1)).join(', ');
  const gain = steps > 0 ? step.logLik - view.trace[view.trace.length - 2]!.logLik : NaN;

  // Run: one iteration per tick; the tick itself checks the stopping rule, so no extra iteration slips in.
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(
      () =>
        setState((s) =>
          s.steps >= MAX_ITERATIONS || settled(computeView(s.data, s.k, s.seed, s.steps)) ? s : { ...s, steps: s.steps + 1 },
        ),
      RUN_INTERVAL_MS,
    );
    return () => window.clearInterval(id);
  }, [running, setState]);
  const stopped = steps >= MAX_ITERATIONS || settled(view);
  useEffect(() => {
    if (running && stopped) setRunning(false);
  }, [running, stopped]);

  const mixRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(mixRef, 400);
  useEffect(() => {
    const el = mixRef.current;
    if (!el) return;
    const plot = labelPlot(
      Plot.plot(mixtureOptions({ points, step, colours, probe: [x, y], width })),
      mixtureLabel(points.n, k, steps),
    );
    const onClick = (e: Event) => {
      const event = e as MouseEvent;
      const svg = plot instanceof SVGSVGElement ? plot : plot.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!svg || !ctm) return;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
      const px = Number(plot.scale('x')?.invert?.(p.x));
      const py = Number(plot.scale('y')?.invert?.(p.y));
      if (Math.abs(px) <= EXTENT && Math.abs(py) <= EXTENT) setState((s) => ({ ...s, x: roundTo(px, 2), y: roundTo(py, 2) }));
    };
    plot.addEventListener('click', onClick);
    el.replaceChildren(plot);
    return () => plot.removeEventListener('click', onClick);
  }, [points, step, colours, x, y, width, k, steps, setState]);

  const kmChart = useCallback(
    (w: number) => kmeansOptions(points, view.kmeans, k, colours, w),
    [points, view.kmeans, k, colours],
  );
  const kmRef = usePlot(kmChart, kmeansLabel(points.n, k));
  const llChart = useCallback((w: number) => logLikOptions(view.trace, w), [view.trace]);
  const llRef = usePlot(llChart, logLikLabel(history));

  const set = (patch: Partial<typeof state>) => {
    setRunning(false);
    setState((s) => ({ ...s, ...patch }));
  };
  const setCoord = (key: 'x' | 'y', raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, [key]: Math.max(-EXTENT, Math.min(EXTENT, v)) }));
  };

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Data set
          <select value={data} onChange={(e) => set({ data: e.currentTarget.value as DataSetName, steps: 0 })}>
            {DATASET_NAMES.map((name) => (
              <option value={name}>{DATASETS[name].label}</option>
            ))}
          </select>
        </label>
        <label>
          Components k
          <input
            type="number"
            min={1}
            max={MAX_K}
            step={1}
            value={k}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(v)) set({ k: Math.max(1, Math.min(MAX_K, v)), steps: 0 });
            }}
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            min={1}
            max={999999}
            step={1}
            value={seed}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(v) && v >= 1 && v <= 999999) set({ seed: v, steps: 0 });
            }}
          />
        </label>
        <button type="button" disabled={steps >= MAX_ITERATIONS} onClick={() => set({ steps: steps + 1 })}>
          E and M step
        </button>
        <button type="button" disabled={!running && steps >= MAX_ITERATIONS} onClick={() => setRunning((r) => !r)}>
          {running ? 'Pause' : 'Run'}
        </button>
        <button type="button" onClick={() => set({ steps: 0 })}>
          Reset
        </button>
      </div>
      <div class="em-charts">
        <figure>
          <figcaption>
            Gaussian mixture after {steps} EM iterations: colour mixes by responsibility; rings at 1 and 2 standard deviations; ×
            the new point.
          </figcaption>
          <div class="widget-plot" ref={mixRef} data-testid="em-chart" />
        </figure>
        <figure>
          <figcaption>k-means on the same points (k-means++ with the same seed, to convergence).</figcaption>
          <div class="widget-plot" ref={kmRef} data-testid="em-kmeans-chart" />
        </figure>
      </div>
      <figure class="em-loglik">
        <figcaption>The log-likelihood after every EM iteration.</figcaption>
        <div class="widget-plot" ref={llRef} data-testid="em-loglik-chart" />
      </figure>
      <div class="widget-controls">
        <label>
          New point x₁
          <input
            type="number"
            min={-EXTENT}
            max={EXTENT}
            step={0.1}
            value={x}
            onChange={(e) => setCoord('x', e.currentTarget.value)}
          />
        </label>
        <label>
          New point x₂
          <input
            type="number"
            min={-EXTENT}
            max={EXTENT}
            step={0.1}
            value={y}
            onChange={(e) => setCoord('y', e.currentTarget.value)}
          />
        </label>
        <span class="widget-readout">Click the mixture chart or type coordinates to assign a new point.</span>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p>
          <strong data-testid="em-loglik">log-likelihood = {fixed(step.logLik, 3)}</strong> after {steps} iterations
          {steps > 0 ? ` (the last one gained ${fixed(gain, 3)})` : ''}.
        </p>
        <p data-testid="em-history">Log-likelihood after each iteration: {history}</p>
        <table>
          <caption>Each component k: its weight, its mean, and its responsibility for the new point.</caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">wₖ</th>
              <th scope="col">μₖ</th>
              <th scope="col">rₖ(x)</th>
            </tr>
          </thead>
          <tbody>
            {step.mixture.map((c, j) => (
              <tr>
                <td>
                  <span class="em-swatch" style={{ background: colours[j % colours.length] }} />
                  {j + 1}
                </td>
                <td>{fixed(c.weight, 3)}</td>
                <td>
                  ({fixed(c.mean[0], 2)}, {fixed(c.mean[1], 2)})
                </td>
                <td data-testid={`em-resp-${j}`}>{fixed(probe.resp[j] ?? NaN, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="em-assign">
          The new point ({fixed(x, 2)}, {fixed(y, 2)}) goes to component {probe.best + 1}, the one with the largest wₖ pₖ(x).
        </p>
        <p data-testid="em-ari">
          Agreement with the groups that generated the points (adjusted Rand index): mixture {fixed(scores.em, 3)}, k-means{' '}
          {fixed(scores.kmeans, 3)}.
        </p>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
