/** The live GAN figure: a generator and a discriminator, small MLPs, trained against each other on 2-d data. */
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
import { useElementWidth } from '../lib/ui/useElementWidth';
import { GAN_DATASETS, GAN_DATASET_LABELS, type GanDataset } from './data';
import { D_COLOUR, ENERGY_COLOUR, FAKE_COLOUR, G_COLOUR, fieldChartOptions, lossChartOptions } from './plot';
import { FIELD_SIZE } from './trainer';
import { LR_CHOICES, MAX_D_STEPS, WIDGET_ID, schema, type GanState } from './state';
import { useGanTraining } from './useGanTraining';

/** Generator steps the Step button takes. */
const STEP_COUNT = 50;

export default function Gan2dIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Gan2d />}</WidgetRoot>;
}

function Gan2d() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const tf = useTfRuntime();
  const [resets, setResets] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const wish = useLiveTraining(rootRef);
  const { view, error, busy, step } = useGanTraining(tf.rt, tf.generation, state, wish.wanted && wish.inView, resets);
  const training = liveTraining(wish, { steps: view?.steps ?? 0, ready: view !== null });
  const width = useElementWidth(rootRef, 600);
  const fieldRef = useRef<HTMLDivElement>(null);
  const lossRef = useRef<HTMLDivElement>(null);
  const energyRef = useRef<HTMLDivElement>(null);

  // The picture changes only when a snapshot arrives (about twice a second while training).
  const field = view?.field;
  const samples = view?.samples;
  const grid = view?.grid;
  const gridLine = view?.gridLine;
  const data = view?.data;
  const pictureSteps = view?.pictureSteps;
  useEffect(() => {
    if (!field || !samples || !grid || !gridLine || !data || !fieldRef.current) return;
    const p = Plot.plot(fieldChartOptions({ field, size: FIELD_SIZE, data, samples, grid, gridLine, width }));
    labelPlot(
      p,
      `After ${pictureSteps} generator steps: the discriminator's output D(x) as a background, real points in grey, ` +
        `${samples.length / 2} generated points in orange, and the generator's image of a grid in noise space.`,
    );
    fieldRef.current.replaceChildren(p);
  }, [field, samples, grid, gridLine, data, pictureSteps, width]);

  const history = view?.history;
  const energy = view?.energy;
  useEffect(() => {
    if (!history || energy === undefined || !lossRef.current || !energyRef.current) return;
    const l = Plot.plot(lossChartOptions({ history, width, panel: 'losses' }));
    labelPlot(l, `The discriminator's and the generator's losses against generator steps.`);
    lossRef.current.replaceChildren(l);
    const e = Plot.plot(lossChartOptions({ history, width, panel: 'energy' }));
    labelPlot(e, `Energy distance between generated and held-out real points against generator steps; now ${fixed(energy)}.`);
    energyRef.current.replaceChildren(e);
  }, [history, energy, width]);

  const change = (patch: Partial<GanState>) => {
    wish.pause();
    setState((s) => ({ ...s, ...patch }));
  };
  const lrSelect = (label: string, key: 'glr' | 'dlr') => (
    <label>
      {label}
      <select value={String(state[key])} onChange={(e) => change({ [key]: Number(e.currentTarget.value) })}>
        {[...new Set<number>([...LR_CHOICES, state[key]])]
          .sort((a, b) => a - b)
          .map((v) => (
            <option value={String(v)}>{v}</option>
          ))}
      </select>
    </label>
  );

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
        statusTestId="gan-status"
      />
      <div class="widget-controls">
        <label>
          Data
          <select value={state.dataset} onChange={(e) => change({ dataset: e.currentTarget.value as GanDataset })}>
            {GAN_DATASETS.map((name) => (
              <option value={name}>{GAN_DATASET_LABELS[name]}</option>
            ))}
          </select>
        </label>
        {lrSelect('Generator learning rate', 'glr')}
        {lrSelect('Discriminator learning rate', 'dlr')}
        <label>
          D steps per G step
          <input
            type="number"
            min={1}
            max={MAX_D_STEPS}
            step={1}
            value={state.dsteps}
            onChange={(e) => {
              const v = Math.round(Number(e.currentTarget.value));
              if (v >= 1 && v <= MAX_D_STEPS) change({ dsteps: v });
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
          Step <strong data-testid="gan-steps">{view?.steps ?? 0}</strong>. Losses on the last batches: discriminator{' '}
          <strong data-testid="gan-d-loss">{view?.dLoss == null ? '–' : fixed(view.dLoss)}</strong>, generator{' '}
          <strong data-testid="gan-g-loss">{view?.gLoss == null ? '–' : fixed(view.gLoss)}</strong> nats. Energy distance to
          held-out data <strong data-testid="gan-energy">{view ? fixed(view.energy) : '–'}</strong>.
        </p>
      </div>
      <figure class="gan-field">
        <figcaption>
          D(x) (purple: D says real, orange-brown: fake), real points (dark grey), generated G(z) (
          <span class="gan-key" style={{ background: FAKE_COLOUR }} />) and the image of a grid of z (lines)
        </figcaption>
        <div class="widget-plot" ref={fieldRef} data-testid="gan-field" />
      </figure>
      <div class="gan-curves">
        <figure>
          <figcaption>
            Losses: <span class="gan-key" style={{ background: D_COLOUR }} /> discriminator,{' '}
            <span class="gan-key" style={{ background: G_COLOUR }} /> generator (dashed: log 4 and log 2, where D = ½)
          </figcaption>
          <div class="widget-plot" ref={lossRef} data-testid="gan-loss-chart" />
        </figure>
        <figure>
          <figcaption>
            <span class="gan-key" style={{ background: ENERGY_COLOUR }} /> Energy distance, generated to real (0: the same)
          </figcaption>
          <div class="widget-plot" ref={energyRef} data-testid="gan-energy-chart" />
        </figure>
      </div>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <span data-testid="gan-step-ms">
          {view?.msPerStep == null ? '' : `${view.msPerStep.toFixed(1)} ms per generator step`}
        </span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
