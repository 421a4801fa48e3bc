/** The live figure: step Lloyd's algorithm, edit the points, watch the objective fall. */
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
import { DATASETS, DATASET_NAMES, EXTENT, INITS, converged, type DataSetName, type Init } from '../lib/clustering';
import { dataRows, describeHistory, describeSizes, describeStep, nearestRow, toPoints, toggleAt, traceFor } from './core';
import { objectiveLabel, objectiveOptions, scatterLabel, scatterOptions } from './plot';
import { MAX_K, MAX_STEPS, WIDGET_ID, schema } from './state';

export default function KmeansStepsIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <KmeansSteps />}</WidgetRoot>;
}

/** Half-steps per second while running. */
const RUN_INTERVAL_MS = 350;

function KmeansSteps() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { data, k, init, seed, steps } = state;
  const [rows, setRows] = useState<[number, number][]>(() => dataRows(data));
  const [edited, setEdited] = useState(false);
  const [running, setRunning] = useState(false);
  const [probe, setProbe] = useState<[number, number]>([0, 0]);
  const theme = useTheme();
  const colours = digitColours(theme);

  const points = useMemo(() => toPoints(rows), [rows]);
  const trace = useMemo(() => traceFor(points, { k, init, seed, steps }), [points, k, init, seed, steps]);
  const last = trace[trace.length - 1];
  const done = converged(trace);
  const history = describeHistory(trace);

  // Run: one half-step per tick until the algorithm converges.
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setState((s) => ({ ...s, steps: Math.min(MAX_STEPS, s.steps + 1) })), RUN_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [running, setState]);
  useEffect(() => {
    if (running && (done || steps >= MAX_STEPS)) setRunning(false);
  }, [running, done, steps]);
  // A link may ask for more steps than convergence takes: show the step it stopped at.
  useEffect(() => {
    if (!running && trace.length > 0 && steps > trace.length - 1) setState((s) => ({ ...s, steps: trace.length - 1 }));
  }, [running, trace.length, steps, setState]);

  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, 480);
  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const plot = labelPlot(
      Plot.plot(scatterOptions({ rows, snapshot: last, k, colours, width })),
      scatterLabel(rows.length, k, last),
    );
    const onClick = (e: Event) => {
      const event = e as MouseEvent;
      const svg = plot instanceof SVGSVGElement ? plot : plot.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!svg || !ctm) return;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
      const x = Number(plot.scale('x')?.invert?.(p.x));
      const y = Number(plot.scale('y')?.invert?.(p.y));
      if (!(Math.abs(x) < EXTENT && Math.abs(y) < EXTENT)) return;
      // About six pixels: a click on a point removes it, elsewhere adds one.
      const radius = (6 * 2 * EXTENT) / width;
      setRows((r) => toggleAt(r, roundTo(x, 2), roundTo(y, 2), radius));
      setEdited(true);
    };
    plot.addEventListener('click', onClick);
    el.replaceChildren(plot);
    return () => plot.removeEventListener('click', onClick);
  }, [rows, last, k, colours, width]);

  const objectiveChart = useCallback((w: number) => objectiveOptions(trace, w), [trace]);
  const objectiveRef = usePlot(objectiveChart, objectiveLabel(history));

  const set = (patch: Partial<typeof state>) => {
    setRunning(false);
    setState((s) => ({ ...s, ...patch }));
  };
  const chooseData = (name: DataSetName) => {
    setRows(dataRows(name));
    setEdited(false);
    set({ data: name, steps: 0 });
  };
  const addAt = (x: number, y: number) => {
    setRows((r) => [...r, [clamp(x), clamp(y)]]);
    setEdited(true);
  };
  const removeNearest = (x: number, y: number) => {
    setRows((r) => {
      const i = nearestRow(r, x, y);
      return i < 0 ? r : r.filter((_, j) => j !== i);
    });
    setEdited(true);
  };
  const nextKind = last?.kind === 'assign' ? 'update' : 'assign';
  const canStep = rows.length > 0 && !done && steps < MAX_STEPS;

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Data set
          <select value={data} onChange={(e) => chooseData(e.currentTarget.value as DataSetName)}>
            {DATASET_NAMES.map((name) => (
              <option value={name}>{DATASETS[name].label}</option>
            ))}
          </select>
        </label>
        <label>
          Clusters k
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
          Initialisation
          <select value={init} onChange={(e) => set({ init: e.currentTarget.value as Init, steps: 0 })}>
            {INITS.map((name) => (
              <option value={name}>{name === 'random' ? 'random points' : 'k-means++'}</option>
            ))}
          </select>
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
      </div>
      <div class="widget-controls">
        <button type="button" disabled={!canStep || nextKind !== 'assign'} onClick={() => set({ steps: steps + 1 })}>
          Assign
        </button>
        <button type="button" disabled={!canStep || nextKind !== 'update'} onClick={() => set({ steps: steps + 1 })}>
          Update
        </button>
        <button type="button" disabled={!running && !canStep} onClick={() => setRunning((r) => !r)}>
          {running ? 'Pause' : 'Run'}
        </button>
        <button type="button" onClick={() => set({ steps: 0 })}>
          Reset
        </button>
        <button type="button" onClick={() => set({ seed: (seed % 999_999) + 1, steps: 0 })}>
          New seed
        </button>
      </div>
      <div class="kmeans-charts">
        <figure>
          <figcaption>
            The points and the centres (◆); shaded: each centre’s Voronoi region. Click to add or remove a point.
          </figcaption>
          <div class="widget-plot" ref={chartRef} data-testid="kmeans-chart" />
        </figure>
        <figure>
          <figcaption>The objective J after every step (● after an assignment, ■ after an update).</figcaption>
          <div class="widget-plot" ref={objectiveRef} data-testid="kmeans-objective-chart" />
        </figure>
      </div>
      <div class="widget-controls">
        <label>
          Point x₁
          <input
            type="number"
            min={-EXTENT}
            max={EXTENT}
            step={0.1}
            value={probe[0]}
            onChange={(e) => setProbe([num(e.currentTarget.value), probe[1]])}
          />
        </label>
        <label>
          Point x₂
          <input
            type="number"
            min={-EXTENT}
            max={EXTENT}
            step={0.1}
            value={probe[1]}
            onChange={(e) => setProbe([probe[0], num(e.currentTarget.value)])}
          />
        </label>
        <button type="button" onClick={() => addAt(probe[0], probe[1])}>
          Add the point
        </button>
        <button type="button" disabled={rows.length === 0} onClick={() => removeNearest(probe[0], probe[1])}>
          Remove the nearest point
        </button>
        <button type="button" disabled={!edited} onClick={() => chooseData(data)}>
          Restore the data set
        </button>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p data-testid="kmeans-step">{describeStep(trace)}</p>
        <p>
          <strong data-testid="kmeans-objective">
            {last?.objective === null || last?.objective === undefined
              ? 'J: not defined until the points are assigned'
              : `J = ${fixed(last.objective, 3)}`}
          </strong>
          {' · '}
          <span data-testid="kmeans-sizes">Cluster sizes: {describeSizes(last, k)}</span>
        </p>
        <p data-testid="kmeans-history">{history ? `J after each step: ${history}` : 'No objective yet.'}</p>
        <p>
          {rows.length} points{edited ? ' (edited: a link keeps the data set, not your edits)' : ''}.
        </p>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}

const clamp = (v: number) => Math.max(-EXTENT + 0.01, Math.min(EXTENT - 0.01, v));
const num = (raw: string) => {
  const v = Number(raw);
  return raw !== '' && Number.isFinite(v) ? clamp(v) : 0;
};
