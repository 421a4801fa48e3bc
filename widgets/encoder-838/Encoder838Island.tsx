/** The live 8-3-8 figure: an 8-3-8 network trained in the page, its loss curve and its hidden code. */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { CopyLink } from '../lib/ui/CopyLink';
import { Messages } from '../lib/ui/Messages';
import { Trainer, codeTable } from './core';
import { CodeTableView } from './CodeTable';
import { lossChartOptions } from './plot';
import { LR_CHOICES, MAX_STEPS, STEPS_PER_FRAME, STEP_BUTTON, WIDGET_ID, schema, type LrChoice } from './state';
import { useElementWidth } from '../lib/ui/useElementWidth';

export default function Encoder838Island() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Encoder838 />}</WidgetRoot>;
}

function Encoder838() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const trainer = useRef<Trainer>(new Trainer(state.seed, Number(state.lr)));
  const [, setTick] = useState(0);
  const [running, setRunning] = useState(false);
  const width = useElementWidth(() => rootRef.current, 600);
  const rootRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const t = trainer.current;
  const redraw = () => setTick((n) => n + 1);

  // A new seed or learning rate starts a new run (the seed fixes the initial weights).
  useEffect(() => {
    if (t.seed !== state.seed || t.learningRate !== Number(state.lr)) {
      trainer.current = new Trainer(state.seed, Number(state.lr));
      setRunning(false);
      redraw();
    }
  }, [state.seed, state.lr]);

  useEffect(() => {
    if (!running) return;
    let frame = 0;
    // With reduced motion, fewer and larger jumps instead of a five-second animation.
    const perFrame = matchMedia('(prefers-reduced-motion: reduce)').matches ? 10 * STEPS_PER_FRAME : STEPS_PER_FRAME;
    const tick = () => {
      const tr = trainer.current;
      tr.step(Math.min(perFrame, MAX_STEPS - tr.steps));
      redraw();
      if (tr.steps >= MAX_STEPS) setRunning(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);


  const table = codeTable(t.params);
  const steps = t.steps;
  useEffect(() => {
    const el = chartRef.current;
    if (!el) return;
    const chart = Plot.plot(lossChartOptions([...t.history, table.loss], width));
    labelPlot(chart, `Training loss against step: ${fixed(table.loss)} nats after ${steps} steps.`);
    el.replaceChildren(chart);
  }, [steps, width, t]);

  const done = steps >= MAX_STEPS;
  const step = () => {
    setRunning(false);
    t.step(Math.min(STEP_BUTTON, MAX_STEPS - t.steps));
    redraw();
  };
  const reset = () => {
    setRunning(false);
    trainer.current = new Trainer(state.seed, Number(state.lr));
    redraw();
  };
  const setSeed = (raw: string) => {
    const v = Number(raw);
    if (Number.isInteger(v) && v >= 1 && v <= 99999) setState((s) => ({ ...s, seed: v }));
  };
  const verdict =
    table.distinct === 8
      ? 'all eight codes are different'
      : `only ${table.distinct} different codes among the eight inputs`;

  return (
    <div ref={rootRef}>
      <Messages items={problems.map((text) => ({ kind: 'note' as const, text }))} />
      <div class="widget-controls">
        <button type="button" onClick={() => setRunning(!running)} disabled={done} aria-pressed={running}>
          {running ? 'Pause' : steps === 0 ? 'Start' : 'Resume'}
        </button>
        <button type="button" onClick={step} disabled={done}>
          Step {STEP_BUTTON}
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
        <label>
          Seed
          <input type="number" min={1} max={99999} step={1} value={state.seed} onChange={(e) => setSeed(e.currentTarget.value)} />
        </label>
        <label>
          Learning rate
          <select value={state.lr} onChange={(e) => setState((s) => ({ ...s, lr: e.currentTarget.value as LrChoice }))}>
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
          <span data-testid="enc838-loss">{fixed(table.loss)}</span> nats; rounded to bits, {verdict}; {table.correct} of 8
          inputs reproduced exactly.
        </p>
        <CodeTableView table={table} caption={`Hidden activations A1–A3 for each input after ${steps} steps`} />
      </div>
      <div class="widget-status">
        <span>Trained in your browser: Adam, full batch, seed {state.seed}, learning rate {state.lr}.</span>
        <CopyLink href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
