/** The live debiasing figure: hard debiasing, what it removes and what it leaves (Gonen & Goldberg 2019). */
import { useEffect, useState } from 'preact/hooks';
import { percent } from '../lib/format';
import { linkTo } from '../lib/url-state';
import { AssetStatus } from '../lib/ui/AssetStatus';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { useEmbeddings } from '../lib/embeddings/useEmbeddings';
import type { DebiasDirection } from './core';
import { AnalogyTable, ProbeTable } from './DebiasTables';
import { isAbort } from '../lib/schedule';
import { runDebias, type DebiasProgress, type DebiasReport } from './run';
import { POOL_PER_SIDE, WIDGET_ID, schema } from './state';

export default function DebiasIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Debias />}</WidgetRoot>;
}

function Debias() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const glove = useEmbeddings();
  const emb = glove.status === 'ready' ? glove.value.emb : null;
  const [report, setReport] = useState<DebiasReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DebiasProgress | null>(null);

  useEffect(() => {
    if (!emb) return;
    const stop = new AbortController();
    const { signal } = stop;
    setBusy(true);
    setProgress(null);
    runDebias(emb, state.dir, state.n, state.k, POOL_PER_SIDE, {
      signal,
      onProgress: (p) => signal.aborted || setProgress(p),
    }).then(
      (r) => {
        if (signal.aborted) return;
        setReport(r);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (signal.aborted || isAbort(e)) return;
        setError(e instanceof Error ? e.message : String(e));
        setBusy(false);
      },
    );
    return () => stop.abort();
  }, [emb, state.dir, state.n, state.k]);

  const setInt = (key: 'n' | 'k', raw: string, max: number, min: number) => {
    const v = Number(raw);
    if (Number.isInteger(v) && v >= min && v <= max) setState((s) => ({ ...s, [key]: v }));
  };

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Gender direction
          <select value={state.dir} onChange={(e) => setState((s) => ({ ...s, dir: e.currentTarget.value as DebiasDirection }))}>
            <option value="definitional">PC1 of the ten definitional pairs</option>
            <option value="heshe">he − she</option>
          </select>
        </label>
        <label>
          Professions at each end
          <input type="number" min={3} max={15} value={state.n} onChange={(e) => setInt('n', e.currentTarget.value, 15, 3)} />
        </label>
        <label>
          Neighbours k
          <input type="number" min={1} max={50} value={state.k} onChange={(e) => setInt('k', e.currentTarget.value, 50, 1)} />
        </label>
      </div>
      <AssetStatus state={glove} what="the word vectors" />
      {error ? <Messages items={[{ kind: 'error', text: `The computation failed: ${error}` }]} /> : null}
      {busy ? (
        <p role="status" class="widget-readout" data-testid="debias-progress">
          {progressText(progress, emb ? emb.words.length : 0)}
        </p>
      ) : null}
      {report ? (
        <div class="widget-readout" aria-live="polite">
          <p data-testid="debias-summary">
            Hard debiasing neutralised {report.neutralizedCount.toLocaleString('en')} words: their projection on the direction is
            now 0, so the he/she ranking below is gone. But among the {2 * POOL_PER_SIDE} most gendered of those words, the{' '}
            {state.k} nearest neighbours of a formerly she-leaning word were she-leaning{' '}
            <strong data-testid="debias-she-before">{percent(report.poolBefore.sheWords)}</strong> of the time before debiasing
            and <strong data-testid="debias-she-after">{percent(report.poolAfter.sheWords)}</strong> after (for formerly
            he-leaning words: {percent(report.poolBefore.heWords)} before, {percent(report.poolAfter.heWords)} after).
          </p>
          <ProbeTable rows={report.rows} k={state.k} />
          <AnalogyTable rows={report.analogies} />
        </div>
      ) : null}
      <div class="widget-status">
        {report ? <span data-testid="debias-timing">Computed in {Math.round(report.ms)} ms in your browser.</span> : null}
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}

const STEPS: Record<DebiasProgress['step'], string> = {
  debiasing: 'Debiasing',
  analogies: 'Solving the analogies before and after',
  pool: 'Finding the most gendered words',
  neighbourhoods: 'Counting their neighbours',
};

function progressText(p: DebiasProgress | null, words: number): string {
  if (!p || p.step === 'debiasing') {
    const share = p ? ` (${percent(p.done / p.total)})` : '';
    return `Debiasing ${words.toLocaleString('en')} words…${share}`;
  }
  return `${STEPS[p.step]}… (${percent(p.done / p.total)})`;
}
