/** The live figure: k-means on the held-out digits in the representation and with the k and seed the reader picks. */
import { useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { concatImages } from '../lib/digits/paint';
import { digitPixels, type DigitSet } from '../lib/digits/sets';
import { K_RANGE, REPRESENTATIONS, REPRESENTATION_LABEL, SEED_RANGE, describeSummary, type Representation } from './core';
import { ClusterTable, CompareTable, type StripProps } from './Tables';
import { WIDGET_ID, schema } from './state';
import { useClusters, useRepresentations } from './useClusters';

export default function LearnedClustersIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <LearnedClusters />}</WidgetRoot>;
}

const WORKLOADS = ['interactive', 'batched'] as const;

function stripFor(set: DigitSet) {
  return function Strip({ indices, label }: StripProps) {
    const values = useMemo(() => concatImages(indices.map((i) => digitPixels(set, i))), [indices]);
    return <DigitCanvas values={values} count={indices.length} cols={indices.length} label={label} class="lc-strip" />;
  };
}

function LearnedClusters() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { rep, k, seed } = state;
  const digits = useDigitSet('mnist-heldout');
  const pca = useModel('pca');
  const ae = useModel('ae-d16');
  const vae = useModel('vae-d16');
  const tf = ae.tf;
  const set = digits.status === 'ready' ? digits.value : null;
  const points = useRepresentations(tf.rt, set, {
    pca16: pca.model.status === 'ready' ? pca.model.value : null,
    ae16: ae.model.status === 'ready' ? ae.model.value : null,
    vae16: vae.model.status === 'ready' ? vae.model.value : null,
  });
  const run = useClusters(points, set ? set.labels : null, rep, k, seed);
  const Strip = useMemo(() => (set ? stripFor(set) : null), [set]);
  const summary = run.results[rep];

  const setNumber = (key: 'k' | 'seed', raw: string, range: { min: number; max: number }) => {
    const v = Number(raw);
    if (raw === '' || !Number.isInteger(v)) return;
    setState((s) => ({ ...s, [key]: Math.min(range.max, Math.max(range.min, v)) }));
  };

  const p = run.progress;
  const progress = p
    ? `Clustering the ${REPRESENTATION_LABEL[p.rep]}: restart ${p.restart} of ${p.restarts}, ${p.iteration} Lloyd iterations…`
    : summary
      ? ''
      : points[rep]
        ? 'Clustering…'
        : 'Waiting for the digits and the model…';

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      <AssetStatus state={pca.model} what="the pca model" />
      <AssetStatus state={ae.model} what="the ae-d16 model" />
      <AssetStatus state={vae.model} what="the vae-d16 model" />
      <div class="widget-controls lc-controls">
        <fieldset class="lc-reps">
          <legend>Representation</legend>
          {REPRESENTATIONS.map((r: Representation) => (
            <label key={r}>
              <input
                type="radio"
                name="lc-rep"
                value={r}
                checked={rep === r}
                onChange={() => setState((s) => ({ ...s, rep: r }))}
              />{' '}
              {REPRESENTATION_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <label>
          Number of clusters k{' '}
          <input
            type="number"
            min={K_RANGE.min}
            max={K_RANGE.max}
            step={1}
            value={k}
            onChange={(e) => setNumber('k', e.currentTarget.value, K_RANGE)}
          />
        </label>
        <label>
          Seed of the first restart{' '}
          <input
            type="number"
            min={SEED_RANGE.min}
            max={SEED_RANGE.max}
            step={1}
            value={seed}
            onChange={(e) => setNumber('seed', e.currentTarget.value, SEED_RANGE)}
          />
        </label>
      </div>
      <p class="lc-progress" data-testid="lc-progress">
        {progress}
      </p>
      <p class="widget-readout" aria-live="polite" data-testid="lc-summary">
        {summary ? describeSummary(rep, summary) : ''}
      </p>
      <CompareTable rep={rep} k={k} seed={seed} results={run.results} />
      {summary && Strip && set && <ClusterTable rep={rep} summary={summary} labels={set.labels} Strip={Strip} />}
      <div class="widget-status">
        <BackendBadge rt={tf.rt} workloads={WORKLOADS} />
        <ModelCards ids={['pca', 'ae-d16', 'vae-d16']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
