/** The live figure: a model's card numbers per subgroup, recomputed in the browser and compared with the card. */
import { useCallback, useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages, type Message } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useModel } from '../lib/ui/useModel';
import { useDigitSet } from '../lib/digits/useDigitSet';
import type { Disaggregated } from '../lib/models/disaggregate';
import { FACTORS, type FactorId } from '../lib/models/factors';
import type { Reconstructor } from '../lib/models/roles';
import { asScorer } from '../lib/models/scoring';
import {
  AGREE_REL,
  ALL,
  compareCells,
  DISAGG_MODELS,
  flagThreshold,
  formatMean,
  heatCells,
  liveTable,
  liveThresholds,
  METRIC_LABELS,
  perDigitValues,
  weakestSentence,
  type CardSummary,
  type DisaggModelId,
  type HeatCell,
  type MetricId,
} from './core';
import { heatmapLabel, heatmapOptions } from './plot';
import { MODEL_LABELS, WIDGET_ID, schema } from './state';
import { useScores } from './useScores';

export interface Props {
  /** Each model's card numbers, read at build time. */
  cards: Record<DisaggModelId, CardSummary>;
  /** The flag-rate tables Node computed at build time, for the models with a decision threshold. */
  nodeFlags: Partial<Record<DisaggModelId, Disaggregated>>;
}

export default function DisaggregatedIsland(props: Props) {
  return <WidgetRoot id={WIDGET_ID}>{() => <Disaggregated {...props} />}</WidgetRoot>;
}

