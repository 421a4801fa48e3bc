import { useCallback, useState } from 'preact/hooks';
import { useInView } from './useInView';

/**
 * The one policy for figures that train a model live in the page:
 * - training never starts by itself: the reader presses Start;
 * - Pause stops it, Resume carries on, Step takes a fixed number of steps and
 *   pauses, Reset starts over with the same settings, and Train again (once a
 *   run with an end has finished) starts over and trains;
 * - it pauses while the figure is off screen or the tab is hidden, and carries
 *   on when it is back;
 * - with reduced motion (`reducedMotion`), a figure redraws less often, in
 *   bigger jumps.
 * `useLiveTraining` holds the reader's wish; `liveTraining` combines it with
 * where the run is. The figure takes its steps while `running` holds, pauses
 * when a run reaches its end, and shows the controls with <TrainingControls>.
 */
export interface TrainingWish {
  /** The reader asked for training (Start or Resume) and has not paused it. */
  wanted: boolean;
  /** The figure is on screen and the tab visible. */
  inView: boolean;
  reducedMotion: boolean;
  start: () => void;
  pause: () => void;
}

export function useLiveTraining(root: { current: Element | null }): TrainingWish {
  const [wanted, setWanted] = useState(false);
  const [reducedMotion] = useState(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  const inView = useInView(root);
  const start = useCallback(() => setWanted(true), []);
  const pause = useCallback(() => setWanted(false), []);
  return { wanted, inView, reducedMotion, start, pause };
}

export interface LiveTraining extends TrainingWish {
  /** Training should run now: wanted, on screen, ready and not finished. */
  running: boolean;
  /** Wanted, but paused because the figure is out of view. */
  away: boolean;
  ready: boolean;
  finished: boolean;
  steps: number;
}

export interface RunState {
  /** Steps (or epochs) taken so far. */
  steps: number;
  /** Where a run ends, if it has an end. */
  maxSteps?: number;
  /** The model exists and can take a step (default true). */
  ready?: boolean;
}

export function liveTraining(wish: TrainingWish, { steps, maxSteps = Infinity, ready = true }: RunState): LiveTraining {
  const finished = steps >= maxSteps;
  return {
    ...wish,
    running: wish.wanted && wish.inView && ready && !finished,
    away: wish.wanted && !wish.inView,
    ready,
    finished,
    steps,
  };
}

/** What the controls say about the run, in the same words in every figure. */
export function trainingStatus(t: LiveTraining, busy = false): string {
  if (!t.ready) return 'Preparing the model…';
  if (t.running) return 'Training…';
  if (busy) return 'Finishing the current step…';
  if (t.finished) return 'Finished.';
  if (t.away) return 'Paused while the figure is out of view.';
  return t.steps > 0 ? 'Paused.' : 'Ready: press Start.';
}
