/** The live widget: draw samples from a 2-D mixture and score any point. */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed as fmt, roundTo } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import {
  EXTENT,
  PRESETS,
  PRESET_NAMES,
  logDensity,
  logJoint,
  meanLogDensity,
  responsibilities,
  sample,
  type PresetName,
} from './core';
import { chartOptions } from './plot';
import { MAX_SAMPLES, WIDGET_ID, schema } from './state';
import { useElementWidth } from '../lib/ui/useElementWidth';

export default function GaussianMixtureIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <GaussianMixture />}</WidgetRoot>;
}

function GaussianMixture() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { mix, n, seed, x, y } = state;
  const mixture = PRESETS[mix].mixture;
  const samples = useMemo(() => sample(mixture, n, seed), [mixture, n, seed]);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(chartRef, 480);

  const logP = logDensity(mixture, [x, y]);
  const joint = logJoint(mixture, [x, y]);
  const resp = responsibilities(mixture, [x, y]);
  const meanLogP = meanLogDensity(mixture, samples);

  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const plot = Plot.plot(chartOptions({ mixture, samples, probe: [x, y], width }));
    labelPlot(
      plot,
      `Density of the mixture “${PRESETS[mix].label}” with ${samples.length} samples and the scored point at (${x}, ${y}).`,
    );
    const onClick = (e: Event) => {
      const event = e as MouseEvent;
      const svg = plot instanceof SVGSVGElement ? plot : plot.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!svg || !ctm) return;
      const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
      const sx = plot.scale('x');
      const sy = plot.scale('y');
      const px = Number(sx?.invert?.(p.x));
      const py = Number(sy?.invert?.(p.y));
      if (Math.abs(px) <= EXTENT && Math.abs(py) <= EXTENT) {
        setState((s) => ({ ...s, x: roundTo(px, 2), y: roundTo(py, 2) }));
      }
    };
    plot.addEventListener('click', onClick);
    el.replaceChildren(plot);
    return () => plot.removeEventListener('click', onClick);
  }, [mixture, samples, x, y, width, mix, setState]);

  const draw = (k: number) => setState((s) => ({ ...s, n: Math.min(MAX_SAMPLES, s.n + k) }));
  const setCoord = (key: 'x' | 'y', raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v)) setState((s) => ({ ...s, [key]: clamp(v) }));
  };

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Mixture
          <select value={mix} onChange={(e) => setState((s) => ({ ...s, mix: e.currentTarget.value as PresetName, n: 0 }))}>
            {PRESET_NAMES.map((name) => (
              <option value={name}>{PRESETS[name].label}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => draw(1)}>
          Draw 1 sample
        </button>
        <button type="button" onClick={() => draw(100)}>
          Draw 100
        </button>
        <button type="button" onClick={() => draw(1000)}>
          Draw 1,000
        </button>
        <button type="button" onClick={() => setState((s) => ({ ...s, n: 0, seed: (s.seed % 999983) + 1 }))}>
          Clear and reseed
        </button>
      </div>
      <div class="widget-plot" ref={chartRef} data-testid="gmm-chart" />
      <div class="widget-controls">
        <label>
          Point x₁
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
          Point x₂
          <input
            type="number"
            min={-EXTENT}
            max={EXTENT}
            step={0.1}
            value={y}
            onChange={(e) => setCoord('y', e.currentTarget.value)}
          />
        </label>
        <span class="widget-readout">Click the chart or type coordinates to score a point.</span>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p>
          At x = ({fmt(x, 2)}, {fmt(y, 2)}): <strong data-testid="gmm-logp">log p(x) = {fmt(logP)}</strong>, so p(x) ={' '}
          {Number.isFinite(logP) ? Math.exp(logP).toExponential(2) : '0'}.
        </p>
        <table>
          <caption>Each component k: its weight, its weighted log-density at x, and its responsibility for x.</caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">wₖ</th>
              <th scope="col">log wₖ N(x; μₖ, Σₖ)</th>
              <th scope="col">rₖ(x)</th>
            </tr>
          </thead>
          <tbody>
            {mixture.map((g, k) => (
              <tr>
                <td>{k + 1}</td>
                <td>{g.weight}</td>
                <td>{fmt(joint[k] ?? NaN)}</td>
                <td data-testid={`gmm-resp-${k}`}>{fmt(resp[k] ?? NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="gmm-samples">
          {samples.length === 0
            ? 'No samples drawn yet.'
            : `${samples.length.toLocaleString('en')} samples (seed ${seed}); their average log p(x) is ${fmt(meanLogP)}.`}
        </p>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}

const clamp = (v: number) => Math.max(-EXTENT, Math.min(EXTENT, v));