function Disaggregated({ cards, nodeFlags }: Props) {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { model: modelId, factor } = state;
  const card = cards[modelId];
  // A model without a decision threshold has no flag rate: show its error and say so.
  const metric: MetricId = state.metric === 'flag' && !card.decision ? 'mse' : state.metric;
  const notes: Message[] =
    metric !== state.metric
      ? [{ kind: 'note', text: `The card of ${modelId} sets no decision threshold, so the figure shows its error instead.` }]
      : [];

  const { tf, model } = useModel(modelId);
  const digitSet = useDigitSet('mnist-heldout');
  const scorer = useMemo<Reconstructor | null>(() => (model.status === 'ready' ? asScorer(model.value) : null), [model]);
  const digits = digitSet.status === 'ready' ? digitSet.value : null;
  const run = useScores(modelId, tf.rt, scorer, digits);
  const scores = run.status === 'ready' ? run.scores : null;

  // The reference: the card's own table for the error; Node's build-time computation for the flag rate.
  const reference = metric === 'mse' ? card.mse : (nodeFlags[modelId] ?? null);
  const refCells = useMemo(() => (reference ? heatCells(reference, factor) : []), [reference, factor]);
  const live = useMemo(() => {
    if (!scores || !digits) return null;
    const threshold = metric === 'flag' ? flagThreshold(scores.errors) : undefined;
    const values = perDigitValues(metric, scores.errors, threshold);
    const table = liveTable(values, digits.labels, scores.factors, card.factorThresholds);
    const cells = heatCells(table, factor);
    const thresholds = liveThresholds(scores.factors);
    const sameBins = FACTORS.every((f) => thresholds[f.id].every((t, i) => t === card.factorThresholds[f.id][i]));
    return { cells, threshold, agreement: compareCells(cells, refCells), sameBins };
  }, [scores, digits, metric, factor, card, refCells]);

  const cells = live?.cells ?? refCells;
  const chart = useCallback((width: number) => heatmapOptions(cells, metric, factor, width), [cells, metric, factor]);
  const chartRef = usePlot(chart, heatmapLabel(cells, metric, factor, modelId));
  const overall = cells.find((c) => c.kind === 'overall');
  // The error's reference is the card; the flag rate's, Node's computation when the page was built.
  const refName = metric === 'mse' ? 'the card' : 'Node';

  return (
    <>
      <Messages problems={problems} items={notes} />
      <div class="widget-controls disagg-controls">
        <label>
          Model
          <select value={modelId} onChange={(e) => setState((s) => ({ ...s, model: e.currentTarget.value as DisaggModelId }))}>
            {DISAGG_MODELS.map((id) => (
              <option value={id}>{MODEL_LABELS[id]}</option>
            ))}
          </select>
        </label>
        <label>
          Metric
          <select value={metric} onChange={(e) => setState((s) => ({ ...s, metric: e.currentTarget.value as MetricId }))}>
            <option value="mse">{METRIC_LABELS.mse}</option>
            <option value="flag" disabled={!card.decision}>
              {METRIC_LABELS.flag}
            </option>
          </select>
        </label>
        <label>
          Factor
          <select value={factor} onChange={(e) => setState((s) => ({ ...s, factor: e.currentTarget.value as FactorId }))}>
            {FACTORS.map((f) => (
              <option value={f.id}>{f.name}</option>
            ))}
          </select>
        </label>
      </div>
      <AssetStatus state={model} what={`the model ${modelId}`} />
      <AssetStatus state={digitSet} what="the held-out digits" />
      <TfStatus tf={tf} />
      {run.status === 'running' && (
        <p class="widget-progress" role="status">
          <label>
            Scoring the held-out digits with {modelId}: {run.done.toLocaleString('en')} of {run.total.toLocaleString('en')}{' '}
            <progress max={run.total} value={run.done} />
          </label>
        </p>
      )}
      <div class="widget-plot" ref={chartRef} data-testid="disagg-chart" />
      <div class="widget-readout" aria-live="polite">
        <p>
          <strong data-testid="disagg-overall">
            Overall: {formatMean(metric, overall?.mean ?? null)} over {overall?.count.toLocaleString('en')} digits
          </strong>
          {metric === 'flag' && card.decision && (
            <span data-testid="disagg-card-fpr">
              {' '}
              (the card’s false-positive rate: {formatMean('flag', card.decision.falsePositiveRate)})
            </span>
          )}
        </p>
        <p data-testid="disagg-weakest">{weakestSentence(metric, cells, factor)}</p>
        <p data-testid="disagg-source">
          {live
            ? live.agreement.agree
              ? `Recomputed in your browser: every count equals ${refName}’s, and every mean agrees with it to within ${formatRel(AGREE_REL)} (largest difference ${formatRel(live.agreement.maxRelDiff)}).`
              : `Recomputed in your browser, and it differs from ${refName}’s numbers: ${live.agreement.countsEqual ? 'same counts' : 'different counts'}, largest difference ${formatRel(live.agreement.maxRelDiff)}.`
            : `Showing ${refName === 'the card' ? 'the card’s numbers' : 'the numbers Node computed when the page was built'} until the browser has recomputed them.`}
          {live &&
            (live.sameBins
              ? ' The factor bins measured again have the card’s thresholds.'
              : ' The factor bins measured again differ from the card’s.')}
        </p>
      </div>
      <CellTable cells={cells} metric={metric} factor={factor} />
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        {scores && (
          <span data-testid="disagg-time">
            Scored {scores.errors.length.toLocaleString('en')} digits in {Math.round(scores.ms)} ms
          </span>
        )}
        <ModelCards ids={[modelId]} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}

/** The heat map's numbers as a table, for screen readers and for copying; each cell keeps its full-precision mean. */
function CellTable({ cells, metric, factor }: { cells: readonly HeatCell[]; metric: MetricId; factor: FactorId }) {
  const cols = [...(FACTORS.find((f) => f.id === factor)?.bins ?? []), ALL];
  const rows = [...new Set(cells.map((c) => c.row))];
  const at = (row: string, col: string) => cells.find((c) => c.row === row && c.col === col);
  return (
    <details class="disagg-table">
      <summary>The numbers as a table</summary>
      <div class="disagg-table-scroll" tabIndex={0} role="region" aria-label="The heat map's numbers">
        <table data-testid="disagg-table">
          <thead>
            <tr>
              <th scope="col">digit</th>
              {cols.map((c) => (
                <th scope="col">{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{row}</th>
                {cols.map((col) => {
                  const c = at(row, col);
                  return (
                    <td data-row={row} data-col={col} data-count={c?.count} data-mean={c?.mean ?? ''}>
                      {c ? `${formatMean(metric, c.mean)} (${c.count})` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A relative difference as a percentage with two significant figures. */
function formatRel(r: number): string {
  if (!Number.isFinite(r)) return 'unbounded';
  return r === 0 ? '0 %' : `${Number((r * 100).toPrecision(2))} %`;
}
