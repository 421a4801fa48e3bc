/** The live latent-space figure: the held-out digits' 2-d codes, and any point of the plane decoded as you drag. */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { labelPlot } from '../lib/plot/plot-a11y';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { useTheme } from '../lib/ui/useTheme';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { IMAGE_SIZE, digitPixels } from '../lib/digits/sets';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { unpackCodes, unpackLabels } from '../lib/digits/codes';
import { LATENT_MODELS, clampTo, extentOf, nearestIndex, roundProbe, type LatentModelId } from './core';
import { Legend } from './Legend';
import { scatterOptions } from './plot';
import { WIDGET_ID, schema } from './state';
import { usePlane } from './usePlane';
import { useElementWidth } from '../lib/ui/useElementWidth';

export interface LatentProps {
  /** Base64 float32 codes (x, y interleaved) of the held-out digits, per model, computed at build time. */
  packed: Record<LatentModelId, string>;
  /** The held-out labels as a string of digits. */
  labels: string;
}

export default function LatentSpaceIsland(props: LatentProps) {
  return <WidgetRoot id={WIDGET_ID}>{() => <LatentSpace {...props} />}</WidgetRoot>;
}

const MODEL_NOTE: Record<LatentModelId, string> = {
  'ae-d2': 'ae-d2: plain autoencoder, grey digits',
  'vae-d2': 'vae-d2: variational autoencoder, black-and-white digits, posterior means',
};

function LatentSpace({ packed, labels: labelText }: LatentProps) {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const codesByModel = useMemo(
    () => ({ 'ae-d2': unpackCodes(packed['ae-d2']), 'vae-d2': unpackCodes(packed['vae-d2']) }),
    [packed],
  );
  const labels = useMemo(() => unpackLabels(labelText), [labelText]);
  const codes = codesByModel[state.model];
  const extent = useMemo(() => extentOf(codes), [codes]);
  const theme = useTheme();
  const { tf, model } = useModel(state.model);
  const digits = useDigitSet('mnist-heldout');
  const rootRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(rootRef, 460);
  const plotRef = useRef<HTMLDivElement>(null);
  const decodedRef = useRef<HTMLCanvasElement>(null);

  const decoder = model.status === 'ready' && tf.rt ? { tf: tf.rt.tf, model: model.value } : null;
  const plane = usePlane({ plotRef, decodedRef, codes, extent, decoder, initial: clampTo([state.z1, state.z2], extent) });
  const { probe, hover, lastMs, attach } = plane;

  const plotWidth = width >= 560 ? Math.min(460, width - 180) : width;
  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    const chart = Plot.plot(scatterOptions({ codes, labels, extent, width: plotWidth, theme }));
    labelPlot(
      chart,
      `Scatter of the 2-d codes of 1,000 held-out digits under ${state.model}, coloured by digit, with each digit's label at the middle of its points.`,
    );
    el.replaceChildren(chart);
    attach(chart);
  }, [codes, labels, extent, plotWidth, theme, state.model, attach]);

  // The link follows the probe a moment after it stops moving (browsers limit address-bar updates).
  const [z1, z2] = probe;
  useEffect(() => {
    const id = setTimeout(() => setState((s) => (s.z1 === z1 && s.z2 === z2 ? s : { ...s, z1, z2 })), 300);
    return () => clearTimeout(id);
  }, [z1, z2, setState]);

  const switchModel = (id: LatentModelId) => {
    const next = extentOf(codesByModel[id]);
    const z = roundProbe(clampTo(probe, next));
    plane.moveTo(z);
    setState((s) => ({ ...s, model: id, z1: z[0], z2: z[1] }));
  };

  const nearest = hover ?? nearestIndex(codes, probe, extent);
  const set = digits.status === 'ready' ? digits.value : null;
  const nearestPixels = useMemo(() => (set && nearest >= 0 ? digitPixels(set, nearest) : null), [set, nearest]);
  const nearestLabel = labels[nearest] ?? 0;
  const where = hover !== null ? 'under the pointer' : 'nearest the probe';

  return (
    <div ref={rootRef}>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <fieldset class="latent-models">
        <legend>Model</legend>
        {LATENT_MODELS.map((id) => (
          <label>
            <input type="radio" name="latent-model" value={id} checked={state.model === id} onChange={() => switchModel(id)} />{' '}
            {MODEL_NOTE[id]}
          </label>
        ))}
      </fieldset>
      <AssetStatus state={model} what={`the ${state.model} model`} />
      <div class="latent-layout">
        <div>
          <div
            class="widget-plot latent-plane"
            ref={plotRef}
            tabIndex={0}
            role="application"
            aria-roledescription="code plane"
            aria-label={`Code plane of ${state.model}. Arrow keys move the probe point (Shift: further); its decoded image is shown beside the plane.`}
            data-testid="latent-plane"
            onKeyDown={plane.onKeyDown}
          />
          <Legend theme={theme} />
        </div>
        <div class="latent-side">
          <p class="latent-caption">
            Decoded at z = (<span data-testid="latent-z1">{fixed(probe[0], 2)}</span>,{' '}
            <span data-testid="latent-z2">{fixed(probe[1], 2)}</span>)
          </p>
          <canvas
            ref={decodedRef}
            width={IMAGE_SIZE}
            height={IMAGE_SIZE}
            role="img"
            aria-label={`The decoder's image for the code (${fixed(probe[0], 2)}, ${fixed(probe[1], 2)})`}
            data-testid="latent-decoded"
            data-ready={lastMs !== null ? 'true' : 'false'}
            class="latent-canvas"
          />
          <p class="latent-timing" data-testid="latent-timing">
            {lastMs !== null ? `Decoded and drawn in ${lastMs.toFixed(1)} ms.` : decoder ? '' : 'Waiting for the model…'}
          </p>
          <div class="latent-nearest" aria-live="polite" data-testid="latent-nearest" data-index={nearest}>
            <p class="latent-caption">
              Held-out digit {where}: #{nearest}, a {nearestLabel}, code ({fixed(codes[2 * nearest] ?? NaN, 2)},{' '}
              {fixed(codes[2 * nearest + 1] ?? NaN, 2)})
            </p>
            <DigitCanvas
              values={nearestPixels}
              display={84}
              label={`Held-out digit #${nearest}, a ${nearestLabel}`}
              testId="latent-nearest-image"
            />
          </div>
        </div>
      </div>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <ModelCards ids={[state.model]} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, { ...state, z1: probe[0], z2: probe[1] })} />
      </div>
    </div>
  );
}
