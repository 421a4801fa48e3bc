/** The live figure: reshape a cloud in the plane and watch its principal axes and projection errors follow. */
import * as Plot from '@observablehq/plot';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed, percent, roundTo } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useElementWidth } from '../lib/ui/useElementWidth';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { DATASETS, EXTENT, POINTS, analyse, angleDegrees, makePoints, type Dataset, type Vec2 } from './core';
import { chartLabel, chartOptions, patchChart, type DrawnPlot } from './plot';
import { RHO, SPREAD, WIDGET_ID, schema } from './state';

export default function Pca2dIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Pca2d />}</WidgetRoot>;
}

const LABELS: Record<Dataset, string> = { gaussian: 'Gaussian cloud', arc: 'Points on an arc' };
const STEP = 0.1;
const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, roundTo(v, 2)));

function Pca2d() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { data, rho, spread, seed } = state;
  const base = useMemo(() => makePoints({ data, rho, spread, seed }), [data, rho, spread, seed]);
  const [moved, setMoved] = useState<ReadonlyMap<number, Vec2>>(new Map());
  const [selected, setSelected] = useState(0);
  useEffect(() => setMoved(new Map()), [base]);
  const points = useMemo(() => base.map((p, i) => moved.get(i) ?? p), [base, moved]);
  const a = useMemo(() => analyse(points), [points]);

  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, 480);
  const dragging = useRef<number | null>(null);
  const pointsRef = useRef(points);
  pointsRef.current = points;

  const moveTo = (i: number, p: Vec2) => setMoved((m) => new Map(m).set(i, [clamp(p[0]), clamp(p[1])]));

  // The chart is drawn once per width (and data of another size); every other change, a drag's
  // moves included, moves its marks in place, which keeps a move well inside a frame. A layout
  // effect, so the chart moves in the same frame as the readouts.
  const plotRef = useRef<DrawnPlot | null>(null);
  const drawnWidth = useRef(0);
  useLayoutEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const drawn = plotRef.current;
    if (drawn && drawnWidth.current === width && patchChart(drawn, points, a, selected)) {
      labelPlot(drawn, chartLabel(points, a));
      return;
    }
    const plot = Plot.plot(chartOptions(points, a, selected, width)) as DrawnPlot;
    labelPlot(plot, chartLabel(points, a));
    const toData = (e: MouseEvent): Vec2 | null => {
      const svg = plot instanceof SVGSVGElement ? plot : plot.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!svg || !ctm) return null;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      return [Number(plot.scale('x')?.invert?.(p.x)), Number(plot.scale('y')?.invert?.(p.y))];
    };
    const down = (event: Event) => {
      const e = event as PointerEvent;
      const p = toData(e);
      if (!p) return;
      let best = -1;
      let bestD = 0.35 ** 2;
      pointsRef.current.forEach(([x, y], i) => {
        const d = (x - p[0]) ** 2 + (y - p[1]) ** 2;
        if (d < bestD) [best, bestD] = [i, d];
      });
      if (best < 0) return;
      dragging.current = best;
      setSelected(best);
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
      e.preventDefault();
    };
    const move = (event: Event) => {
      const i = dragging.current;
      const p = i === null ? null : toData(event as PointerEvent);
      if (i !== null && p) moveTo(i, p);
    };
    const up = () => (dragging.current = null);
    // The listeners go with the element when a new chart replaces it.
    plot.addEventListener('pointerdown', down);
    plot.addEventListener('pointermove', move);
    plot.addEventListener('pointerup', up);
    plot.addEventListener('pointercancel', up);
    el.replaceChildren(plot);
    plotRef.current = plot;
    drawnWidth.current = width;
  }, [points, a, selected, width]);

  const onKey = (e: KeyboardEvent) => {
    const p = points[selected];
    if (!p) return;
    const d: Record<string, Vec2> = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] };
    const step = d[e.key];
    if (step) {
      moveTo(selected, [p[0] + step[0], p[1] + step[1]]);
      e.preventDefault();
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      setSelected((s) => (s + (e.key === 'PageUp' ? 1 : POINTS - 1)) % POINTS);
      e.preventDefault();
    }
  };

  const { pca, projection } = a;
  const sel = points[selected];
  const num = (key: 'rho' | 'spread', raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, [key]: v }));
  };

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Data
          <select value={data} onChange={(e) => setState((s) => ({ ...s, data: e.currentTarget.value as Dataset }))}>
            {DATASETS.map((d) => (
              <option value={d}>{LABELS[d]}</option>
            ))}
          </select>
        </label>
        <label>
          Correlation ρ
          <input
            type="range"
            min={RHO.min}
            max={RHO.max}
            step={RHO.step}
            value={rho}
            disabled={data !== 'gaussian'}
            onInput={(e) => num('rho', e.currentTarget.value)}
          />
        </label>
        <output>{fixed(rho, 2)}</output>
        <label>
          Spread of x₁
          <input
            type="range"
            min={SPREAD.min}
            max={SPREAD.max}
            step={SPREAD.step}
            value={spread}
            disabled={data !== 'gaussian'}
            onInput={(e) => num('spread', e.currentTarget.value)}
          />
        </label>
        <output>{fixed(spread, 2)}</output>
        <button type="button" onClick={() => setState((s) => ({ ...s, seed: (s.seed % 999998) + 1 }))}>
          New points
        </button>
      </div>
      <div
        class="widget-plot pca2d-chart"
        ref={chartRef}
        data-testid="pca2d-chart"
        tabIndex={0}
        role="group"
        aria-label="Chart of the points. Drag a point, or use the arrow keys to move the selected point and Page Up or Page Down to select another."
        onKeyDown={onKey}
      />
      <p class="widget-readout" data-testid="pca2d-selected">
        Selected point {selected + 1} of {POINTS}
        {sel ? ` at (${fixed(sel[0], 2)}, ${fixed(sel[1], 2)})` : ''}. Arrow keys move it; Page Up and Page Down select another.
        {moved.size > 0 ? ` ${moved.size} moved.` : ''}{' '}
        {moved.size > 0 && (
          <button type="button" onClick={() => setMoved(new Map())}>
            Put the points back
          </button>
        )}
      </p>
      <div class="widget-readout" aria-live="polite">
        <p data-testid="pca2d-eigen">
          Covariance: var x₁ = {fixed(pca.cov[0])}, cov = {fixed(pca.cov[1])}, var x₂ = {fixed(pca.cov[2])}. Eigenvalues λ₁ ={' '}
          {fixed(pca.values[0])} and λ₂ = {fixed(pca.values[1])}; the first axis points at{' '}
          {fixed(angleDegrees(pca.vectors[0]), 1)}°.
        </p>
        <p>
          <strong data-testid="pca2d-share">Axis 1 explains {percent(pca.share1, 1)} of the variance.</strong>{' '}
          <span data-testid="pca2d-error">
            Total squared error of the projection onto it: {fixed(projection.totalSquaredError)}, which is (n − 1) λ₂ ={' '}
            {POINTS - 1} × {fixed(pca.values[1])}.
          </span>
        </p>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
