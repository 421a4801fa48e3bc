/** The denoising figure: corrupt a held-out digit and compare what dae-d16 and ae-d16 make of it. */
import { useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useModel } from '../lib/ui/useModel';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { DigitPicker } from '../lib/digits/DigitPicker';
import { digitPixels } from '../lib/digits/sets';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { CORRUPTIONS, CORRUPTION_LABELS, LEVEL_MEANING, corruptDigit, mse, reconstructOne, type Corruption } from './core';
import { WIDGET_ID, schema } from './state';

export default function DenoisingIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Denoising />}</WidgetRoot>;
}

function Denoising() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { digit, type, level, seed } = state;
  const dae = useModel('dae-d16');
  const ae = useModel('ae-d16');
  const digits = useDigitSet('mnist-heldout');

  const clean = useMemo(() => (digits.status === 'ready' ? digitPixels(digits.value, digit) : null), [digits, digit]);
  const result = useMemo(() => {
    if (!clean || dae.model.status !== 'ready' || ae.model.status !== 'ready' || !dae.tf.rt) return null;
    const tf = dae.tf.rt.tf;
    const corrupted = corruptDigit(clean, type, level, seed);
    const fromDae = reconstructOne(tf, dae.model.value, corrupted);
    const fromAe = reconstructOne(tf, ae.model.value, corrupted);
    return {
      corrupted,
      fromDae,
      fromAe,
      mse: { corrupted: mse(corrupted, clean), dae: mse(fromDae, clean), ae: mse(fromAe, clean) },
    };
  }, [clean, dae.model, ae.model, dae.tf.rt, type, level, seed]);

  const label = digits.status === 'ready' ? digits.value.labels[digit] : undefined;
  const panels = [
    { key: 'clean', title: 'Clean digit', values: clean, err: null, alt: `held-out digit ${digit}, a ${label ?? '?'}` },
    {
      key: 'corrupted',
      title: 'Corrupted input',
      values: result?.corrupted ?? null,
      err: result?.mse.corrupted,
      alt: `the digit after ${CORRUPTION_LABELS[type].toLowerCase()} at level ${level}`,
    },
    {
      key: 'dae',
      title: 'dae-d16 output',
      values: result?.fromDae ?? null,
      err: result?.mse.dae,
      alt: 'what the denoising autoencoder reconstructs from the corrupted input',
    },
    {
      key: 'ae',
      title: 'ae-d16 output',
      values: result?.fromAe ?? null,
      err: result?.mse.ae,
      alt: 'what the plain autoencoder reconstructs from the corrupted input',
    },
  ] as const;

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Corruption
          <select value={type} onChange={(e) => setState((s) => ({ ...s, type: e.currentTarget.value as Corruption }))}>
            {CORRUPTIONS.map((c) => (
              <option value={c}>{CORRUPTION_LABELS[c]}</option>
            ))}
          </select>
        </label>
        <label>
          Level: {LEVEL_MEANING[type]} = {fixed(level, 2)}
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={level}
            onInput={(e) => setState((s) => ({ ...s, level: Number(e.currentTarget.value) }))}
          />
        </label>
        <button type="button" onClick={() => setState((s) => ({ ...s, seed: (s.seed % 999999) + 1 }))}>
          New noise
        </button>
        <span class="widget-readout" data-testid="denoise-seed">
          Noise seed {seed}
        </span>
      </div>
      {digits.status === 'ready' ? (
        <DigitPicker
          set={digits.value}
          index={digit}
          label="Held-out digit"
          onChange={(d) => setState((s) => ({ ...s, digit: d }))}
        />
      ) : (
        <AssetStatus state={digits} what="the held-out digits" />
      )}
      <AssetStatus state={dae.model} what="the denoising autoencoder dae-d16" />
      <AssetStatus state={ae.model} what="the autoencoder ae-d16" />
      <TfStatus tf={dae.tf} />
      <div class="denoise-panels" aria-live="polite">
        {panels.map((p) => (
          <div class="denoise-panel" key={p.key}>
            <p class="denoise-panel-title">{p.title}</p>
            <DigitCanvas values={p.values} label={p.alt} testId={`denoise-img-${p.key}`} />
            <p class="widget-readout" data-testid={`denoise-mse-${p.key}`}>
              {p.key === 'clean' ? `a ${label ?? '?'}` : p.err === undefined ? '…' : `MSE ${fixed(p.err ?? NaN, 4)}`}
            </p>
          </div>
        ))}
      </div>
      <div class="widget-status">
        <BackendBadge rt={dae.tf.rt} />
        <ModelCards ids={['dae-d16', 'ae-d16']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
