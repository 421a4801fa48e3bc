/** The live figure: a held-out digit's nearest other held-out digits in four spaces, and each space's k-NN accuracy. */
import { useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { DigitPicker } from '../lib/digits/DigitPicker';
import { digitPixels, type DigitSet } from '../lib/digits/sets';
import { K_MAX, REPRESENTATIONS, leaveOneOutAccuracy } from './core';
import { Columns, type DigitProps, type RepResult } from './Columns';
import { WIDGET_ID, schema } from './state';
import { useNeighbourTables } from './useNeighbourTables';

export default function RetrievalIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Retrieval />}</WidgetRoot>;
}

const WORKLOADS = ['interactive', 'batched'] as const;

function digitFor(set: DigitSet) {
  return function Digit({ index, label }: DigitProps) {
    const values = useMemo(() => digitPixels(set, index), [index]);
    return <DigitCanvas values={values} label={label} class="knn-digit" />;
  };
}

function Retrieval() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { digit, k } = state;
  const digits = useDigitSet('mnist-heldout');
  const ae2 = useModel('ae-d2');
  const ae16 = useModel('ae-d16');
  const vae16 = useModel('vae-d16');
  const tf = ae16.tf;
  const set = digits.status === 'ready' ? digits.value : null;
  const tables = useNeighbourTables(tf.rt, set, {
    'ae-d2': ae2.model.status === 'ready' ? ae2.model.value : null,
    'ae-d16': ae16.model.status === 'ready' ? ae16.model.value : null,
    'vae-d16': vae16.model.status === 'ready' ? vae16.model.value : null,
  });
  const results = useMemo(() => {
    const out: Partial<Record<(typeof REPRESENTATIONS)[number], RepResult>> = {};
    if (!set) return out;
    for (const rep of REPRESENTATIONS) {
      const table = tables[rep];
      if (table) out[rep] = { table, accuracy: leaveOneOutAccuracy(table, set.labels, k) };
    }
    return out;
  }, [tables, set, k]);
  const Digit = useMemo(() => (set ? digitFor(set) : null), [set]);
  const query = useMemo(() => (set ? digitPixels(set, digit) : null), [set, digit]);

  const setK = (raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isInteger(v)) setState((s) => ({ ...s, k: Math.min(K_MAX, Math.max(1, v)) }));
  };
  const pending = REPRESENTATIONS.filter((r) => !results[r]).length;

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      <AssetStatus state={ae2.model} what="the ae-d2 model" />
      <AssetStatus state={ae16.model} what="the ae-d16 model" />
      <AssetStatus state={vae16.model} what="the vae-d16 model" />
      {set && (
        <div class="knn-query">
          <DigitCanvas values={query} label={`query: held-out digit ${digit}, a ${set.labels[digit]}`} class="knn-query-digit" />
          <div class="knn-query-controls">
            <DigitPicker set={set} index={digit} onChange={(i) => setState((s) => ({ ...s, digit: i }))} label="Query digit" />
            <div class="widget-controls">
              <button type="button" onClick={() => setState((s) => ({ ...s, digit: Math.floor(Math.random() * set.count) }))}>
                Random digit
              </button>
              <label>
                Neighbours k (1–{K_MAX}){' '}
                <input type="number" min={1} max={K_MAX} step={1} value={k} onChange={(e) => setK(e.currentTarget.value)} />
              </label>
            </div>
          </div>
        </div>
      )}
      {set && pending > 0 && (
        <p class="widget-progress" role="status">
          Encoding the held-out digits and finding their neighbours: {REPRESENTATIONS.length - pending} of{' '}
          {REPRESENTATIONS.length} spaces done…
        </p>
      )}
      <p class="widget-readout" aria-live="polite" data-testid="knn-summary">
        {set
          ? `Query: held-out digit ${digit}, a ${set.labels[digit]}. Its ${k} nearest other held-out digits in each space:`
          : ''}
      </p>
      {set && Digit && <Columns query={digit} k={k} labels={set.labels} results={results} Digit={Digit} />}
      <div class="widget-status">
        <BackendBadge rt={tf.rt} workloads={WORKLOADS} />
        <ModelCards ids={['ae-d2', 'ae-d16', 'vae-d16']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
