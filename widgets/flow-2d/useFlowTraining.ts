/**
 * Live training of the flow in the page. All TF.js work goes through one
 * promise chain per backend generation, so a reset never disposes a model mid-step. Training runs in
 * chunks, one per animation frame, sized to take about 25 ms, so the page is
 * never blocked for long; on WebGL the chunk's loss is read with an awaited
 * data(), which yields while the GPU works.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TfRuntime } from '../lib/tf';
import { jobLanes } from '../lib/job-lanes';
import { disposeQuietly, readBack, yieldToPage, type Readable } from '../lib/tf-readback';
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
  const trainerRef = useRef<Trainer | null>(null);
  /** The backend generation the current trainer was built for. */
  const trainerGeneration = useRef(-1);
  const viewRef = useRef<TrainingView | null>(null);
  // The newest generation, for jobs queued by cleanups of an older render (a layout effect runs
  // before every passive effect and cleanup of the same commit).
  const generationRef = useRef(generation);
  useLayoutEffect(() => {
    generationRef.current = generation;
  }, [generation]);
  // One job queue per backend generation (`widgets/lib/job-lanes.ts`): the model rebuilt on the CPU
  // after a lost context does not wait behind a read of the old context that never settles.
  // Until the current queue is empty and the loop has wound down, the figure says "finishing"
  // rather than "paused" (and the model is not being touched).
  const [jobs, setJobs] = useState(0);
  const [lanes] = useState(() => jobLanes(generation, setJobs));
  const [looping, setLooping] = useState(false);
  // Tensors being read back. If the context is lost, their reads may never settle: the next
  // generation disposes them, so that no tensor of the lost context stays counted.
  const [reading] = useState(() => new Set<Readable>());
  /** The trainer, if it belongs to the current generation (one from a lost context is left alone). */
  const currentTrainer = () => (trainerGeneration.current === generationRef.current ? trainerRef.current : null);
  const publish = (v: TrainingView) => {
    viewRef.current = v;
    setView(v);
  };

  // A new model whenever what it learns, or how, changes (and after a backend change or Reset).
  useEffect(() => {
    if (!rt) return;
    let live = true;
    const made = generation;
    void lanes
      .enqueue(generationRef.current, async () => {
        if (trainerGeneration.current !== made) {
          for (const t of reading) disposeQuietly(t);
          reading.clear();
        }
        disposeQuietly(trainerRef.current);
        const t = new Trainer(rt.tf, { dataset: opts.dataset, seed: opts.seed, learningRate: opts.lr, layers: opts.layers });
        trainerRef.current = t;
        trainerGeneration.current = made;
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
      })
      .catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [rt, generation, opts.dataset, opts.seed, opts.lr, opts.layers, resetCount, reading, lanes]);

  // Dispose the last model when the widget goes away.
  useEffect(() => () => void lanes.enqueue(generationRef.current, async () => disposeQuietly(trainerRef.current)), [lanes]);

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
      const t = currentTrainer();
      const before = viewRef.current;
      if (!t || !before) return;
      const k = Math.max(1, Math.min(50, Math.floor(CHUNK_MS / perStep)));
      const t0 = performance.now();
      const trainNll = (await readBack(t.step(k), reading))[0] ?? NaN;
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
        const snap = await snapshot(t, reading);
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
        void lanes.enqueue(generationRef.current, chunk).then(
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
      void lanes
        .enqueue(generationRef.current, async () => {
          const t = currentTrainer();
          const v = viewRef.current;
          if (!t || !v || t.steps === 0) return;
          const snap = await snapshot(t, reading);
          const history = thin([...v.history, ...pending.splice(0), { step: t.steps, nll: snap.testNll, set: 'held-out' }]);
          if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, history });
        })
        .catch((e: unknown) => setError(message(e)))
        .finally(() => setLooping(false));
    };
  }, [run, rt, reading, lanes]);

  /** Take k steps now (while paused), then bring the pictures up to date. */
  const step = (k: number) => {
    void lanes
      .enqueue(generationRef.current, async () => {
        const t = currentTrainer();
        const v = viewRef.current;
        if (!t || !v) return;
        const t0 = performance.now();
        const trainNll = (await readBack(t.step(k), reading))[0] ?? NaN;
        const msPerStep = (performance.now() - t0) / k;
        const snap = await snapshot(t, reading);
        const history = thin([
          ...v.history,
          { step: t.steps, nll: trainNll, set: 'training batches' },
          { step: t.steps, nll: snap.testNll, set: 'held-out' },
        ]);
        if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, trainNll, msPerStep, history });
      })
      .catch((e: unknown) => setError(message(e)));
  };

  return { view, error, busy: jobs > 0 || looping, step };
}

/** Pieces of a snapshot, each a few ms on the CPU backend; the page gets a turn between them. */
const DENSITY_PARTS = 4;

/** The held-out NLL, the density on the grid and the samples, read back without blocking the page for long. */
async function snapshot(t: Trainer, reading: Set<Readable>) {
  const testNll = (await readBack(t.heldOutNll(), reading))[0] ?? NaN;
  const density = new Float32Array(GRID_SIZE * GRID_SIZE);
  const per = density.length / DENSITY_PARTS;
  for (let part = 0; part < DENSITY_PARTS; part++) {
    await yieldToPage();
    density.set(await readBack(t.density(part, DENSITY_PARTS), reading), part * per);
  }
  await yieldToPage();
  const samples = await readBack(t.samples(), reading);
  return { testNll, density, samples, pictureSteps: t.steps };
}

/** Keep the curve light: past MAX_HISTORY points, drop every other training point. */
function thin(history: NllPoint[]): NllPoint[] {
  if (history.length <= MAX_HISTORY) return history;
  let odd = false;
  return history.filter((p) => p.set === 'held-out' || (odd = !odd));
}

function message(e: unknown): string {
  return `Training stopped: ${e instanceof Error ? e.message : String(e)}`;
}
