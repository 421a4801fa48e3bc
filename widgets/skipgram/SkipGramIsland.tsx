/** The live skip-gram figure: a skip-gram model trained in the page, its loss, and a map of what it learned. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed } from '../lib/format';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { TrainingControls } from '../lib/ui/TrainingControls';
import { liveTraining, useLiveTraining } from '../lib/ui/useLiveTraining';
import { useLatest } from '../lib/ui/useLatest';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { useHalo, usePlot } from '../lib/plot/usePlot';
import { CORPUS } from './corpus';
import { createSkipGram, nearestLearned, trainEpochs, trainPairs, type SkipGram } from './core';
import { learnedMap, lossOptions, mapOptions, type MapPoint } from './plot';
import { WIDGET_ID, schema, type SkipGramState } from './state';

export default function SkipGramIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <SkipGramWidget />}</WidgetRoot>;
}

const PROBES = ['king', 'cat', 'bread', 'paris'];
/** Epochs the Step button trains. */
const STEP_EPOCHS = 10;
const build = (s: SkipGramState) =>
  createSkipGram(CORPUS, { dims: s.dims, window: s.window, negatives: s.neg, learningRate: s.lr, seed: s.seed });

/** What the page shows of a run: read from the model after each change, never during render. */
interface RunView {
  history: readonly number[];
  points: MapPoint[];
  neighbours: { word: string; nearest: string }[];
  words: number;
  pairs: number;
  /** The epoch at which training diverged, if it did. */
  divergedAt: number | null;
}

const viewOf = (m: SkipGram): RunView => ({
  history: m.history.slice(),
  points: learnedMap(m),
  neighbours: PROBES.map((word) => ({
    word,
    nearest: nearestLearned(m, m.words.indexOf(word), 4)
      .map((n) => n.word)
      .join(', '),
  })),
  words: m.words.length,
  pairs: m.order.length,
  divergedAt: m.diverged?.epoch ?? null,
});

function SkipGramWidget() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const rootRef = useRef<HTMLDivElement>(null);
  // The model is mutable and lives outside render; the first one is made when first needed.
  const modelRef = useRef<SkipGram | null>(null);
  const [view, setView] = useState<RunView>(() => viewOf(build(state)));
  const model = useLatest(() => (modelRef.current ??= build(state)));
  const halo = useHalo();
  const { history } = view;
  const wish = useLiveTraining(rootRef);
  // A diverged run is over: nothing more to train.
  const training = liveTraining(wish, { steps: history.length, maxSteps: view.divergedAt ? history.length : state.epochs });
  const { running, reducedMotion, pause } = training;
  const { epochs } = state;

  useEffect(() => {
    if (!running) return;
    let id = 0;
    let frames = 0;
    const tick = () => {
      const t0 = performance.now();
      const m = model.current();
      // One pass over the corpus per animation frame: slow enough to watch, a few ms of work.
      if (m.history.length < epochs) trainPairs(m, m.order.length - m.cursor);
      frames++;
      const done = m.history.length >= epochs || m.diverged !== null;
      if (done || frames % (reducedMotion ? 30 : 4) === 0) setView(viewOf(m));
      // This frame's training and new view, and a frame count, for the benchmark (scripts/bench/training.ts).
      const root = rootRef.current;
      if (root) {
        root.dataset['frameMs'] = (performance.now() - t0).toFixed(2);
        root.dataset['frames'] = String(Number(root.dataset['frames'] ?? 0) + 1);
      }
      if (!done) id = requestAnimationFrame(tick);
      else pause();
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [running, epochs, reducedMotion, pause, model]);

  const reset = (next: SkipGramState = state) => {
    modelRef.current = build(next);
    setView(viewOf(modelRef.current));
  };
  const step = () => {
    const m = model.current();
    trainEpochs(m, Math.min(STEP_EPOCHS, epochs - m.history.length));
    setView(viewOf(m));
  };
  const change = (patch: Partial<SkipGramState>) => {
    const next = { ...state, ...patch };
    setState(next);
    pause();
    reset(next);
  };
  const setInt = (key: keyof SkipGramState, raw: string) => {
    const field = schema[key];
    const v = field.parse(raw.trim());
    if (v !== undefined) change({ [key]: v });
  };

  const mapBuild = useCallback((w: number) => mapOptions(view.points, w, halo), [view.points, halo]);
  const lossBuild = useCallback((w: number) => lossOptions(history, w), [history]);
  const mapRef = usePlot(mapBuild, `A 2-d PCA map of the ${view.words} learned word vectors after ${history.length} epochs.`);
  const lossRef = usePlot(lossBuild, `The training loss over ${history.length} epochs.`);
  const last = history.at(-1);

  return (
    <div ref={rootRef}>
      <Messages
        problems={problems}
        items={
          view.divergedAt
            ? [
                {
                  kind: 'error',
                  text: `Training diverged at epoch ${view.divergedAt} with learning rate ${state.lr}: the loss grew instead of falling, so training stopped and the map and neighbours below mean nothing. Try a smaller rate: with the other settings at their defaults, 0.3 and below train stably.`,
                },
              ]
            : []
        }
      />
      <TrainingControls
        training={training}
        onStep={step}
        stepCount={STEP_EPOCHS}
        onReset={reset}
        statusTestId="skipgram-status"
      />
      <div class="widget-controls">
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
          <input
            type="number"
            min={0.001}
            max={0.5}
            step={0.005}
            value={state.lr}
            onChange={(e) => setInt('lr', e.currentTarget.value)}
          />
        </label>
        <label>
          Epochs
          <input
            type="number"
            min={10}
            max={2000}
            value={state.epochs}
            onChange={(e) => setInt('epochs', e.currentTarget.value)}
          />
        </label>
      </div>
      <p class="widget-readout" aria-live="off">
        <span data-testid="skipgram-epoch">
          Epoch {history.length} of {state.epochs}
        </span>
        {' · '}
        <span data-testid="skipgram-loss">{last === undefined ? 'not trained yet' : `loss ${fixed(last)}`}</span>
        {history.length > 0 ? ` (first epoch ${fixed(history[0] ?? NaN)})` : ''}. {CORPUS.length} sentences, {view.words} words,{' '}
        {view.pairs} (word, context) pairs per epoch.
      </p>
      <div class="widget-plot" ref={mapRef} data-testid="skipgram-map" />
      <div class="emb-columns">
        <div class="widget-plot" ref={lossRef} data-testid="skipgram-loss-chart" />
        <div>
          <table class="emb-table" data-testid="skipgram-neighbours">
            <caption>Nearest learned words (cosine)</caption>
            <tbody>
              {view.neighbours.map(({ word, nearest }) => (
                <tr key={word}>
                  <th scope="row">{word}</th>
                  <td>{nearest}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div class="widget-status">
        <span>Trained in your browser, plain JavaScript, seeded: the same settings give the same run.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
