/**
 * Live training of the GAN in the page, as the 2-d flow trains: every TF.js job
 * goes through the current backend generation's lane (`widgets/lib/job-lanes.ts`),
 * so a reset never disposes a network mid-step and a lost WebGL context leaves
 * its hung reads behind. Training runs in chunks of about 25 ms, one per
 * animation frame; the losses are read with an awaited data().
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TfRuntime } from '../lib/tf';
import { jobLanes } from '../lib/job-lanes';
import { disposeQuietly, readBack, yieldToPage, type Readable } from '../lib/tf-readback';
import { energyDistance } from '../lib/toy-2d';
import type { LossPoint } from './plot';
import type { GanState } from './state';
import { Trainer } from './trainer';

export interface GanView {
  steps: number;
  dLoss: number | null;
  gLoss: number | null;
  energy: number;
  history: LossPoint[];
  field: Float32Array;
  samples: Float32Array;
  grid: Float32Array;
  gridLine: Int32Array;
  data: Float32Array;
  /** The step at which the pictures were taken. */
  pictureSteps: number;
  msPerStep: number | null;
}

const CHUNK_MS = 25;
const REFRESH_MS = 500;
const CURVE_MS = 250;
const MAX_HISTORY = 900;

export function useGanTraining(rt: TfRuntime | null, generation: number, opts: GanState, run: boolean, resetCount: number) {
  const [view, setView] = useState<GanView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const trainerRef = useRef<Trainer | null>(null);
  const trainerGeneration = useRef(-1);
  const viewRef = useRef<GanView | null>(null);
  // The newest generation, for jobs queued by cleanups of an older render.
  const generationRef = useRef(generation);
  useLayoutEffect(() => {
    generationRef.current = generation;
  }, [generation]);
  const [jobs, setJobs] = useState(0);
  const [lanes] = useState(() => jobLanes(generation, setJobs));
  const [looping, setLooping] = useState(false);
  const [reading] = useState(() => new Set<Readable>());
  /**
   * The generation of a Step in progress (-1: none): a Step left hanging on a lost context does not
   * block the next generation's. And the measured time per generator step, which sizes the chunks.
   */
  const steppingRef = useRef(-1);
  const perStepRef = useRef(30);
  const currentTrainer = () => (trainerGeneration.current === generationRef.current ? trainerRef.current : null);
  const publish = (v: GanView) => {
    viewRef.current = v;
    setView(v);
  };

  // New networks whenever what they learn, or how, changes (and after a backend change or Reset).
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
        const t = new Trainer(rt.tf, {
          dataset: opts.dataset,
          seed: opts.seed,
          gLr: opts.glr,
          dLr: opts.dlr,
          dSteps: opts.dsteps,
        });
        trainerRef.current = t;
        trainerGeneration.current = made;
        const [dLoss, gLoss] = await readBack(t.losses(), reading);
        const snap = await snapshot(t, reading);
        const history: LossPoint[] = [
          { step: 0, value: dLoss ?? NaN, series: 'discriminator' },
          { step: 0, value: gLoss ?? NaN, series: 'generator' },
          { step: 0, value: snap.energy, series: 'energy distance' },
        ];
        if (live && t === trainerRef.current)
          publish({ steps: 0, dLoss: null, gLoss: null, history, data: t.train, gridLine: t.gridLine, msPerStep: null, ...snap });
      })
      .catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [rt, generation, opts.dataset, opts.seed, opts.glr, opts.dlr, opts.dsteps, resetCount, reading, lanes]);

  // Dispose the last networks when the widget goes away.
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
    const pending: LossPoint[] = [];
    let frame = 0;
    const chunk = async () => {
      const t = currentTrainer();
      const before = viewRef.current;
      if (!t || !before) return;
      const k = Math.max(1, Math.min(50, Math.floor(CHUNK_MS / perStep)));
      const t0 = performance.now();
      const [dLoss = NaN, gLoss = NaN] = await readBack(t.step(k), reading);
      perStep = (performance.now() - t0) / k;
      pending.push(
        { step: t.steps, value: dLoss, series: 'discriminator' },
        { step: t.steps, value: gLoss, series: 'generator' },
      );
      const now = performance.now();
      let history = before.history;
      if (now - lastCurve > CURVE_MS) {
        history = thin([...history, ...pending.splice(0)]);
        lastCurve = now;
      }
      let next: GanView = { ...before, steps: t.steps, dLoss, gLoss, msPerStep: perStep, history };
      if (performance.now() - lastRefresh > refreshEvery) {
        const s0 = performance.now();
        const snap = await snapshot(t, reading);
        lastRefresh = performance.now();
        // Pictures take at most about a fifth of the time: training is the point.
        refreshEvery = Math.max(REFRESH_MS, 4 * (lastRefresh - s0));
        next = { ...next, ...snap, history: thin([...history, ...pending.splice(0), energyPoint(t, snap.energy)]) };
      }
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
          const history = thin([...v.history, ...pending.splice(0), energyPoint(t, snap.energy)]);
          if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, history });
        })
        .catch((e: unknown) => setError(message(e)))
        .finally(() => setLooping(false));
    };
  }, [run, rt, reading, lanes]);

  /**
   * Take k generator steps now (while paused), in chunks of about CHUNK_MS with a turn for the page
   * between them, then bring the pictures up to date. A click while a Step is still running is ignored,
   * so that clicks cannot queue minutes of work.
   */
  const step = (k: number) => {
    const gen = generationRef.current;
    if (steppingRef.current === gen) return;
    steppingRef.current = gen;
    void lanes
      .enqueue(gen, async () => {
        const t = currentTrainer();
        const v = viewRef.current;
        if (!t || !v) return;
        const t0 = performance.now();
        let dSum = 0;
        let gSum = 0;
        for (let done = 0; done < k;) {
          const n = Math.max(1, Math.min(k - done, Math.floor(CHUNK_MS / perStepRef.current)));
          const c0 = performance.now();
          const [dLoss = NaN, gLoss = NaN] = await readBack(t.step(n), reading);
          perStepRef.current = (performance.now() - c0) / n;
          dSum += n * dLoss;
          gSum += n * gLoss;
          done += n;
          await yieldToPage();
        }
        const [dLoss, gLoss] = [dSum / k, gSum / k];
        const msPerStep = (performance.now() - t0) / k;
        const snap = await snapshot(t, reading);
        const history = thin([
          ...v.history,
          { step: t.steps, value: dLoss, series: 'discriminator' },
          { step: t.steps, value: gLoss, series: 'generator' },
          energyPoint(t, snap.energy),
        ]);
        if (t === trainerRef.current) publish({ ...v, ...snap, steps: t.steps, dLoss, gLoss, msPerStep, history });
      })
      .catch((e: unknown) => setError(message(e)))
      .finally(() => {
        if (steppingRef.current === gen) steppingRef.current = -1;
      });
  };

  return { view, error, busy: jobs > 0 || looping, step };
}

const energyPoint = (t: Trainer, energy: number): LossPoint => ({ step: t.steps, value: energy, series: 'energy distance' });

/** D's field, the samples and the warped grid, read back with a turn for the page between them. */
async function snapshot(t: Trainer, reading: Set<Readable>) {
  const field = await readBack(t.field(), reading);
  await yieldToPage();
  const samples = await readBack(t.samples(), reading);
  await yieldToPage();
  const grid = await readBack(t.gridImage(), reading);
  await yieldToPage();
  return { field, samples, grid, energy: energyDistance(samples, t.test), pictureSteps: t.steps };
}

/** Keep the curves light: past MAX_HISTORY points, drop every other loss point (energy points stay). */
function thin(history: LossPoint[]): LossPoint[] {
  if (history.length <= MAX_HISTORY) return history;
  const seen = { discriminator: 0, generator: 0, 'energy distance': 0 };
  return history.filter((p) => p.series === 'energy distance' || seen[p.series]++ % 2 === 0);
}

function message(e: unknown): string {
  return `Training stopped: ${e instanceof Error ? e.message : String(e)}`;
}
