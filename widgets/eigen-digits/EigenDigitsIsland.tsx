/** The live figure: the PCA model's mean and components, and a held-out digit rebuilt from its first k coefficients. */
import { useCallback, useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed, percent } from '../lib/format';
import { usePlot } from '../lib/plot/usePlot';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { useTheme } from '../lib/ui/useTheme';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { DigitPicker } from '../lib/digits/DigitPicker';
import { digitPixels } from '../lib/digits/sets';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { project } from '../lib/linalg/pca';
import { component, cumulative, eigenModel, rebuild } from './core';
import { divergingGradient } from './diverging';
import { coefficientLabel, coefficientOptions, varianceLabel, varianceOptions } from './plot';
import { MAX_K, SHOWN, WIDGET_ID, schema } from './state';
import { SignedCanvas } from './SignedCanvas';

export default function EigenDigitsIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <EigenDigits />}</WidgetRoot>;
}

const PANEL = 112;

function EigenDigits() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { digit, k } = state;
  const theme = useTheme();
  const digits = useDigitSet('mnist-heldout');
  const { tf, model } = useModel('pca');
  const set = digits.status === 'ready' ? digits.value : null;
  const pca = model.status === 'ready' ? model.value : null;
  // The arrays are read once; everything after that is the plain-array core the tests run.
  const m = useMemo(() => (pca ? eigenModel(pca.header, pca.mean.dataSync(), pca.basis.dataSync()) : null), [pca]);
  const shares = useMemo(() => (m ? cumulative(m) : null), [m]);
  const x = useMemo(() => (set ? digitPixels(set, digit) : null), [set, digit]);
  const all = useMemo(() => (m && x ? project(m, x, m.count) : null), [m, x]);
  const r = useMemo(() => (m && x ? rebuild(m, x, Math.min(k, m.count)) : null), [m, x, k]);

  const varianceChart = useCallback((w: number) => varianceOptions(shares ?? [], k, w), [shares, k]);
  const varianceRef = usePlot(shares ? varianceChart : null, varianceLabel(shares ?? [], k));
  const coefChart = useCallback((w: number) => coefficientOptions(all ?? [], k, w), [all, k]);
  const coefRef = usePlot(all ? coefChart : null, coefficientLabel(k, all?.length ?? MAX_K));

  const label = set ? `held-out digit #${digit}, a ${set.labels[digit] ?? '?'}` : `held-out digit #${digit}`;
  const share = shares && k > 0 ? (shares[k - 1] ?? 0) : 0;

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      <AssetStatus state={model} what="the PCA model" />
      {m && (
        <div class="eigen-components">
          <div class="eigen-panel">
            <p>Mean μ</p>
            <DigitCanvas values={m.mean} display={72} label="The mean of the training digits" testId="eigen-mean" />
          </div>
          {Array.from({ length: SHOWN }, (_, j) => (
            <div class="eigen-panel">
              <p>u{j + 1}</p>
              <SignedCanvas
                values={component(m, j)}
                theme={theme}
                label={`Principal component ${j + 1}, variance ${fixed(m.variances[j] ?? 0, 2)}`}
              />
            </div>
          ))}
          <div class="eigen-legend" aria-hidden="true">
            <span>−</span>
            <span class="eigen-legend-bar" style={{ background: divergingGradient(theme) }} />
            <span>+</span>
          </div>
        </div>
      )}
      <div class="eigen-layout">
        <div class="eigen-inputs">
          {set && (
            <DigitPicker set={set} index={digit} onChange={(i) => setState((s) => ({ ...s, digit: i }))} label="Held-out digit" />
          )}
          <div class="widget-controls">
            <label>
              Components k = {k}
              <input
                type="range"
                min={0}
                max={MAX_K}
                step={1}
                value={k}
                onInput={(e) => setState((s) => ({ ...s, k: Number(e.currentTarget.value) }))}
              />
            </label>
          </div>
          <div class="widget-plot" ref={varianceRef} data-testid="eigen-variance" />
        </div>
        <div class="eigen-results" data-testid="eigen-results" data-ready={r ? 'true' : 'false'}>
          <div class="eigen-panels">
            <div class="eigen-panel">
              <p>Input</p>
              <DigitCanvas values={x} display={PANEL} label={`Input: ${label}`} testId="eigen-input" />
            </div>
            <div class="eigen-panel">
              <p>Rebuilt from k = {k}</p>
              <DigitCanvas
                values={r?.pixels ?? null}
                display={PANEL}
                label={`${label} rebuilt from ${k} components`}
                testId="eigen-output"
              />
            </div>
          </div>
          <p class="widget-readout" aria-live="polite" data-testid="eigen-summary" data-mse={r ? String(r.mse) : undefined}>
            {r
              ? `${label[0]?.toUpperCase()}${label.slice(1)}, rebuilt from the mean and ${k} component${k === 1 ? '' : 's'}: mean squared error per pixel ${fixed(r.mse, 4)}. The first ${k} explain ${percent(share, 1)} of the training digits' variance.`
              : 'Loading the model and the digits…'}
          </p>
          <div class="widget-plot" ref={coefRef} data-testid="eigen-coefficients" />
        </div>
      </div>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <ModelCards ids={['pca']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
