/** The live bias-probe figure: a bias direction from word pairs, and the words at both of its ends. */
import { useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed, percent } from '../lib/format';
import { AssetStatus } from '../lib/ui/AssetStatus';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages, type Message } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import { useListText } from '../lib/embeddings/ui/useListText';
import { usePlot } from '../lib/plot/usePlot';
import { runProbe } from './core';
import { PaperLists } from './PaperLists';
import { probeBars, probeOptions } from './plot';
import { MAX_URL_WORDS_TEXT, WIDGET_ID, schema, type DirectionMode } from './state';

export default function BiasProbeIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <BiasProbe />}</WidgetRoot>;
}

function BiasProbe() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const words = useListText(state.words, (v) => setState((s) => ({ ...s, words: v })), MAX_URL_WORDS_TEXT);
  const [draft, setDraft] = useState({ pairs: state.pairs, words: words.text });
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const result = useMemo(
    () => (emb ? runProbe(emb, { dir: state.dir, pairs: state.pairs, words: words.text, n: state.n }) : null),
    [emb, state.dir, state.pairs, words.text, state.n],
  );
  const build = useMemo(() => {
    if (!result || result.problem) return null;
    const bars = probeBars(result.first, result.second, result.ends, result.inPaper);
    return bars.length > 0 ? (width: number) => probeOptions(bars, result.ends, width) : null;
  }, [result]);
  const chartRef = usePlot(
    build,
    result ? `The ${result.first.length} words furthest towards “${result.ends[0]}” and towards “${result.ends[1]}”.` : '',
  );
  const notes: Message[] = [
    ...(words.note ? [{ kind: 'note' as const, text: words.note }] : []),
    ...(result?.messages.map((text) => ({ kind: 'note' as const, text })) ?? []),
    ...(result?.problem ? [{ kind: 'error' as const, text: result.problem }] : []),
  ];

  return (
    <>
      <div class="widget-controls">
        <label>
          Direction
          <select value={state.dir} onChange={(e) => setState((s) => ({ ...s, dir: e.currentTarget.value as DirectionMode }))}>
            <option value="typed">from the pairs I type</option>
            <option value="definitional">PC1 of Bolukbasi’s ten definitional pairs</option>
          </select>
        </label>
        <label>
          Words at each end
          <input
            type="number"
            min={3}
            max={30}
            value={state.n}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 3 && n <= 30) setState((s) => ({ ...s, n }));
            }}
          />
        </label>
      </div>
      <form
        class="widget-controls"
        onSubmit={(e) => {
          e.preventDefault();
          words.setText(draft.words);
          setState((s) => ({ ...s, pairs: draft.pairs.slice(0, 300) }));
        }}
      >
        <label class="emb-grow">
          Pairs (first word → positive end)
          <input
            type="text"
            maxLength={300}
            value={draft.pairs}
            disabled={state.dir !== 'typed'}
            spellcheck={false}
            onInput={(e) => setDraft((d) => ({ ...d, pairs: e.currentTarget.value }))}
          />
        </label>
        <label class="emb-grow">
          Words to rank (empty: professions)
          <textarea
            rows={2}
            value={draft.words}
            spellcheck={false}
            onInput={(e) => setDraft((d) => ({ ...d, words: e.currentTarget.value }))}
          />
        </label>
        <button type="submit">Rank</button>
      </form>
      <AssetStatus state={glove} what="the word vectors" />
      <Messages problems={problems} items={notes} />
      {result && !result.problem ? (
        <div class="widget-readout" aria-live="polite">
          <p data-testid="bias-summary">
            Direction from {result.pairsUsed.map(([x, y]) => `${x}–${y}`).join(', ')}
            {result.pairsUsed.length > 1
              ? ` (its first principal component, ${percent(result.explained)} of the pairs’ variance)`
              : ''}
            ; {result.candidates.toLocaleString('en')} words ranked. Most “{result.ends[1]}”:{' '}
            <strong>{result.second[0]?.word}</strong> ({fixed(result.second[0]?.score ?? NaN)}); most “{result.ends[0]}”:{' '}
            <strong>{result.first[0]?.word}</strong> ({fixed(result.first[0]?.score ?? NaN)}).
          </p>
          {result.unknown.length > 0 ? (
            <p data-testid="bias-unknown">
              Not in the vocabulary: {result.unknown.slice(0, 30).join(', ')}
              {result.unknown.length > 30 ? ` and ${result.unknown.length - 30} more` : ''}.
            </p>
          ) : null}
        </div>
      ) : null}
      <div class="widget-plot" ref={chartRef} data-testid="bias-chart" />
      <p class="widget-readout">
        ★ marks words that are also in Bolukbasi et al.’s lists (word2vec trained on Google News), shown here:
      </p>
      {result && !result.problem ? <PaperLists ours={result.inPaper} /> : null}
      <div class="widget-status">
        <span>Computed in your browser.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
