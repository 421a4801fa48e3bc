/** The live 2-d flow figure: a RealNVP-style flow trained in the page on a 2-d toy distribution. */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useTfRuntime } from '../lib/ui/useTfRuntime';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { TrainingControls } from '../lib/ui/TrainingControls';
import { liveTraining, useLiveTraining } from '../lib/ui/useLiveTraining';
import { DATASET_LABELS, DATASET_NAMES, type DatasetName } from './data';
import { FLOW_COLOUR, TRAIN_COLOUR, densityChartOptions, nllChartOptions, samplesChartOptions } from './plot';
import { GRID_SIZE } from './trainer';
import { LR_CHOICES, MAX_LAYERS, MIN_LAYERS, WIDGET_ID, schema } from './state';
import { useFlowTraining } from './useFlowTraining';
import { useElementWidth } from '../lib/ui/useElementWidth';

/** Adam steps the Step button takes. */
const STEP_COUNT = 50;

export default function Flow2dIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Flow2d />}</WidgetRoot>;
}

function Flow2d() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const tf = useTfRuntime();
  const [resets, setResets] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const wish = useLiveTraining(rootRef);
  // The controls are disabled until the model exists, so a wish to train implies one.
  const { view, error, busy, step } = useFlowTraining(tf.rt, tf.generation, state, wish.wanted && wish.inView, resets);
  const training = liveTraining(wish, { steps: view?.steps ?? 0, ready: view !== null });
  const width = useElementWidth(rootRef, 600);
  const densityRef = useRef<HTMLDivElement>(null);
  const samplesRef = useRef<HTMLDivElement>(null);
  const nllRef = useRef<HTMLDivElement>(null);

  const square = width >= 600 ? Math.floor((width - 16) / 2) : width;

  // The two pictures change only when a snapshot arrives (about twice a second while training).
  const density = view?.density;
  const samples = view?.samples;
  const data = view?.data;
  const pictureSteps = view?.pictureSteps;
  useEffect(() => {
    if (!density || !samples || !data || !densityRef.current || !samplesRef.current) return;
    const d = Plot.plot(densityChartOptions({ density, size: GRID_SIZE, data, width: square }));
    labelPlot(d, `Heat map of the density the flow has learned after ${pictureSteps} steps, with training points.`);
    densityRef.current.replaceChildren(d);
    const s = Plot.plot(samplesChartOptions({ samples, data, width: square }));
    labelPlot(s, `${samples.length / 2} samples drawn from the flow, over the training data.`);
    samplesRef.current.replaceChildren(s);
  }, [density, samples, data, pictureSteps, square]);

  const history = view?.history;
  const baseline = view?.baseline;
  const testNll = view?.testNll;
  useEffect(() => {
    if (!history || baseline === undefined || testNll === undefined || !nllRef.current) return;
    const c = Plot.plot(nllChartOptions({ history, baseline, width }));
    labelPlot(c, `Negative log-likelihood against training steps; now ${fixed(testNll)} nats on held-out points.`);
    nllRef.current.replaceChildren(c);
  }, [history, baseline, testNll, width]);

  const change = (patch: Partial<typeof state>) => {
    wish.pause();
    setState((s) => ({ ...s, ...patch }));
  };

  return (
    <div ref={rootRef}>
      <Messages problems={problems} items={error ? [{ kind: 'error', text: error }] : []} />
      <TfStatus tf={tf} />
      <TrainingControls
        training={training}
        onStep={() => step(STEP_COUNT)}
        stepCount={STEP_COUNT}
        onReset={() => setResets((r) => r + 1)}
        busy={busy}
        statusTestId="flow-status"
      />
      <div class="widget-controls">
        <label>
          Data
          <select value={state.dataset} onChange={(e) => change({ dataset: e.currentTarget.value as DatasetName })}>
            {DATASET_NAMES.map((name) => (
              <option value={name}>{DATASET_LABELS[name]}</option>
            ))}
          </select>
        </label>
        <label>
          Learning rate
          <select value={String(state.lr)} onChange={(e) => change({ lr: Number(e.currentTarget.value) })}>
            {[...new Set<number>([...LR_CHOICES, state.lr])]
              .sort((a, b) => a - b)
              .map((v) => (
                <option value={String(v)}>{v}</option>
              ))}
          </select>
        </label>
        <label>
          Coupling layers
          <input
            type="number"
            min={MIN_LAYERS}
            max={MAX_LAYERS}
            step={1}
            value={state.layers}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= MIN_LAYERS && v <= MAX_LAYERS) change({ layers: v });
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
            value={state.seed}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 1 && v <= 999999) change({ seed: v });
            }}
          />
        </label>
      </div>
      <div class="widget-readout" aria-live="off">
        <p>
          Step <strong data-testid="flow-steps">{view?.steps ?? 0}</strong>. Held-out NLL{' '}
          <strong data-testid="flow-nll-test">{view ? fixed(view.testNll) : '–'}</strong> nats per point (training batches{' '}
          <span data-testid="flow-nll-train">{view?.trainNll == null ? '–' : fixed(view.trainNll)}</span>; the best single
          Gaussian scores <span data-testid="flow-baseline">{view ? fixed(view.baseline) : '–'}</span>).
        </p>
      </div>
      <div class="flow-charts">
        <figure>
          <figcaption>Learned density p(x) (exact, through f = g⁻¹)</figcaption>
          <div class="widget-plot" ref={densityRef} data-testid="flow-density" />
        </figure>
        <figure>
          <figcaption>Samples g(z), z ~ N(0, I) (orange), over the data (grey)</figcaption>
          <div class="widget-plot" ref={samplesRef} data-testid="flow-samples" />
        </figure>
      </div>
      <figure class="flow-nll">
        <figcaption>
          Negative log-likelihood: <span class="flow-key" style={{ background: TRAIN_COLOUR }} /> training batches,{' '}
          <span class="flow-key" style={{ background: FLOW_COLOUR }} /> held-out points
        </figcaption>
        <div class="widget-plot" ref={nllRef} data-testid="flow-nll-chart" />
      </figure>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <span data-testid="flow-step-ms">
          {view?.msPerStep == null ? '' : `${view.msPerStep.toFixed(1)} ms per training step`}
        </span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
