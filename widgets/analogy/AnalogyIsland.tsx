/** The live analogy figure: a − b + c over the whole vocabulary, 3CosAdd or 3CosMul, question words in or out. */
import { useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { ANALOGY_PRESETS, normalizeWord, type AnalogyMethod } from '../lib/embeddings/core';
import { analogyVia } from '../lib/embeddings/queries';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import { useScorer } from '../lib/embeddings/useScorer';
import { ScoreTable } from '../lib/embeddings/ui/ScoreTable';
import { UnknownWord } from '../lib/embeddings/ui/UnknownWord';
import { timingText, useTimedQuery } from '../lib/embeddings/ui/useTimedQuery';
import { METHODS, WIDGET_ID, schema, type AnalogyState } from './state';

export default function AnalogyIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Analogy />}</WidgetRoot>;
}

type Slot = 'a' | 'b' | 'c';
const SLOTS: readonly { key: Slot; label: string }[] = [
  { key: 'a', label: 'a' },
  { key: 'b', label: '− b' },
  { key: 'c', label: '+ c' },
];

function presetOf(s: AnalogyState): string {
  const [a, b, c] = [s.a, s.b, s.c].map(normalizeWord);
  return ANALOGY_PRESETS.find((p) => p.query.a === a && p.query.b === b && p.query.c === c)?.id ?? '';
}

function Analogy() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const [draft, setDraft] = useState({ a: state.a, b: state.b, c: state.c });
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const { scorer, tf } = useScorer(emb);
  const key = [state.a, state.b, state.c, state.method, state.inputs, state.k].join('|');
  const query = useTimedQuery(scorer, key, async (s) => {
    if (!emb) throw new Error('the word vectors are not loaded');
    const asked = { ...state };
    // The answer carries its own question, so the text above the table never describes a newer query than the table.
    const r = await analogyVia(emb, s, asked, { method: asked.method, k: asked.k, excludeInputs: !asked.inputs });
    return { ...r, asked };
  });
  const setWords = (w: { a: string; b: string; c: string }) => {
    setDraft(w);
    setState((s) => ({ ...s, ...w }));
  };
  const result = query.value;
  const asked = result?.asked ?? state;
  const preset = ANALOGY_PRESETS.find((p) => p.id === presetOf(asked));
  const questionWords = new Set([asked.a, asked.b, asked.c].map(normalizeWord));
  const top = result?.results[0];
  const reportedRank = preset && result ? result.results.findIndex((r) => r.word === preset.reported) + 1 : 0;

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Example
          <select
            value={presetOf(state)}
            onChange={(e) => {
              const p = ANALOGY_PRESETS.find((x) => x.id === e.currentTarget.value);
              if (p) setWords({ ...p.query });
            }}
          >
            <option value="">your own</option>
            {ANALOGY_PRESETS.map((p) => (
              <option value={p.id}>{`${p.query.a} − ${p.query.b} + ${p.query.c}`}</option>
            ))}
          </select>
        </label>
      </div>
      <form
        class="widget-controls"
        onSubmit={(e) => {
          e.preventDefault();
          setWords({ a: draft.a.trim(), b: draft.b.trim(), c: draft.c.trim() });
        }}
      >
        {SLOTS.map(({ key: slot, label }) => (
          <label key={slot}>
            {label}
            <input
              type="text"
              size={10}
              maxLength={40}
              autoComplete="off"
              spellcheck={false}
              value={draft[slot]}
              onInput={(e) => setDraft((d) => ({ ...d, [slot]: e.currentTarget.value }))}
            />
          </label>
        ))}
        <button type="submit">Solve</button>
      </form>
      <div class="widget-controls">
        <label>
          Method
          <select
            value={state.method}
            onChange={(e) => setState((s) => ({ ...s, method: e.currentTarget.value as AnalogyMethod }))}
          >
            {METHODS.map((m) => (
              <option value={m}>{m}</option>
            ))}
          </select>
        </label>
        <label class="emb-check">
          <input
            type="checkbox"
            checked={state.inputs}
            onChange={(e) => setState((s) => ({ ...s, inputs: e.currentTarget.checked }))}
          />
          Allow the question words as answers
        </label>
      </div>
      <AssetStatus state={glove} what="the word vectors" />
      <TfStatus tf={tf} fallback="so the figure computes in plain JavaScript instead" />
      {query.error ? <Messages items={[{ kind: 'error', text: `The query failed: ${query.error}` }]} /> : null}
      {emb && result
        ? result.unknown.map((w) => (
            <UnknownWord
              key={w}
              emb={emb}
              word={w}
              onPick={(pick) => {
                const slot = (['a', 'b', 'c'] as const).find((s) => normalizeWord(state[s]) === w) ?? 'a';
                setWords({ ...draft, [slot]: pick });
              }}
            />
          ))
        : null}
      <div class="widget-readout" aria-live="polite">
        {result && top ? (
          <>
            <p data-testid="analogy-heading">
              {normalizeWord(asked.a)} − {normalizeWord(asked.b)} + {normalizeWord(asked.c)} ≈ <strong>{top.word}</strong> (
              {asked.method}, question words {asked.inputs ? 'allowed' : 'excluded'}).
            </p>
            {asked.inputs && questionWords.has(top.word) ? (
              <p class="widget-message" data-kind="note" data-testid="analogy-input-note">
                The best answer is “{top.word}”, one of the question words: a − b + c usually stays closest to a itself. Published
                analogy results exclude the question words, which is what makes them look clean.
              </p>
            ) : null}
            {preset ? (
              <p>
                {preset.label} The source reports “{preset.reported}”
                {reportedRank > 0 ? `; here it is answer ${reportedRank}.` : `; here it is not among the top ${asked.k}.`}
              </p>
            ) : null}
            <ScoreTable
              testId="analogy-results"
              rows={result.results.map((r) => ({
                word: r.word,
                score: r.score,
                tag: questionWords.has(r.word) ? 'question word' : undefined,
              }))}
              scoreLabel={asked.method === '3CosAdd' ? 'cos(x, a − b + c)' : '3CosMul score'}
              caption="Answers to the analogy, best first"
            />
          </>
        ) : null}
      </div>
      <div class="widget-status">
        <span data-testid="analogy-timing">{timingText(query.ms, scorer)}</span>
        <BackendBadge rt={tf.rt} workloads={['batched']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
