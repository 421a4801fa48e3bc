/** The live skip-gram figure: a skip-gram model trained in the page, its loss, and a map of what it learned. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed } from '../lib/format';
import { CopyLink } from '../lib/ui/CopyLink';
import { Messages } from '../lib/ui/Messages';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { useHalo, usePlot } from '../lib/plot/usePlot';
import { CORPUS } from './corpus';
import { createSkipGram, nearestLearned, trainPairs, type SkipGram } from './core';
import { learnedMap, lossOptions, mapOptions } from './plot';
import { WIDGET_ID, schema, type SkipGramState } from './state';

export default function SkipGramIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <SkipGramWidget />}</WidgetRoot>;
}

const PROBES = ['king', 'cat', 'bread', 'paris'];
const build = (s: SkipGramState) => createSkipGram(CORPUS, { dims: s.dims, window: s.window, negatives: s.neg, learningRate: s.lr, seed: s.seed });

function SkipGramWidget() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const reducedMotion = useMemo(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches, []);
  const model = useRef<SkipGram>(build(state));
  const [running, setRunning] = useState(!reducedMotion);
  // Bumped whenever the charts should redraw.
  const [frame, setFrame] = useState(0);
  const halo = useHalo();
  const epochs = model.current.history.length;
  const finished = epochs >= state.epochs;

  useEffect(() => {
    if (!running || finished) return;
    let id = 0;
    let frames = 0;
    const tick = () => {
      const m = model.current;
      // One pass over the corpus per animation frame: slow enough to watch, a few ms of work.
      if (m.history.length < state.epochs) trainPairs(m, m.order.length - m.cursor);
      frames++;
      const done = m.history.length >= state.epochs;
      if (done || frames % (reducedMotion ? 30 : 4) === 0) setFrame((f) => f + 1);
      if (done) setRunning(false);
      else id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [running, state.epochs, finished, reducedMotion]);

  const reset = (next: SkipGramState, start = false) => {
    model.current = build(next);
    setRunning(start);
    setFrame((f) => f + 1);
  };
  const change = (patch: Partial<SkipGramState>) => {
    const next = { ...state, ...patch };
    setState(next);
    reset(next);
  };
  const setInt = (key: keyof SkipGramState, raw: string) => {
    const field = schema[key];
    const v = field.parse(raw.trim());
    if (v !== undefined) change({ [key]: v });
  };

  const m = model.current;
  const history = m.history;
  const points = useMemo(() => learnedMap(m), [m, frame]);
  const mapRef = usePlot((w) => mapOptions(points, w, halo), `A 2-d PCA map of the ${m.words.length} learned word vectors after ${history.length} epochs.`, [points, halo]);
  const lossRef = usePlot((w) => lossOptions(history, w), `The training loss over ${history.length} epochs.`, [frame, history.length]);
  const last = history.at(-1);

  return (
    <>
      <Messages items={problems.map((text) => ({ kind: 'note' as const, text }))} />
      <div class="widget-controls">
        <button type="button" onClick={() => (finished ? reset(state, true) : setRunning((r) => !r))}>
          {running ? 'Pause' : finished ? 'Train again' : epochs > 0 ? 'Resume' : 'Start'}
        </button>
        <button type="button" onClick={() => reset(state)}>Reset</button>
        <label>
          Seed
          <input type="number" min={1} max={99999} value={state.seed} onChange={(e) => setInt('seed', e.currentTarget.value)} />
        </label>
        <label>
          Dimensions
          <input type="number" min={2} max={50} value={state.dims} onChange={(e) => setInt('dims', e.currentTarget.value)} />
        </label>
        <label>
          Window
          <input type="number" min={1} max={5} value={state.window} onChange={(e) => setInt('window', e.currentTarget.value)} />
        </label>
        <label>
          Noise words
          <input type="number" min={1} max={15} value={state.neg} onChange={(e) => setInt('neg', e.currentTarget.value)} />
        </label>
        <label>
          Learning rate
          <input type="number" min={0.001} max={0.5} step={0.005} value={state.lr} onChange={(e) => setInt('lr', e.currentTarget.value)} />
        </label>
        <label>
          Epochs
          <input type="number" min={10} max={2000} value={state.epochs} onChange={(e) => setInt('epochs', e.currentTarget.value)} />
        </label>
      </div>
      <p class="widget-readout" aria-live="off">
        <span data-testid="skipgram-epoch">Epoch {history.length} of {state.epochs}</span>
        {' · '}
        <span data-testid="skipgram-loss">{last === undefined ? 'not trained yet' : `loss ${fixed(last)}`}</span>
        {history.length > 0 ? ` (first epoch ${fixed(history[0] ?? NaN)})` : ''}. {CORPUS.length} sentences, {m.words.length} words,{' '}
        {m.order.length} (word, context) pairs per epoch.
        {reducedMotion && epochs === 0 ? ' Training does not start by itself because your system asks for reduced motion.' : ''}
      </p>
      <div class="widget-plot" ref={mapRef} data-testid="skipgram-map" />
      <div class="emb-columns">
        <div class="widget-plot" ref={lossRef} data-testid="skipgram-loss-chart" />
        <div>
          <table class="emb-table" data-testid="skipgram-neighbours">
            <caption>Nearest learned words (cosine)</caption>
            <tbody>
              {PROBES.map((w) => (
                <tr key={w}>
                  <th scope="row">{w}</th>
                  <td>{nearestLearned(m, m.words.indexOf(w), 4).map((n) => n.word).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div class="widget-status">
        <span>Trained in your browser, plain JavaScript, seeded: the same settings give the same run.</span>
        <CopyLink href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
