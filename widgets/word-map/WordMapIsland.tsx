/** The live word-map figure: a 2-d PCA map of the reader's words, with pairs drawn as arrows. */
import { useMemo, useState } from 'preact/hooks';
import { percent } from '../lib/format';
import { linkTo } from '../lib/url-state';
import { AssetStatus } from '../lib/ui/AssetStatus';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages, type Message } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import { useListText } from '../lib/embeddings/ui/useListText';
import { useHalo, usePlot } from '../lib/plot/usePlot';
import { buildWordMap } from './core';
import { wordMapOptions } from './plot';
import { MAX_MAP_WORDS, MAX_URL_WORDS_TEXT, WIDGET_ID, schema } from './state';

export default function WordMapIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <WordMap />}</WidgetRoot>;
}

function WordMap() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const words = useListText(state.words, (v) => setState((s) => ({ ...s, words: v })), MAX_URL_WORDS_TEXT);
  const [draft, setDraft] = useState({ words: words.text, pairs: state.pairs });
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const halo = useHalo();
  const model = useMemo(
    () => (emb ? buildWordMap(emb, words.text, state.pairs, MAX_MAP_WORDS) : null),
    [emb, words.text, state.pairs],
  );
  const build = useMemo(
    () =>
      model && model.points.length >= 2
        ? (width: number) =>
            wordMapOptions({ points: model.points, arrows: model.arrows, explained: model.explained, width, halo })
        : null,
    [model, halo],
  );
  const chartRef = usePlot(
    build,
    `A 2-d PCA map of ${model?.points.length ?? 0} words with ${model?.arrows.length ?? 0} arrows between pairs.`,
  );
  const notes: Message[] = [
    ...(words.note ? [{ kind: 'note' as const, text: words.note }] : []),
    ...(model?.messages.map((text) => ({ kind: 'note' as const, text })) ?? []),
  ];

  return (
    <>
      <form
        class="widget-controls"
        onSubmit={(e) => {
          e.preventDefault();
          words.setText(draft.words);
          setState((s) => ({ ...s, pairs: draft.pairs.slice(0, 400) }));
        }}
      >
        <label class="emb-grow">
          Words to map
          <textarea
            rows={2}
            value={draft.words}
            spellcheck={false}
            onInput={(e) => setDraft((d) => ({ ...d, words: e.currentTarget.value }))}
          />
        </label>
        <label class="emb-grow">
          Pairs drawn as arrows (from → to)
          <textarea
            rows={2}
            maxLength={400}
            value={draft.pairs}
            spellcheck={false}
            onInput={(e) => setDraft((d) => ({ ...d, pairs: e.currentTarget.value }))}
          />
        </label>
        <button type="submit">Draw the map</button>
      </form>
      <AssetStatus state={glove} what="the word vectors" />
      <Messages problems={problems} items={notes} />
      {model && model.unknown.length > 0 ? (
        <p class="widget-message" data-kind="error" data-testid="wordmap-unknown">
          Not in the vocabulary, so not on the map: {model.unknown.slice(0, 30).join(', ')}
          {model.unknown.length > 30 ? ` and ${model.unknown.length - 30} more` : ''}.
        </p>
      ) : null}
      <div class="widget-plot" ref={chartRef} data-testid="wordmap-chart" />
      {model && model.points.length >= 2 ? (
        <p class="widget-readout" data-testid="wordmap-summary">
          {model.points.length} words, {model.arrows.length} arrow{model.arrows.length === 1 ? '' : 's'}. The two axes keep{' '}
          {percent(model.explained[0] + model.explained[1])} of these words’ variance in 100 dimensions; parallel arrows are the
          regularities analogies rely on.
        </p>
      ) : null}
      <div class="widget-status">
        <span>Computed in your browser.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
