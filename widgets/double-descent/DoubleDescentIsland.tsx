/** The live figure: the reader picks n, σ, p and the seed; the fit, the error curve and the readouts follow. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { fixed } from '../lib/format';
import { isAbort, runSliced } from '../lib/schedule';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import {
  N_RANGE,
  P_MAX,
  curveBuilder,
  cosTable,
  curveGrid,
  errorText,
  evaluate,
  fitBasis,
  makeBasis,
  makeData,
  observations,
  sliderValues,
  type CurvePoint,
} from './core';
import { FIT_XS, errorChart, errorLabel, errorRows, fitChart, fitLabel } from './plot';
import { placeFit, placeMarker } from './marker';
import { NOISE, WIDGET_ID, schema } from './state';

export default function DoubleDescentIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <DoubleDescent />}</WidgetRoot>;
}

const STEPS = sliderValues();
/** The slider position nearest to p. */
const stepOf = (p: number) =>
  STEPS.reduce((best, v, i) => (Math.abs(v - p) < Math.abs((STEPS[best] as number) - p) ? i : best), 0);

function DoubleDescent() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { n, noise, p, seed } = state;
  const data = useMemo(() => makeData(n, seed), [n, seed]);
  const y = useMemo(() => observations(data, noise), [data, noise]);
  // The cosines at the data, the test points and the chart's points depend only on (n, seed): computed once for every p and σ.
  const basis = useMemo(() => makeBasis(data, seed), [data, seed]);
  const atChart = useMemo(() => cosTable(FIT_XS, basis.features), [basis]);
  // One fit per change of p, σ or data: an n × n eigen-decomposition and sums over the tables.
  const current = useMemo(() => fitBasis(basis, y, p), [basis, y, p]);
  const fitted = useMemo(() => evaluate(atChart, current.w, p), [atChart, current, p]);

  // The curve needs one eigen-decomposition per p: computed once per data set, in slices, and reused for every σ.
  const [curve, setCurve] = useState<{ key: string; n: number; points: CurvePoint[] } | null>(null);
  const key = `${n}:${seed}`;
  useEffect(() => {
    const abort = new AbortController();
    const at = curveBuilder(data, P_MAX, seed);
    runSliced(curveGrid(P_MAX), at, { signal: abort.signal })
      .then((points) => setCurve({ key, n, points }))
      .catch((e: unknown) => {
        if (!isAbort(e)) throw e;
      });
    return () => abort.abort();
  }, [data, n, seed, key]);
  // While a new curve is computed, the last one stays in view (marked busy), so the page does not jump.
  const fresh = curve?.key === key;

  // The fit chart is built per data set; a change of p or σ moves only its line and dots (placeFit, below).
  const fitBuild = useCallback((width: number) => fitChart(data, null, null, width), [data]);
  const fitRef = usePlot(fitBuild, fitLabel(n, null));
  // The error chart changes with σ and the curve, not with p: p's rule and dots are drawn onto it (placeMarker).
  const errorBuild = useCallback(
    (width: number) => (curve ? errorChart(curve.points, noise, curve.n, null, width) : {}),
    [curve, noise],
  );
  const errorRef = usePlot(curve ? errorBuild : null, errorLabel(curve?.n ?? n, null));
  const rows = useMemo(() => (curve ? errorRows(curve.points, noise) : []), [curve, noise]);
  // After every render, as the chart may have been rebuilt (σ, curve, width): a few attributes when it was not.
  useEffect(() => {
    const fitSvg = fitRef.current?.querySelector('svg');
    if (fitSvg) placeFit(fitSvg, y, fitted, fitLabel(n, p));
    const svg = errorRef.current?.querySelector('svg');
    if (svg && curve) placeMarker(svg, rows, p, errorLabel(curve.n, p));
  });

  const setInt = (field: 'n' | 'seed', raw: string, min: number, max: number) => {
    const v = Math.round(Number(raw));
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, [field]: Math.min(max, Math.max(min, v)) }));
  };
  const setNoise = (raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, noise: Math.min(NOISE.max, Math.max(NOISE.min, v)) }));
  };
  const setStep = (raw: string) => {
    const v = STEPS[Math.round(Number(raw))];
    if (v !== undefined) setState((s) => ({ ...s, p: v }));
  };

  const regime =
    p < n ? 'fewer features than points' : p === n ? 'exactly as many features as points' : 'more features than points';
  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Data points n
          <input
            type="range"
            min={N_RANGE.min}
            max={N_RANGE.max}
            step={1}
            value={n}
            onInput={(e) => setInt('n', e.currentTarget.value, N_RANGE.min, N_RANGE.max)}
          />
        </label>
        <output>{n}</output>
        <label>
          Noise σ
          <input
            type="range"
            min={NOISE.min}
            max={NOISE.max}
            step={NOISE.step}
            value={noise}
            onInput={(e) => setNoise(e.currentTarget.value)}
          />
        </label>
        <output>{fixed(noise, 2)}</output>
        <label>
          Seed
          <input
            type="number"
            min={1}
            max={999}
            step={1}
            value={seed}
            onChange={(e) => setInt('seed', e.currentTarget.value, 1, 999)}
          />
        </label>
      </div>
      <div class="widget-controls">
        <label>
          Features p
          <input
            type="range"
            min={0}
            max={STEPS.length - 1}
            step={1}
            value={stepOf(p)}
            aria-valuetext={`p = ${p}`}
            onInput={(e) => setStep(e.currentTarget.value)}
          />
        </label>
        <output data-testid="dd-p">p = {p}</output>
      </div>
      <div class="widget-plot" ref={fitRef} data-testid="dd-fit" />
      <div class="widget-readout" aria-live="polite">
        <p>
          With <strong>p = {p}</strong>, {regime} (n = {n}): training error{' '}
          <strong data-testid="dd-train">{errorText(current.trainError)}</strong>, test error{' '}
          <strong data-testid="dd-test">{errorText(current.testError)}</strong>, weight norm ‖w‖ ={' '}
          <strong data-testid="dd-norm">{fixed(current.norm, 3)}</strong>.
        </p>
      </div>
      <div class="widget-plot" ref={errorRef} data-testid="dd-errors" aria-busy={fresh ? 'false' : 'true'} />
      {!fresh && <p class="widget-readout">Computing the error curve…</p>}
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
