/** The live figure: the reader picks a number of labels, a draw and representations; Train fits a linear probe on each in the page. */
import { useCallback, useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { percent } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import {
  DRAWS,
  FINE_TUNED,
  LABEL_COUNTS,
  REPRESENTATIONS,
  REPRESENTATION_INFO,
  cardDraw,
  curvesOf,
  effectiveDraw,
  runKey,
  type CardPoint,
  type CurveMethod,
  type Representation,
  type RunPoint,
} from './core';
import { chartLabel, chartOptions } from './plot';
import { Legend } from './Legend';
import { Runner, type Job } from './Runner';
import { REP_PARAMS, WIDGET_ID, chosenReps, labelCountOf, schema, type FewLabelsState } from './state';

export interface FewLabelsProps {
  /** The cards' few-labels rows, read at build time. */
  readonly curves: readonly CardPoint[];
  /** Gzipped bytes of the training digits, and of each learned representation's model. */
  readonly sizes: { readonly data: number; readonly models: Partial<Record<Representation, number>> };
  readonly trainCount: number;
}

export default function FewLabelsIsland(props: FewLabelsProps) {
  return <WidgetRoot id={WIDGET_ID}>{() => <FewLabels {...props} />}</WidgetRoot>;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function FewLabels({ curves, sizes, trainCount }: FewLabelsProps) {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const count = labelCountOf(state);
  const reps = chosenReps(state);
  const draw = effectiveDraw(count, state.draw, trainCount);
  const [job, setJob] = useState<Job | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [runs, setRuns] = useState<Readonly<Record<string, RunPoint>>>({});

  const methods: CurveMethod[] = [...reps, ...(state.finetune ? [FINE_TUNED] : [])];
  const shown = useMemo(
    () => curvesOf(curves, methods),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [curves, reps.join(), state.finetune],
  );
  const shownRuns = useMemo(
    () =>
      Object.values(runs).filter((r) => reps.includes(r.method) && r.draw === effectiveDraw(r.labels, state.draw, trainCount)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, reps.join(), state.draw, trainCount],
  );
  const chart = useCallback((width: number) => chartOptions(shown, shownRuns, width), [shown, shownRuns]);
  const chartRef = usePlot(chart, chartLabel(shown, shownRuns));

  const onResult = useCallback((p: RunPoint) => setRuns((r) => ({ ...r, [runKey(p.method, p.labels, p.draw)]: p })), []);
  const onIdle = useCallback((b: boolean, e?: string) => {
    setBusy(b);
    setError(e ?? null);
  }, []);
  const train = () => setJob((j) => ({ id: (j?.id ?? 0) + 1, count, draw: state.draw, reps, skip: new Set(Object.keys(runs)) }));
  const set = <K extends keyof FewLabelsState>(key: K, value: FewLabelsState[K]) => setState((s) => ({ ...s, [key]: value }));
  const download = sizes.data + reps.reduce((s, r) => s + (sizes.models[r] ?? 0), 0);
  const pending = reps.filter((r) => !runs[runKey(r, count, draw)]);

  return (
    <>
      <Messages problems={problems} items={error ? [{ kind: 'error', text: `The run stopped: ${error}` }] : []} />
      <div class="widget-controls fewlabels-controls">
        <label>
          Labels{' '}
          <select
            aria-label="Labels"
            value={state.labels}
            onChange={(e) => set('labels', e.currentTarget.value as FewLabelsState['labels'])}
          >
            {LABEL_COUNTS.map((c) => (
              <option key={c} value={String(c)}>
                {c.toLocaleString('en')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Draw{' '}
          <select
            aria-label="Draw"
            value={state.draw}
            disabled={count >= trainCount}
            onChange={(e) => set('draw', Number(e.currentTarget.value))}
          >
            {Array.from({ length: DRAWS }, (_, d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="fewlabels-reps">
        <legend>Representations</legend>
        {REPRESENTATIONS.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={state[REP_PARAMS[r]]} onChange={(e) => set(REP_PARAMS[r], e.currentTarget.checked)} />{' '}
            {REPRESENTATION_INFO[r].name}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={state.finetune} onChange={(e) => set('finetune', e.currentTarget.checked)} />{' '}
          Contrastive encoder fine-tuned end to end (from its card)
        </label>
      </fieldset>
      <div class="widget-controls">
        <button type="button" onClick={train} disabled={busy || reps.length === 0 || pending.length === 0}>
          Train {pending.length ? `${pending.length} probe${pending.length > 1 ? 's' : ''}` : 'probes'} on{' '}
          {count.toLocaleString('en')} labels
        </button>
        {!job && <span>The first run downloads the 9,000 training digits and the chosen models: {megabytes(download)}.</span>}
      </div>
      {job && <Runner job={job} onResult={onResult} onIdle={onIdle} />}
      <Legend methods={methods} />
      <div class="widget-plot" ref={chartRef} data-testid="fewlabels-chart" />
      <div class="fewlabels-table-wrap" tabIndex={0}>
        <table class="fewlabels-table" data-testid="fewlabels-table">
          <caption>
            Held-out accuracy at {count.toLocaleString('en')} labels, draw {draw}
          </caption>
          <thead>
            <tr>
              <th scope="col">representation</th>
              <th scope="col">this page</th>
              <th scope="col">card, same draw</th>
              <th scope="col">card, mean of draws</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => {
              const run = m === FINE_TUNED ? undefined : runs[runKey(m, count, draw)];
              const card = cardDraw(curves, m, count, draw);
              const mean = curves.find((p) => p.method === m && p.labels === count)?.mean;
              return (
                <tr key={m}>
                  <th scope="row">{m === FINE_TUNED ? 'simclr-d128 fine-tuned end to end' : REPRESENTATION_INFO[m].name}</th>
                  <td data-testid={`fewlabels-live-${m}`} data-accuracy={run ? String(run.accuracy) : ''}>
                    {run ? percent(run.accuracy, 1) : m === FINE_TUNED ? 'card only' : '—'}
                  </td>
                  <td data-testid={`fewlabels-card-${m}`} data-accuracy={card === null ? '' : String(card)}>
                    {card === null ? '—' : percent(card, 1)}
                  </td>
                  <td>{mean === undefined ? '—' : percent(mean, 1)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="widget-status">
        <span>Probes trained in your browser on frozen features; the curves are the cards’ five draws.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
