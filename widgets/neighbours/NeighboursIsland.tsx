/** The live nearest-neighbours figure: the nearest neighbours of a word, scored against all 40k words with TF.js. */
import { useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { normalizeWord } from '../lib/embeddings/core';
import { neighboursVia } from '../lib/embeddings/queries';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import { useScorer } from '../lib/embeddings/useScorer';
import { ScoreTable } from '../lib/embeddings/ui/ScoreTable';
import { UnknownWord } from '../lib/embeddings/ui/UnknownWord';
import { timingText, useTimedQuery } from '../lib/embeddings/ui/useTimedQuery';
import { WIDGET_ID, schema } from './state';

export default function NeighboursIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Neighbours />}</WidgetRoot>;
}

function Neighbours() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const [draft, setDraft] = useState(state.word);
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const { scorer, tf } = useScorer(emb);
  const query = useTimedQuery(scorer, `${state.word}|${state.k}`, async (s) => {
    if (!emb) throw new Error('the word vectors are not loaded');
    const asked = state.word;
    const r = await neighboursVia(emb, s.scoreMany, asked, state.k);
    return { ...r, asked };
  });
  const pick = (word: string) => {
    setDraft(word);
    setState((s) => ({ ...s, word }));
  };
  const result = query.value;

  return (
    <>
      <Messages problems={problems} />
      <form
        class="widget-controls"
        onSubmit={(e) => {
          e.preventDefault();
          pick(draft.trim().slice(0, 60));
        }}
      >
        <label>
          Word
          <input
            type="text"
            value={draft}
            maxLength={60}
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <label>
          Neighbours
          <input
            type="number"
            min={1}
            max={50}
            value={state.k}
            onChange={(e) => {
              const k = Number(e.currentTarget.value);
              if (Number.isInteger(k) && k >= 1 && k <= 50) setState((s) => ({ ...s, k }));
            }}
          />
        </label>
        <button type="submit">Find neighbours</button>
      </form>
      <AssetStatus state={glove} what="the word vectors" />
      <TfStatus tf={tf} fallback="so the figure computes in plain JavaScript instead" />
      {query.error ? <Messages items={[{ kind: 'error', text: `The query failed: ${query.error}` }]} /> : null}
      {emb && result && result.unknown.length > 0 ? <UnknownWord emb={emb} word={result.asked} onPick={pick} /> : null}
      <div class="widget-readout" aria-live="polite">
        {result && result.neighbours.length > 0 ? (
          <>
            <p data-testid="nn-heading">
              The {result.neighbours.length} words closest to <strong>{normalizeWord(result.asked)}</strong>, by cosine
              similarity:
            </p>
            <ScoreTable
              testId="nn-results"
              rows={result.neighbours.map((n) => ({ word: n.word, score: n.score }))}
              scoreLabel="cosine"
              caption={`Nearest neighbours of ${result.asked}`}
            />
          </>
        ) : null}
      </div>
      <div class="widget-status">
        <span data-testid="nn-timing">{timingText(query.ms, scorer)}</span>
        <BackendBadge rt={tf.rt} workloads={['batched']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
