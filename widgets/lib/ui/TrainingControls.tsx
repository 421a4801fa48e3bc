import { trainingStatus, type LiveTraining } from './useLiveTraining';

interface Props {
  training: LiveTraining;
  /** Take `stepCount` steps now (the controls pause training first). */
  onStep: () => void;
  stepCount: number;
  /** Start over with the same settings (the controls pause training first). */
  onReset: () => void;
  /** Work still in flight after a pause, reported as "finishing". */
  busy?: boolean;
  statusTestId?: string;
}

/** Start / Pause / Resume / Train again, Step and Reset, with the run's status: the same bar in every figure that trains live. */
export function TrainingControls({ training: t, onStep, stepCount, onReset, busy = false, statusTestId }: Props) {
  const primary = t.finished ? 'Train again' : t.wanted ? 'Pause' : t.steps > 0 ? 'Resume' : 'Start';
  const onPrimary = () => {
    if (t.finished) {
      onReset();
      t.start();
    } else if (t.wanted) {
      t.pause();
    } else {
      t.start();
    }
  };
  return (
    <div class="widget-controls">
      <button type="button" onClick={onPrimary} disabled={!t.ready} aria-pressed={t.wanted && !t.finished}>
        {primary}
      </button>
      <button
        type="button"
        disabled={!t.ready || t.finished}
        onClick={() => {
          t.pause();
          onStep();
        }}
      >
        Step {stepCount}
      </button>
      <button
        type="button"
        disabled={!t.ready}
        onClick={() => {
          t.pause();
          onReset();
        }}
      >
        Reset
      </button>
      <span class="widget-readout" role="status" data-testid={statusTestId}>
        {trainingStatus(t, busy)}
      </span>
    </div>
  );
}
