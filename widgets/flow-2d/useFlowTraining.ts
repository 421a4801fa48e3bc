/**
 * Live training of the flow in the page. All TF.js work goes through one
 * promise chain, so a reset never disposes a model mid-step. Training runs in
 * chunks, one per animation frame, sized to take about 25 ms, so the page is
 * never blocked for long; on WebGL the chunk's loss is read with an awaited
 * data(), which yields while the GPU works.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TfRuntime } from '../lib/tf';
import type { DatasetName } from './data';
import type { NllPoint } from './plot';
import { GRID_SIZE, Trainer } from './trainer';

export interface TrainingView {
  steps: number;
  trainNll: number | null;
  testNll: number;
  baseline: number;
  history: NllPoint[];
  density: Float32Array;
  /** The step at which the density and samples were taken. */
  pictureSteps: number;
  samples: Float32Array;
  data: Float32Array;
  /** Wall time per step over the last chunk, in ms (GPU time included on WebGL). */
  msPerStep: number | null;
}

export interface TrainingOptions {
  dataset: DatasetName;
  seed: number;
  lr: number;
  layers: number;
}

const CHUNK_MS = 25;
const REFRESH_MS = 500;
const CURVE_MS = 250;
const MAX_HISTORY = 600;

export function useFlowTraining(
  rt: TfRuntime | null,
  generation: number,
  opts: TrainingOptions,
  run: boolean,
  resetCount: number,
) {
  const [view, setView] = useState<TrainingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const trainerRef = useRef<Trainer | null>(null);
  const viewRef = useRef<TrainingView | null>(null);
  // Jobs queued or running, and whether the loop has yet to wind down: until both are done the
  // figure says "finishing" rather than "paused" (and the model is not being touched).
  const [jobs, setJobs] = useState(0);
  const [looping, setLooping] = useState(false);
  const enqueue = <T>(job: () => Promise<T>) => {
    setJobs((n) => n + 1);
    const next = queueRef.current.then(job);
    queueRef.current = next.catch(() => undefined).finally(() => setJobs((n) => n - 1));
    return next;
  };
  const publish = (v: TrainingView) => {
    viewRef.current = v;
    setView(v);
  };

  // A new model whenever what it learns, or how, changes (and after a backend change or Reset).
  useEffect(() => {
    if (!rt) return;
    let live = true;
    void enqueue(async () => {
      disposeQuietly(trainerRef.current);
      const t = new Trainer(rt.tf, { dataset: opts.dataset, seed: opts.seed, learningRate: opts.lr, layers: opts.layers });
      trainerRef.current = t;
      const snap = t.untrained();
      if (live)
        publish({
          steps: 0,
          trainNll: null,
          baseline: t.baseline,
          history: [{ step: 0, nll: snap.testNll, set: 'held-out' }],
          data: t.train,
          msPerStep: null,
          pictureSteps: 0,
          ...snap,
        });
    }).catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [rt, generation, opts.dataset, opts.seed, opts.lr, opts.layers, resetCount]);

  // Dispose the last model when the widget goes away.
  useEffect(() => () => void enqueue(async () => disposeQuietly(trainerRef.current)), []);

  // The training loop: one chunk per animation frame while `run` holds.
  useEffect(() => {
    if (!run || !rt) return;
    let live = true;
    setLooping(true);
    let perStep = 30; // a first guess; measured from the first chunk on
    let lastRefresh = performance.now();
    let refreshEvery = REFRESH_MS;
    let lastCurve = 0;
    const pending: NllPoint[] = [];
    let frame = 0;
    const chunk = async () => {
      const t = trainerRef.current;
      const before = viewRef.current;
      if (!t || !before) return;
      const k = Math.max(1, Math.min(50, Math.floor(CHUNK_MS / perStep)));
      const t0 = performance.now();
      const loss = t.step(k);
      const trainNll = (await loss.data())[0] ?? NaN;
      loss.dispose();
      perStep = (performance.now() - t0) / k;
      pending.push({ step: t.steps, nll: trainNll, set: 'training batches' });
      // The curve is redrawn a few times a second, not every frame.
      const now = performance.now();
      let history = before.history;
      if (now - lastCurve > CURVE_MS) {
        history = thin([...history, ...pending.splice(0)]);
        lastCurve = now;
      }
      let next: TrainingView = { ...before, steps: t.steps, trainNll, msPerStep: perStep, history };
      if (performance.now() - lastRefresh > refreshEvery) {
        const s0 = performance.now();
        const snap = await snapshot(t);
        lastRefresh = performance.now();
        // Pictures take at most about a fifth of the time: training is the point.
        refreshEvery = Math.max(REFRESH_MS, 4 * (lastRefresh - s0));
        next = {
          ...next,
          ...snap,
          history: thin([...history, ...pending.splice(0), { step: t.steps, nll: snap.testNll, set: 'held-out' }]),
        };
      }
      // Published even if a pause came meanwhile: the view must match the model.
      if (t === trainerRef.current) publish(next);
    };
    const loop = () => {
      frame = requestAnimationFrame(() => {
        void enqueue(chunk).then(
          () => live && loop(),
          (e: unknown) => live && setError(message(e)),
        );
      });
    };
    loop();
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      // Bring the pictures up to date with where training stopped.
      void enqueue(async () => {
        const t = trainerRef.current;
        const v = viewRef.current;
        if (!t || !v || t.steps === 0) return;
        const snap = await snapshot(t);
        const history = thin([...v.history, ...pending.splice(0), { step: t.steps, nll: snap.testNll, set: 'held-out' }]);
        if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, history });
      })
        .catch((e: unknown) => setError(message(e)))
        .finally(() => setLooping(false));
    };
  }, [run, rt]);

  /** Take k steps now (while paused), then bring the pictures up to date. */
  const step = (k: number) => {
    void enqueue(async () => {
      const t = trainerRef.current;
      const v = viewRef.current;
      if (!t || !v) return;
      const t0 = performance.now();
      const loss = t.step(k);
      const trainNll = (await loss.data())[0] ?? NaN;
      loss.dispose();
      const msPerStep = (performance.now() - t0) / k;
      const snap = await snapshot(t);
      const history = thin([
        ...v.history,
        { step: t.steps, nll: trainNll, set: 'training batches' },
        { step: t.steps, nll: snap.testNll, set: 'held-out' },
      ]);
      if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, trainNll, msPerStep, history });
    }).catch((e: unknown) => setError(message(e)));
  };

  return { view, error, busy: jobs > 0 || looping, step };
}

