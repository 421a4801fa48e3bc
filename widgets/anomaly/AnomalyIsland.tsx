/** The anomaly figure: reconstruction error as an anomaly score, digits against Fashion-MNIST. */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed, percent } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useModel } from '../lib/ui/useModel';
import { useDigitSet } from '../lib/digits/useDigitSet';
import type { Reconstructor } from '../lib/models/roles';
import { asScorer, confusion, rates, rocCurve, trapezoidAuc } from './core';
import { COLORS, histogramOptions, rocOptions } from './plot';
import { SCORERS, SCORER_LABELS, T_MAX, T_MIN, WIDGET_ID, schema, type ScorerId } from './state';
import { useErrors } from './useErrors';
import { useElementWidth } from '../lib/ui/useElementWidth';

export default function AnomalyIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Anomaly />}</WidgetRoot>;
}

function Anomaly() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { model: scorerId, scale, t } = state;
  const modelId = scorerId === 'pca-16' ? 'pca' : scorerId;
  const { tf, model } = useModel(modelId);
  const digitSet = useDigitSet('mnist-heldout');
  const fashionSet = useDigitSet('fashion-ood');
  const scorer = useMemo<Reconstructor | null>(() => {
    if (model.status !== 'ready') return null;
    return asScorer(model.value);
  }, [model]);
  const run = useErrors(
    scorerId,
    tf.rt,
    scorer,
    digitSet.status === 'ready' ? digitSet.value : null,
    fashionSet.status === 'ready' ? fashionSet.value : null,
  );
  const errors = run.status === 'ready' ? run.errors : null;
  const roc = useMemo(() => (errors ? rocCurve(errors.digits, errors.fashion) : null), [errors]);
  const auc = useMemo(() => (roc ? trapezoidAuc(roc) : NaN), [roc]);
  const c = useMemo(() => (errors ? confusion(errors.digits, errors.fashion, t) : null), [errors, t]);
  const r = useMemo(() => (c ? rates(c) : null), [c]);

  const histRef = useRef<HTMLDivElement>(null);
  const rocRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(histRef, 520);
  useEffect(() => {
    if (!errors || !histRef.current) return;
    const plot = Plot.plot(
      histogramOptions({ digits: errors.digits, fashion: errors.fashion, threshold: t, log: scale === 'log', width }),
    );
    labelPlot(
      plot,
      `Histograms of reconstruction error by ${scorerId}: 1,000 held-out digits and 500 Fashion-MNIST items, threshold at ${fixed(t, 4)}.`,
    );
    histRef.current.replaceChildren(plot);
  }, [errors, t, scale, width, scorerId]);
  useEffect(() => {
    if (!roc || !r || !rocRef.current) return;
    const plot = Plot.plot(rocOptions({ roc, current: r, width }));
    labelPlot(
      plot,
      `ROC curve of ${scorerId}'s reconstruction error, area ${fixed(auc)}; the dot is the current threshold (false-positive rate ${percent(r.fpr, 1)}, true-positive rate ${percent(r.tpr, 1)}).`,
    );
    rocRef.current.replaceChildren(plot);
  }, [roc, r, width, scorerId, auc]);

  const logT = Math.log10(t);
  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Model
          <select value={scorerId} onChange={(e) => setState((s) => ({ ...s, model: e.currentTarget.value as ScorerId }))}>
            {SCORERS.map((id) => (
              <option value={id}>{SCORER_LABELS[id]}</option>
            ))}
          </select>
        </label>
        <label>
          Error axis
          <select
            value={scale}
            onChange={(e) => setState((s) => ({ ...s, scale: e.currentTarget.value === 'linear' ? 'linear' : 'log' }))}
          >
            <option value="log">logarithmic</option>
            <option value="linear">linear</option>
          </select>
        </label>
        <label class="anomaly-threshold">
          Threshold τ = {fixed(t, 4)}
          <input
            type="range"
            min={Math.log10(T_MIN)}
            max={Math.log10(T_MAX)}
            step={0.01}
            value={logT}
            aria-valuetext={`τ = ${fixed(t, 4)}`}
            onInput={(e) => setState((s) => ({ ...s, t: Number((10 ** Number(e.currentTarget.value)).toPrecision(3)) }))}
          />
        </label>
      </div>
      <AssetStatus state={model} what={`the model ${scorerId}`} />
      <AssetStatus state={digitSet} what="the held-out digits" />
      <AssetStatus state={fashionSet} what="the Fashion-MNIST sample" />
      <TfStatus tf={tf} />
      {run.status === 'running' && (
        <p class="widget-progress" role="status">
          <label>
            Scoring images with {scorerId}: {run.done.toLocaleString('en')} of {run.total.toLocaleString('en')}{' '}
            <progress max={run.total} value={run.done} />
          </label>
        </p>
      )}
      <p class="anomaly-legend" aria-hidden={errors ? undefined : true}>
        <span>
          <i style={{ background: COLORS.digits }} /> 1,000 held-out digits (normal)
        </span>
        <span>
          <i style={{ background: COLORS.fashion }} /> 500 Fashion-MNIST items (anomalies)
        </span>
        <span>
          <i class="anomaly-rule" /> threshold τ
        </span>
      </p>
      <div class="anomaly-charts">
        <div class="widget-plot anomaly-hist" ref={histRef} data-testid="anomaly-hist" />
        <div class="widget-plot anomaly-roc" ref={rocRef} data-testid="anomaly-roc" />
      </div>
      {c && r && errors && (
        <div class="widget-readout" aria-live="polite">
          <table class="anomaly-confusion">
            <caption>Flagged when the error is above τ; anomaly = positive</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">flagged</th>
                <th scope="col">not flagged</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Fashion-MNIST (anomaly)</th>
                <td data-testid="anomaly-tp">TP {c.tp}</td>
                <td data-testid="anomaly-fn">FN {c.fn}</td>
              </tr>
              <tr>
                <th scope="row">digits (normal)</th>
                <td data-testid="anomaly-fp">FP {c.fp}</td>
                <td data-testid="anomaly-tn">TN {c.tn}</td>
              </tr>
            </tbody>
          </table>
          <p>
            <span data-testid="anomaly-tpr">True-positive rate {percent(r.tpr, 1)}</span> of the garments caught;{' '}
            <span data-testid="anomaly-fpr">false-positive rate {percent(r.fpr, 1)}</span> of the digits flagged.{' '}
            <strong data-testid="anomaly-auc">AUC = {fixed(auc)}</strong>
          </p>
        </div>
      )}
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        {errors && <span data-testid="anomaly-time">Scored 1,500 images in {Math.round(errors.ms)} ms</span>}
        <ModelCards ids={[modelId]} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
