/**
 * The live figure: the forward process at a chosen step t, and the shipped denoiser's reverse
 * process drawn one step per frame, with the energy distance of its samples to the data.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import {
  DATA_LABELS,
  DIFFUSION_DATASETS,
  DIFFUSION_T,
  SAMPLERS,
  SAMPLER_LABELS,
  dataPoints,
  forwardCloud,
  modelFor,
  newChain,
  referencePoints,
  sampleQuality,
  scheduleRows,
  trackPaths,
  type DiffusionDataset,
  type SamplerName,
} from './core';
import { energyDistance } from '../lib/toy-2d';
import {
  forwardChartOptions,
  forwardLabel,
  reverseChartOptions,
  reverseLabel,
  scheduleChartOptions,
  scheduleLabel,
} from './plot';
import { WIDGET_ID, schema, type Diffusion2dState } from './state';

export default function Diffusion2dIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Diffusion2d />}</WidgetRoot>;
}

interface Run {
  readonly key: string;
  readonly samples: Float64Array;
  readonly paths: number[][][];
  readonly step: number;
  readonly of: number;
  /** Set when the chain has reached x₀. */
  readonly energy: number | null;
}

const ROWS = scheduleRows();

function Diffusion2d() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { data, seed, t, steps, sampler } = state;
  const change = (patch: Partial<Diffusion2dState>) => setState((s) => ({ ...s, ...patch }));
  const { tf, model } = useModel(modelFor(data));
  const denoiser = model.status === 'ready' ? model.value : null;

  const x0 = useMemo(() => dataPoints(data, seed), [data, seed]);
  const noisy = useMemo(() => forwardCloud(x0, t, seed), [x0, t, seed]);
  const floor = useMemo(() => energyDistance(x0, referencePoints(data)), [x0, data]);
  const [replays, setReplays] = useState(0);
  const [run, setRun] = useState<Run | null>(null);

  // The reverse chain, one step per frame, so the page stays responsive and the reader sees it move.
  useEffect(() => {
    if (!denoiser || denoiser.id !== modelFor(data)) return;
    const key = `${data}:${seed}:${steps}:${sampler}:${replays}`;
    const chain = newChain(seed, steps, sampler);
    let paths = trackPaths([], chain.x);
    const of = chain.times.length - 1;
    setRun({ key, samples: chain.x, paths, step: 0, of, energy: null });
    let frame = 0;
    const tick = () => {
      const x = chain.next((points, at) => denoiser.predictNoiseArray(points, at));
      paths = trackPaths(paths, x);
      const energy = chain.done ? sampleQuality(x, data) : null;
      setRun({ key, samples: x, paths, step: chain.index, of, energy });
      if (!chain.done) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [denoiser, data, seed, steps, sampler, replays]);

  const forwardRef = usePlot(
    useCallback((width: number) => forwardChartOptions({ data: x0, noisy, width }), [x0, noisy]),
    forwardLabel(t),
  );
  const scheduleRef = usePlot(
    useCallback((width: number) => scheduleChartOptions({ rows: ROWS, t, width }), [t]),
    scheduleLabel(t),
  );
  const reverseRef = usePlot(
    useCallback(
      (width: number) => reverseChartOptions({ data: x0, samples: run?.samples ?? null, paths: run?.paths ?? [], width }),
      [x0, run],
    ),
    reverseLabel(run?.step ?? 0, run?.of ?? steps),
  );
  const done = run?.energy != null;
  const first = done ? Array.from(run.samples.slice(0, 8), (v) => v.toFixed(4)).join(',') : '';

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={model} what={`the ${modelFor(data)} model`} />
      <div class="widget-controls">
        <label>
          Data
          <select value={data} onChange={(e) => change({ data: e.currentTarget.value as DiffusionDataset })}>
            {DIFFUSION_DATASETS.map((name) => (
              <option value={name}>{DATA_LABELS[name]}</option>
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
              if (v >= 1 && v <= 999999) change({ seed: v });
            }}
          />
        </label>
      </div>
      <div class="diff-charts">
        <figure>
          <figcaption>
            Forward: <span class="diff-key" data-colour="noisy" /> x<sub>t</sub> ~ q(x<sub>t</sub> | x<sub>0</sub>) over the data
          </figcaption>
          <div class="widget-plot" ref={forwardRef} data-testid="diff-forward" />
          <div class="widget-controls">
            <label>
              Forward step t
              <input
                type="range"
                min={0}
                max={DIFFUSION_T}
                step={1}
                value={t}
                onInput={(e) => change({ t: Number(e.currentTarget.value) })}
              />
            </label>
            <output data-testid="diff-t">
              t = {t}: √ᾱ = {fixed(ROWS[t]!.signal, 3)}, noise sd {fixed(ROWS[t]!.noise, 3)}
            </output>
          </div>
          <div class="widget-plot" ref={scheduleRef} data-testid="diff-schedule" />
        </figure>
        <figure>
          <figcaption>
            Reverse: <span class="diff-key" data-colour="sample" /> samples, <span class="diff-key" data-colour="path" /> paths of
            six of them
          </figcaption>
          <div
            class="widget-plot"
            ref={reverseRef}
            data-testid="diff-reverse"
            data-done={done ? 'true' : 'false'}
            data-first={first}
          />
          <div class="widget-controls">
            <label>
              Sampling steps
              <input
                type="range"
                min={1}
                max={DIFFUSION_T}
                step={1}
                value={steps}
                onInput={(e) => change({ steps: Number(e.currentTarget.value) })}
              />
            </label>
            <output data-testid="diff-steps">{steps}</output>
            <label>
              Sampler
              <select value={sampler} onChange={(e) => change({ sampler: e.currentTarget.value as SamplerName })}>
                {SAMPLERS.map((name) => (
                  <option value={name}>{SAMPLER_LABELS[name]}</option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setReplays((r) => r + 1)} disabled={!denoiser}>
              Sample again
            </button>
          </div>
        </figure>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p>
          Reverse step <span data-testid="diff-progress">{run ? `${run.step} of ${run.of}` : '–'}</span>. Energy distance between
          the samples and the data: <strong data-testid="diff-energy">{done ? fixed(run.energy!, 4) : '…'}</strong> (the shown
          data points themselves score <span data-testid="diff-floor">{fixed(floor, 4)}</span>, the floor set by drawing{' '}
          {x0.length / 2} points).
        </p>
      </div>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <ModelCards ids={[modelFor(data)]} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
