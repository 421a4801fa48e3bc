/**
 * What a Train press starts: the training and held-out digits, the chosen representations'
 * models (nothing downloads before the first press), then, per representation, its features
 * and a probe trained in a worker. Reports each held-out accuracy as it is found.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { bytesToPixels } from '../lib/models/preprocess';
import { isAbort } from '../lib/schedule';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useLatest } from '../lib/ui/useLatest';
import { useModel } from '../lib/ui/useModel';
import { REPRESENTATION_INFO, effectiveDraw, labelledRows, type LabelCount, type Representation, type RunPoint } from './core';
import { MODEL_OF, encoderOf, type LearnedRepresentation, type RepresentationModels } from './encoders';
import { probeSets, type Digits } from './features';
import { runProbe } from './run-probe';

export interface Job {
  readonly id: number;
  readonly count: LabelCount;
  readonly draw: number;
  readonly reps: readonly Representation[];
  /** Runs already in the page, skipped. */
  readonly skip: ReadonlySet<string>;
}

const WORKLOADS = ['interactive', 'batched'] as const;
const LEARNED = Object.keys(MODEL_OF) as LearnedRepresentation[];

interface Status {
  readonly text: string;
  readonly done: number;
  readonly total: number;
}

export function Runner({
  job,
  onResult,
  onIdle,
}: {
  job: Job;
  onResult: (p: RunPoint) => void;
  onIdle: (busy: boolean, error?: string) => void;
}) {
  const train = useDigitSet('mnist-train');
  const held = useDigitSet('mnist-heldout');
  // A model downloads once some job has asked for it, and stays.
  const [wanted, setWanted] = useState<ReadonlySet<Representation>>(new Set(job.reps));
  useEffect(() => setWanted((w) => (job.reps.every((r) => w.has(r)) ? w : new Set([...w, ...job.reps]))), [job]);
  const models = {
    'pca-16': useModel('pca', { enabled: wanted.has('pca-16') }),
    'ae-d16': useModel('ae-d16', { enabled: wanted.has('ae-d16') }),
    'vae-d16': useModel('vae-d16', { enabled: wanted.has('vae-d16') }),
    'simclr-d128': useModel('simclr-d128', { enabled: wanted.has('simclr-d128') }),
    'rotation-d128': useModel('rotation-d128', { enabled: wanted.has('rotation-d128') }),
  };
  const tf = models['simclr-d128'].tf;
  const ready = <T,>(s: { status: string; value?: T }) => (s.status === 'ready' ? (s.value ?? null) : null);
  const trainSet = ready(train);
  const heldSet = ready(held);
  const digits = useMemo<Digits | null>(
    () =>
      trainSet && heldSet
        ? {
            trainImages: trainSet.images,
            trainLabels: trainSet.labels,
            heldPixels: bytesToPixels(heldSet.images),
            heldLabels: heldSet.labels,
          }
        : null,
    [trainSet, heldSet],
  );
  const modelOf = (rep: LearnedRepresentation) => {
    const m = models[rep].model;
    return m.status === 'ready' ? (m.value as unknown as RepresentationModels[LearnedRepresentation]) : null;
  };
  const needed = job.reps.filter((r): r is LearnedRepresentation => r !== 'pixels');
  const loaded = needed.map(modelOf);
  const allReady = digits !== null && tf.rt !== null && loaded.every((m) => m !== null);
  const [status, setStatus] = useState<Status | null>(null);
  const callbacks = useLatest({ onResult, onIdle });
  const modelsRef = useLatest(loaded);

  useEffect(() => {
    if (!allReady || !digits || !tf.rt) return;
    const rt = tf.rt;
    const controller = new AbortController();
    const { signal } = controller;
    const { onResult: report, onIdle: idle } = callbacks.current;
    const draw = effectiveDraw(job.count, job.draw, digits.trainLabels.length);
    const rows = labelledRows(digits.trainLabels, job.count, draw);
    const reps = job.reps.filter((r) => !job.skip.has(`${r}:${job.count}:${draw}`));
    idle(true);
    void (async () => {
      try {
        for (const rep of reps) {
          const name = REPRESENTATION_INFO[rep].name;
          const model = rep === 'pixels' ? null : modelsRef.current[needed.indexOf(rep)];
          const encoder =
            rep === 'pixels' || !model
              ? null
              : { tf: rt.tf, run: <T,>(fn: () => T) => rt.run('batched', fn), encode: encoderOf(rt.tf, rep, model) };
          const sets = await probeSets(model ?? digits, encoder, digits, rows, signal, (done, total) =>
            setStatus({ text: `Encoding digits as ${name}`, done, total }),
          );
          setStatus({ text: `Training the probe on ${name}`, done: 0, total: 1 });
          const accuracy = await runProbe(sets.train, sets.held, signal, (done, total) =>
            setStatus({ text: `Training the probe on ${name}`, done, total }),
          );
          if (signal.aborted) return;
          report({ method: rep, labels: job.count, draw, accuracy });
        }
        setStatus(null);
        idle(false);
      } catch (e) {
        if (isAbort(e)) return;
        setStatus(null);
        idle(false, e instanceof Error ? e.message : String(e));
      }
    })();
    return () => controller.abort();
    // The job and readiness start a run; the models are read through a ref when it reaches them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job, allReady, digits, tf.rt]);

  return (
    <>
      <TfStatus tf={tf} />
      <AssetStatus state={train} what="the 9,000 training digits" />
      <AssetStatus state={held} what="the held-out digits" />
      {LEARNED.filter((r) => wanted.has(r)).map((r) => (
        <AssetStatus key={r} state={models[r].model} what={`the ${MODEL_OF[r]} model`} />
      ))}
      {status && (
        <p class="widget-progress" role="status" data-testid="fewlabels-progress">
          {status.text}: {status.done} of {status.total}…{' '}
          <progress max={status.total} value={status.done} aria-label={status.text} />
        </p>
      )}
      <div class="widget-status">
        <BackendBadge rt={tf.rt} workloads={WORKLOADS} />
        <ModelCards ids={LEARNED.filter((r) => wanted.has(r)).map((r) => MODEL_OF[r])} />
      </div>
    </>
  );
}
