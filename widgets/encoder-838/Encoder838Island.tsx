/** The live 8-3-8 figure: an 8-3-8 network trained in the page, its loss curve and its hidden code. */
import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { TrainingControls } from '../lib/ui/TrainingControls';
import { liveTraining, useLiveTraining } from '../lib/ui/useLiveTraining';
import { Trainer, codeTable, type CodeTable } from './core';
import { CodeTableView } from './CodeTable';
import { lossChartOptions } from './plot';
import { LR_CHOICES, MAX_STEPS, STEPS_PER_FRAME, STEP_BUTTON, WIDGET_ID, schema, type LrChoice } from './state';
import { useElementWidth } from '../lib/ui/useElementWidth';

export default function Encoder838Island() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Encoder838 />}</WidgetRoot>;
}

/** What the page shows of a run: read from the trainer after each change, never during render. */
interface RunView {
  steps: number;
  history: readonly number[];
  table: CodeTable;
}

const viewOf = (t: Trainer): RunView => ({ steps: t.steps, history: t.history.slice(), table: codeTable(t.params) });

function Encoder838() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(rootRef, 600);
  // The trainer is mutable and lives outside render; the first one is made when first needed.
  const trainerRef = useRef<Trainer | null>(null);
  const [view, setView] = useState<RunView>(() => viewOf(new Trainer(state.seed, Number(state.lr))));
  const { seed, lr } = state;
  const trainer = useCallback(() => (trainerRef.current ??= new Trainer(seed, Number(lr))), [seed, lr]);
  const wish = useLiveTraining(rootRef);
  const training = liveTraining(wish, { steps: view.steps, maxSteps: MAX_STEPS });
  const { running, reducedMotion, pause } = training;

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    // With reduced motion, fewer and larger jumps instead of a five-second animation.
    const perFrame = reducedMotion ? 10 * STEPS_PER_FRAME : STEPS_PER_FRAME;
    const tick = () => {
      const t0 = performance.now();
      const t = trainer();
      t.step(Math.min(perFrame, MAX_STEPS - t.steps));
      setView(viewOf(t));
      // This frame's training and new view, and a frame count, for the benchmark (scripts/bench/training.ts).
      const root = rootRef.current;
      if (root) {
        root.dataset['frameMs'] = (performance.now() - t0).toFixed(2);
        root.dataset['frames'] = String(Number(root.dataset['frames'] ?? 0) + 1);
      }
      if (t.steps < MAX_STEPS) frame = requestAnimationFrame(tick);
      else pause();
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, reducedMotion, pause, trainer]);

  const { table, steps, history } = view;
  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const chart = Plot.plot(lossChartOptions([...history, table.loss], width));
    labelPlot(chart, `Training loss against step: ${fixed(table.loss)} nats after ${steps} steps.`);
    el.replaceChildren(chart);
  }, [history, table.loss, steps, width]);

  const done = steps >= MAX_STEPS;
  const step = () => {
    const t = trainer();
    t.step(Math.min(STEP_BUTTON, MAX_STEPS - t.steps));
    setView(viewOf(t));
  };
  /** A new run: the seed fixes the initial weights. */
  const restart = (next: { seed: number; lr: LrChoice }) => {
    pause();
    trainerRef.current = new Trainer(next.seed, Number(next.lr));
    setView(viewOf(trainerRef.current));
  };
  const reset = () => restart(state);
  const change = (patch: Partial<{ seed: number; lr: LrChoice }>) => {
    const next = { ...state, ...patch };
    setState(next);
    restart(next);
  };
  const setSeed = (raw: string) => {
    const v = Number(raw);
    if (Number.isInteger(v) && v >= 1 && v <= 99999) change({ seed: v });
  };
  const verdict =
    table.distinct === 8 ? 'all eight codes are different' : `only ${table.distinct} different codes among the eight inputs`;

  return (
    <div ref={rootRef}>
      <Messages problems={problems} />
      <TrainingControls training={training} onStep={step} stepCount={STEP_BUTTON} onReset={reset} />
      <div class="widget-controls">
        <label>
          Seed
          <input type="number" min={1} max={99999} step={1} value={state.seed} onChange={(e) => setSeed(e.currentTarget.value)} />
        </label>
        <label>
          Learning rate
          <select value={state.lr} onChange={(e) => change({ lr: e.currentTarget.value as LrChoice })}>
            {LR_CHOICES.map((lr) => (
              <option value={lr}>{lr}</option>
            ))}
          </select>
        </label>
      </div>
      <div class="widget-plot" ref={chartRef} data-testid="enc838-chart" />
      <div class="widget-readout">
        <p aria-live="polite" data-testid="enc838-status" data-steps={steps} data-distinct={table.distinct}>
          {running ? 'Training: ' : done ? 'Finished: ' : steps === 0 ? 'Untrained: ' : 'Paused: '}
          step {steps.toLocaleString('en')} of {MAX_STEPS.toLocaleString('en')}, loss{' '}
          <span data-testid="enc838-loss">{fixed(table.loss)}</span> nats; rounded to bits, {verdict}; {table.correct} of 8 inputs
          reproduced exactly.
        </p>
        <CodeTableView table={table} caption={`Hidden activations A1–A3 for each input after ${steps} steps`} />
      </div>
      <div class="widget-status">
        <span>
          Trained in your browser: Adam, full batch, seed {state.seed}, learning rate {state.lr}.
        </span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
