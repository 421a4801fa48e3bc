/** The live change-of-variables figure: shape a monotone map and watch the pushed-forward density and its samples agree. */
import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import {
  BASES,
  BASE_NAMES,
  HIST_BINS,
  PRESET_LABELS,
  PRESET_NAMES,
  agreement,
  baseSamples,
  densityCurve,
  histogram,
  knotsOf,
  makeBijection,
  mapSpec,
  pushSamples,
  totalMass,
  yWindow,
  type BaseName,
  type PresetName,
} from './core';
import { moveKnot } from './knots';
import { densityChartOptions, mapChartOptions } from './plot';
import { SAMPLE_CHOICES, WIDGET_ID, schema } from './state';
import { useKnotDrag } from './useKnotDrag';
import { KnotControls } from './KnotControls';
import { useElementWidth } from '../lib/ui/useElementWidth';

export default function ChangeOfVariablesIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <ChangeOfVariables />}</WidgetRoot>;
}

function ChangeOfVariables() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { map, base: baseName, a, b, knots: customKnots, n, seed } = state;
  const [selected, setSelected] = useState(2);
  const [frozenY, setFrozenY] = useState<readonly [number, number] | null>(null);
  const chartsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartsRef, 400);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const densityRef = useRef<HTMLDivElement>(null);
  const mapPlotRef = useRef<(SVGSVGElement | HTMLElement) & Plot.Plot>(null);
  // From a change of the figure's state to the charts drawn: what the reader waits for.
  const changedAtRef = useRef<number | null>(null);
  const update: typeof setState = (next) => {
    changedAtRef.current = performance.now();
    setState(next);
  };

  const base = BASES[baseName];
  const xs = useMemo(() => baseSamples(base, n, seed), [base, n, seed]);
  const spec = useMemo(() => mapSpec(map, a, b, customKnots), [map, a, b, customKnots]);
  const f = useMemo(() => makeBijection(spec), [spec]);
  const knots = useMemo(() => knotsOf(spec, f), [spec, f]);
  const result = useMemo(() => {
    const window = yWindow(base, f);
    const hist = histogram(pushSamples(xs, f), window, HIST_BINS);
    return {
      window,
      hist,
      fit: agreement(hist, base, f, spec),
      mass: totalMass(base, f, spec),
      curve: densityCurve(base, f, window),
    };
  }, [base, f, spec, xs]);

  // One chart per row on a phone, side by side when there is room.
  const chartWidth = width >= 700 ? Math.floor((width - 16) / 2) : width;

  useLayoutEffect(() => {
    const mapEl = mapRef.current;
    const densEl = densityRef.current;
    if (!mapEl || !densEl) return;
    const yView = frozenY ?? result.window;
    const mp = Plot.plot(mapChartOptions({ f, knots, xView: base.view, yView, selected, width: chartWidth }));
    labelPlot(mp, `The map x = g(z) (${PRESET_LABELS[map]}) with ${knots.length} knots; knot ${selected + 1} is selected.`);
    mapPlotRef.current = mp;
    mapEl.replaceChildren(mp);
    const dp = Plot.plot(
      densityChartOptions({ curve: result.curve, hist: result.hist, yView: result.window, width: chartWidth }),
    );
    labelPlot(dp, `The density of x from the formula, over a histogram of ${n} transformed samples.`);
    densEl.replaceChildren(dp);
    const changedAt = changedAtRef.current;
    if (changedAt !== null) {
      changedAtRef.current = null;
      setElapsed(performance.now() - changedAt);
    }
  }, [result, knots, selected, frozenY, chartWidth, f, base, map, n]);

  const setKnot = (index: number, x: number, y: number) =>
    update((s) => ({ ...s, map: 'custom', knots: moveKnot(knots, index, x, y) }));

  useKnotDrag({
    container: mapRef,
    plot: mapPlotRef,
    knots: () => knots,
    onPick: (i) => {
      setSelected(i);
      setFrozenY(result.window);
    },
    onMove: setKnot,
    onEnd: () => setFrozenY(null),
  });

  const onChartKey = (e: KeyboardEvent) => {
    const k = knots[selected];
    if (!k) return;
    const step = e.shiftKey ? 0.5 : 0.05;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowDown: [0, -step],
      ArrowUp: [0, step],
    };
    const mv = moves[e.key];
    if (mv) {
      e.preventDefault();
      setKnot(selected, k.x + mv[0], k.y + mv[1]);
    } else if (e.key === '[' || e.key === ']') {
      e.preventDefault();
      setSelected((i) => (i + (e.key === ']' ? 1 : knots.length - 1)) % knots.length);
    }
  };

  const noisy = result.fit.l1 <= 2 * result.fit.noise;
  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          <span>
            Base density p<sub>Z</sub>
          </span>
          <select value={baseName} onChange={(e) => update((s) => ({ ...s, base: e.currentTarget.value as BaseName }))}>
            {BASE_NAMES.map((name) => (
              <option value={name}>{BASES[name].label}</option>
            ))}
          </select>
        </label>
        <label>
          Map g
          <select value={map} onChange={(e) => update((s) => ({ ...s, map: e.currentTarget.value as PresetName }))}>
            {PRESET_NAMES.map((name) => (
              <option value={name}>{PRESET_LABELS[name]}</option>
            ))}
          </select>
        </label>
        {map === 'affine' && (
          <>
            <NumberField
              label="Slope a"
              value={a}
              min={0.2}
              max={4}
              step={0.1}
              onValue={(v) => update((s) => ({ ...s, a: v }))}
            />
            <NumberField
              label="Offset b"
              value={b}
              min={-3}
              max={3}
              step={0.1}
              onValue={(v) => update((s) => ({ ...s, b: v }))}
            />
          </>
        )}
        <label>
          Samples N
          <select value={String(n)} onChange={(e) => update((s) => ({ ...s, n: Number(e.currentTarget.value) }))}>
            {[...new Set([...SAMPLE_CHOICES, n])]
              .sort((p, q) => p - q)
              .map((v) => (
                <option value={String(v)}>{v.toLocaleString('en')}</option>
              ))}
          </select>
        </label>
        <button type="button" onClick={() => update((s) => ({ ...s, seed: (s.seed % 999983) + 1 }))}>
          New samples
        </button>
      </div>
      <div class="cov-charts" ref={chartsRef}>
        <div
          class="widget-plot cov-map"
          ref={mapRef}
          tabIndex={0}
          role="group"
          aria-label="Map chart. Drag a knot, or use the arrow keys to move the selected knot (Shift for bigger steps) and [ or ] to select another."
          onKeyDown={onChartKey}
          data-testid="cov-map"
        />
        <div class="widget-plot" ref={densityRef} data-testid="cov-density" />
      </div>
      <KnotControls knots={knots} selected={selected} onSelect={setSelected} onMove={setKnot} />
      <div class="widget-readout" aria-live="polite">
        <p>
          Mass under the formula curve, ∫ p<sub>X</sub>(x) dx = <strong data-testid="cov-mass">{fixed(result.mass, 4)}</strong>
        </p>
        <p>
          Histogram vs formula (L1 distance, Σ over bins of |share of samples − formula’s probability|):{' '}
          <strong data-testid="cov-l1">{fixed(result.fit.l1, 4)}</strong>; sampling noise alone gives about{' '}
          <span data-testid="cov-noise">{fixed(result.fit.noise, 4)}</span>
          {noisy ? ', so they agree.' : '.'}
        </p>
      </div>
      <div class="widget-status">
        <span>
          Computed in your browser; {n.toLocaleString('en')} samples (seed {seed}).{' '}
          <span data-testid="cov-time">{elapsed === null ? '' : `Updated in ${elapsed.toFixed(1)} ms.`}</span>
        </span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onValue: (v: number) => void;
}) {
  const { label, value, min, max, step, onValue } = props;
  return (
    <label>
      {label}
      <input
        type="number"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (e.currentTarget.value !== '' && Number.isFinite(v)) onValue(Math.min(max, Math.max(min, v)));
        }}
      />
    </label>
  );
}
