/** The live reconstruction figure: one digit, its reconstructions by ae-d16, ae-d2 and PCA with k components, and their errors. */
import { useMemo, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { modelCardHref } from '../lib/ui/ModelCards';
import type { ModelId } from '../lib/models/registry';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { HELD_OUT, digitPixels } from '../lib/digits/sets';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { galleryIndices, randomIndex, reconstructAll, type Method } from './core';
import { mnistLike } from './mnist-preprocess';
import { PAD } from './draw';
import { DrawPad } from './DrawPad';
import { Gallery } from './Gallery';
import { MAX_K, WIDGET_ID, schema } from './state';
import { useReconModels } from './useReconModels';

export default function ReconstructionIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Reconstruction />}</WidgetRoot>;
}

const PANEL = 112;

function Reconstruction() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { digit, k } = state;
  const digits = useDigitSet('mnist-heldout');
  const { tf, ae16, ae2, pca } = useReconModels();
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [usingDrawing, setUsingDrawing] = useState(false);

  const set = digits.status === 'ready' ? digits.value : null;
  const gallery = useMemo(() => (set ? galleryIndices(set.labels) : []), [set]);
  const heldOut = useMemo(() => (set ? digitPixels(set, digit) : null), [set, digit]);
  const input = usingDrawing ? drawn : heldOut;

  const m16 = ae16.status === 'ready' ? ae16.value : null;
  const m2 = ae2.status === 'ready' ? ae2.value : null;
  const mPca = pca.status === 'ready' ? pca.value : null;
  const result = useMemo(
    () => (m16 && m2 && mPca && tf.rt && input ? reconstructAll(tf.rt.tf, { ae16: m16, ae2: m2, pca: mPca }, input, k) : null),
    [m16, m2, mPca, tf.rt, input, k],
  );

  const pick = (index: number) => {
    setUsingDrawing(false);
    setState((s) => ({ ...s, digit: index }));
  };
  const nextRandom = () => {
    setUsingDrawing(false);
    setState((s) => {
      const seed = (s.seed + 1) % 2 ** 31;
      return { ...s, seed, digit: randomIndex(seed, HELD_OUT) };
    });
  };
  const onDraw = (ink: Float32Array | null) => {
    setDrawn(ink ? mnistLike({ width: PAD, height: PAD, ink }) : null);
    setUsingDrawing(ink !== null);
  };

  const label = usingDrawing
    ? 'your drawing'
    : set
      ? `held-out digit #${digit}, a ${set.labels[digit] ?? '?'}`
      : `held-out digit #${digit}`;
  const panels: { method: Method; title: string; model: ModelId }[] = [
    { method: 'ae16', title: 'ae-d16 (16 numbers)', model: 'ae-d16' },
    { method: 'ae2', title: 'ae-d2 (2 numbers)', model: 'ae-d2' },
    { method: 'pca', title: `PCA, k = ${k}`, model: 'pca' },
  ];
  const sameSize =
    k === 16
      ? 'At k = 16, PCA and ae-d16 keep the same number of values per digit.'
      : k === 2
        ? 'At k = 2, PCA and ae-d2 keep the same number of values per digit.'
        : null;

  return (
    <>
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      <AssetStatus state={ae16} what="the ae-d16 model" />
      <AssetStatus state={ae2} what="the ae-d2 model" />
      <AssetStatus state={pca} what="the PCA model" />
      <div class="recon-layout">
        <div class="recon-inputs">
          {set && <Gallery indices={gallery} set={set} selected={usingDrawing ? null : digit} onPick={pick} />}
          <div class="widget-controls">
            <button type="button" onClick={nextRandom} disabled={!set}>
              Next random digit
            </button>
          </div>
          <DrawPad onChange={onDraw} />
        </div>
        <div class="recon-results" data-testid="recon-results" data-ready={result ? 'true' : 'false'}>
          <div class="recon-panels">
            <div class="recon-panel">
              <p>Input</p>
              <DigitCanvas values={input} display={PANEL} label={`Input: ${label}`} testId="recon-input" />
              <p class="recon-mse">{usingDrawing ? 'drawn' : `#${digit}`}</p>
            </div>
            {panels.map(({ method, title, model }) => {
              const r = result?.[method];
              return (
                <div class="recon-panel">
                  <p>
                    <a href={modelCardHref(model)}>{title}</a>
                  </p>
                  <DigitCanvas
                    values={r?.pixels ?? null}
                    display={PANEL}
                    label={`Reconstruction of ${label} by ${title}`}
                    testId={`recon-out-${method}`}
                  />
                  <p class="recon-mse" data-testid={`recon-mse-${method}`} data-mse={r ? String(r.mse) : undefined}>
                    MSE {r ? fixed(r.mse, 4) : '…'}
                  </p>
                </div>
              );
            })}
          </div>
          <div class="widget-controls">
            <label>
              PCA components k = {k}
              <input
                type="range"
                min={1}
                max={MAX_K}
                step={1}
                value={k}
                onInput={(e) => setState((s) => ({ ...s, k: Number(e.currentTarget.value) }))}
              />
            </label>
          </div>
          <p class="widget-readout" aria-live="polite" data-testid="recon-summary">
            {result
              ? `For ${label}: mean squared error per pixel ${fixed(result.ae16.mse, 4)} for ae-d16, ${fixed(result.ae2.mse, 4)} for ae-d2 and ${fixed(result.pca.mse, 4)} for PCA with ${k} components.`
              : input
                ? 'Loading the models…'
                : usingDrawing
                  ? ''
                  : 'Loading the digits…'}{' '}
            {sameSize}
          </p>
          {usingDrawing && (
            <p class="widget-readout">
              Your drawing was centred and scaled as MNIST digits were. It is not part of a copied link.
            </p>
          )}
        </div>
      </div>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