/** Pieces of a snapshot, each a few ms on the CPU backend; the page gets a turn between them. */
const DENSITY_PARTS = 4;

async function read(t: { data(): Promise<unknown>; dispose(): void }): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The held-out NLL, the density on the grid and the samples, read back without blocking the page for long. */
async function snapshot(t: Trainer) {
  const testNll = (await read(t.heldOutNll()))[0] ?? NaN;
  const density = new Float32Array(GRID_SIZE * GRID_SIZE);
  const per = density.length / DENSITY_PARTS;
  for (let part = 0; part < DENSITY_PARTS; part++) {
    await yieldToPage();
    density.set(await read(t.density(part, DENSITY_PARTS)), part * per);
  }
  await yieldToPage();
  const samples = await read(t.samples());
  return { testNll, density, samples, pictureSteps: t.steps };
}

/** Keep the curve light: past MAX_HISTORY points, drop every other training point. */
function thin(history: NllPoint[]): NllPoint[] {
  if (history.length <= MAX_HISTORY) return history;
  let odd = false;
  return history.filter((p) => p.set === 'held-out' || (odd = !odd));
}

/** A model that lived on a lost WebGL context may fail to dispose; its memory went with the context. */
function disposeQuietly(t: Trainer | null): void {
  try {
    t?.dispose();
  } catch {
    // Nothing left to free.
  }
}

function message(e: unknown): string {
  return `Training stopped: ${e instanceof Error ? e.message : String(e)}`;
}
