/** The live figure: a digit's views and their similarity, the map of the held-out codes, and neighbours in two spaces. */
import { useCallback, useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed, percent } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { useTheme } from '../lib/ui/useTheme';
import { usePlot } from '../lib/plot/usePlot';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { DigitPicker } from '../lib/digits/DigitPicker';
import { digitPixels, type DigitSet } from '../lib/digits/sets';
import { NEIGHBOURS, VIEWS, mean, nearestByCosine, nearestByDistance } from './core';
import type { ContrastiveModel } from './encode';
import { MapPanel } from './MapPanel';
import { NeighbourColumns, ViewStrip, type DigitProps } from './Panels';
import { curveLabel, curveOptions } from './plot';
import { SEED_MAX, STRENGTH, WIDGET_ID, schema } from './state';
import { useCodes } from './useCodes';
import { useCurve, useViews } from './useViews';

export default function ContrastiveCodesIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <ContrastiveCodes />}</WidgetRoot>;
}

const WORKLOADS = ['interactive', 'batched'] as const;

/** Draws a held-out digit by index, or view j of `views` for index −1 − j. */
function digitFor(set: DigitSet | null, views: readonly Float32Array[]) {
  return function Digit({ index, label }: DigitProps) {
    const values = useMemo(() => (index >= 0 ? set && digitPixels(set, index) : (views[-1 - index] ?? null)), [index]);
    return <DigitCanvas values={values} label={label} class="simclr-digit" />;
  };
}

function ContrastiveCodes() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { digit, strength, seed } = state;
  const theme = useTheme();
  const digits = useDigitSet('mnist-heldout');
  const { tf, model } = useModel('simclr-d128');
  const set = digits.status === 'ready' ? digits.value : null;
  const net = model.status === 'ready' ? (model.value as unknown as ContrastiveModel) : null;
  const ready = useMemo(() => (tf.rt && net ? { tf: tf.rt.tf, model: net } : null), [tf.rt, net]);
  const codes = useCodes(tf.rt, set, net);
  const image = useMemo(() => (set ? digitPixels(set, digit) : null), [set, digit]);
  const views = useViews(ready, image, digit, seed, strength);
  const curve = useCurve(ready, image, digit, seed);
  const viewsNow = views?.key === `${digit}:${seed}:${strength}` ? views : null;
  const curveNow = curve?.key === `${digit}:${seed}` ? curve.curve : null;
  const lists = useMemo(
    () =>
      codes
        ? {
            codes: nearestByCosine(codes.features, digit, NEIGHBOURS),
            pixels: nearestByDistance(codes.pixels, digit, NEIGHBOURS),
          }
        : {},
    [codes, digit],
  );
  const Digit = useMemo(() => (set ? digitFor(set, []) : null), [set]);
  const ViewDigit = useMemo(() => (viewsNow ? digitFor(null, viewsNow.views) : null), [viewsNow]);
  const meanNow = viewsNow ? mean(viewsNow.similarities) : null;
  const buildCurve = useCallback(
    (width: number) => curveOptions({ curve: curveNow ?? [], strength, current: meanNow, width }),
    [curveNow, strength, meanNow],
  );
  const curveRef = usePlot(curveNow ? buildCurve : null, curveNow ? curveLabel(digit, curveNow) : 'Similarity curve, computing');
  const pick = (i: number) => setState((s) => ({ ...s, digit: i }));
  const label = set ? (set.labels[digit] as number) : null;
  const x = codes?.map.coords[2 * digit];
  const y = codes?.map.coords[2 * digit + 1];

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      <AssetStatus state={model} what="the simclr-d128 model" />
      {set && (
        <div class="simclr-controls">
          <DigitPicker set={set} index={digit} onChange={pick} label="Held-out digit" />
          <div class="widget-controls">
            <label>
              Strength of the views{' '}
              <input
                type="range"
                min={STRENGTH.min}
                max={STRENGTH.max}
                step={STRENGTH.step}
                value={strength}
                onInput={(e) => setState((s) => ({ ...s, strength: Number(e.currentTarget.value) }))}
              />{' '}
              <output data-testid="simclr-strength">{fixed(strength, 2)}× training</output>
            </label>
            <label>
              Seed{' '}
              <input
                type="number"
                min={1}
                max={SEED_MAX}
                step={1}
                value={seed}
                onChange={(e) => {
                  const v = Number(e.currentTarget.value);
                  if (Number.isInteger(v) && v >= 1 && v <= SEED_MAX) setState((s) => ({ ...s, seed: v }));
                }}
              />
            </label>
            <button type="button" onClick={() => setState((s) => ({ ...s, seed: (s.seed % SEED_MAX) + 1 }))}>
              New views
            </button>
          </div>
        </div>
      )}
      <section class="simclr-panel" aria-label="Views of the digit">
        <h4 class="simclr-heading">{VIEWS} random views, and how close each projection stays to the original's</h4>
        <div class="simclr-views-row">
          <DigitCanvas values={image} label={set ? `held-out digit ${digit}, a ${label}` : ''} class="simclr-original" />
          {viewsNow && ViewDigit ? (
            <ViewStrip similarities={viewsNow.similarities} Digit={ViewDigit} />
          ) : (
            <p>Drawing the views…</p>
          )}
        </div>
        <p class="widget-readout" aria-live="polite" data-testid="simclr-mean" data-key={viewsNow?.key ?? ''}>
          {meanNow !== null ? `Mean cosine similarity of the ${VIEWS} views to the original: ${fixed(meanNow, 3)}` : ''}
        </p>
      </section>
      <div class="simclr-two">
        <section class="simclr-panel" aria-label="Map of the codes">
          <h4 class="simclr-heading">The held-out codes on their first two principal components</h4>
          {codes && set ? (
            <MapPanel map={codes.map} labels={set.labels} digit={digit} theme={theme} onPick={pick} />
          ) : (
            <p class="widget-progress" role="status">
              Encoding the 1,000 held-out digits and finding their principal components…
            </p>
          )}
          <p class="widget-readout" data-testid="simclr-coords">
            {codes && x !== undefined && y !== undefined
              ? `Digit ${digit} (a ${label}) sits at (${fixed(x, 2)}, ${fixed(y, 2)}); the two components hold ${percent(
                  (codes.map.variances[0] + codes.map.variances[1]) / codes.map.total,
                  1,
                )} of the features' variance.`
              : ''}
          </p>
        </section>
        <section class="simclr-panel" aria-label="Similarity against strength">
          <h4 class="simclr-heading">Similarity of the views as they grow stronger</h4>
          <div
            class="widget-plot"
            ref={curveRef}
            data-testid="simclr-curve"
            data-key={curveNow ? `${digit}:${seed}` : ''}
            data-curve={curveNow?.map((c) => fixed(c, 3)).join(' ') ?? ''}
          />
          {!curveNow && <p class="widget-progress">Drawing views at 21 strengths…</p>}
        </section>
      </div>
      <section class="simclr-panel" aria-label="Nearest neighbours">
        <h4 class="simclr-heading">The {NEIGHBOURS} held-out digits nearest to it</h4>
        {set && Digit && <NeighbourColumns digit={digit} labels={set.labels} lists={lists} Digit={Digit} />}
      </section>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} workloads={WORKLOADS} />
        <ModelCards ids={['simclr-d128']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
