/** The live WEAT figure: Caliskan et al.'s WEAT on the ten published tests or the reader's own word sets. */
import { useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed } from '../lib/format';
import { AssetStatus } from '../lib/ui/AssetStatus';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages, type Message } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { WEAT_PRESETS } from '../lib/embeddings/core';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import { usePlot } from '../lib/plot/usePlot';
import { SET_KEYS, chooseSets, ignoredListsNote, type SetKey } from './core';
import { describeTest, effectSizeNote, formatP } from '../lib/embeddings/weat-format';
import { MAX_BARS_PER_SET, associationBars, associationOptions } from './plot';
import { useWeat } from './useWeat';
import { CUSTOM, MAX_URL_SET_TEXT, WIDGET_ID, schema } from './state';

export default function WeatIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Weat />}</WidgetRoot>;
}

type Texts = Record<SetKey, string>;
const lower = { X: 'x', Y: 'y', A: 'a', B: 'b' } as const;

function presetTexts(test: string): Texts | null {
  const p = WEAT_PRESETS.find((x) => x.id === test);
  return p ? { X: p.sets.X.join(', '), Y: p.sets.Y.join(', '), A: p.sets.A.join(', '), B: p.sets.B.join(', ') } : null;
}

function Weat() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  // A paste too long for a link is kept here; the link then says only "custom".
  const [longTexts, setLongTexts] = useState<Texts | null>(null);
  const { test, x, y, a, b } = state;
  const texts = useMemo(
    () => (test === CUSTOM ? (longTexts ?? { X: x, Y: y, A: a, B: b }) : (presetTexts(test) ?? { X: x, Y: y, A: a, B: b })),
    [test, longTexts, x, y, a, b],
  );
  const [draft, setDraft] = useState<Texts>(texts);
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const chosen = useMemo(() => chooseSets(test, texts), [test, texts]);
  const key = test === CUSTOM ? JSON.stringify(texts) : test;
  const run = useWeat(emb, chosen.sets, key);
  const r = run.result;
  const { bars, cut } = useMemo(
    () => (r && !r.problem ? associationBars(r, chosen.names) : { bars: [], cut: false }),
    [r, chosen.names],
  );
  const build = useMemo(
    () => (bars.length > 0 ? (width: number) => associationOptions(bars, chosen.names, width) : null),
    [bars, chosen.names],
  );
  const chartRef = usePlot(build, `s(w, A, B) for each target word of ${chosen.names.X} and ${chosen.names.Y}.`);

  const choosePreset = (test: string) => {
    const t = presetTexts(test);
    if (t) setDraft(t);
    setLongTexts(null);
    setState((s) => ({ ...s, test, x: '', y: '', a: '', b: '' }));
  };
  const runCustom = () => {
    const tooLong = SET_KEYS.some((k) => draft[k].length > MAX_URL_SET_TEXT);
    setLongTexts(tooLong ? { ...draft } : null);
    setState((s) =>
      tooLong
        ? { ...s, test: CUSTOM, x: '', y: '', a: '', b: '' }
        : { ...s, test: CUSTOM, x: draft.X, y: draft.Y, a: draft.A, b: draft.B },
    );
  };
  const notes: Message[] = [
    ...(longTexts
      ? [{ kind: 'note' as const, text: 'These lists are too long to fit in a link; “Copy link” shares an empty custom test.' }]
      : []),
    ...chosen.messages.map((text) => ({ kind: 'note' as const, text })),
    ...[ignoredListsNote(state), r ? effectSizeNote(r) : null]
      .filter((text) => text !== null)
      .map((text) => ({ kind: 'note' as const, text })),
    ...(r?.problem
      ? [{ kind: 'error' as const, text: `${r.problem} Each of the four sets needs at least one word from the vocabulary.` }]
      : []),
    ...(run.error ? [{ kind: 'error' as const, text: `The test failed: ${run.error}` }] : []),
  ];
  const preset = WEAT_PRESETS.find((p) => p.id === state.test);

  return (
    <>
      <div class="widget-controls">
        <label>
          Test
          <select value={state.test} onChange={(e) => choosePreset(e.currentTarget.value)}>
            {WEAT_PRESETS.map((p) => (
              <option value={p.id}>{`${p.number}. ${p.title}`}</option>
            ))}
            <option value={CUSTOM}>your own word sets</option>
          </select>
        </label>
      </div>
      <form
        class="emb-columns"
        onSubmit={(e) => {
          e.preventDefault();
          runCustom();
        }}
      >
        {SET_KEYS.map((k) => (
          <label key={k} class="emb-setlabel">
            Set {k}: {chosen.names[k]}
            <textarea
              rows={3}
              value={draft[k]}
              spellcheck={false}
              name={lower[k]}
              onInput={(e) => setDraft((d) => ({ ...d, [k]: e.currentTarget.value }))}
            />
          </label>
        ))}
        <div>
          <button type="submit">Run the test on these sets</button>
        </div>
      </form>
      <AssetStatus state={glove} what="the word vectors" />
      <Messages problems={problems} items={notes} />
      <div class="widget-readout" aria-live="polite">
        {run.busy ? (
          <p role="status" data-testid="weat-progress">
            Running the permutation test
            {run.progress
              ? `: ${run.progress.done.toLocaleString('en')} of ${run.progress.total.toLocaleString('en')} partitions…`
              : '…'}
          </p>
        ) : null}
        {r && !r.problem ? (
          <>
            <p data-testid="weat-result">
              Effect size <strong data-testid="weat-d">d = {fixed(r.effectSize, 3)}</strong>, one-sided{' '}
              <strong data-testid="weat-p">p = {formatP(r.pValue)}</strong> ({describeTest(r)}).
              {preset ? ` The paper reports d = ${preset.paperEffectSize.toFixed(2)} on GloVe 840B.` : ''}
            </p>
            <p>
              Sizes used: X {r.sizes.X}, Y {r.sizes.Y}, A {r.sizes.A}, B {r.sizes.B}.{' '}
              {run.ms !== null ? (
                <span data-testid="weat-timing">Computed in {Math.round(run.ms)} ms in a background thread.</span>
              ) : null}
            </p>
          </>
        ) : null}
        {r && SET_KEYS.some((k) => r.missing[k].length > 0) ? (
          <div data-testid="weat-missing">
            <p>Words not in the vocabulary, left out of the test:</p>
            <ul class="emb-list">
              {SET_KEYS.filter((k) => r.missing[k].length > 0).map((k) => (
                <li key={k}>
                  set {k} ({chosen.names[k]}): {r.missing[k].slice(0, 40).join(', ')}
                  {r.missing[k].length > 40 ? ` and ${r.missing[k].length - 40} more` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div class="widget-plot" ref={chartRef} data-testid="weat-chart" />
      {cut ? <p class="widget-readout">The chart shows the {MAX_BARS_PER_SET} most extreme words of each target set.</p> : null}
      <div class="widget-status">
        <span>Orange bars: set X; blue bars: set Y.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
