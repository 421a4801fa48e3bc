/** The interpolation figure: decode the path between two held-out digits' codes, for ae-d16 and vae-d16. */
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
import { METHODS, type Method } from './core';
import { decodePath } from './encode';
import { MAX_STEPS, MIN_STEPS, WIDGET_ID, schema } from './state';

export default function InterpolationIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <Interpolation />}</WidgetRoot>;
}

const METHOD_LABELS: Record<Method, string> = { linear: 'linear', slerp: 'spherical (slerp)' };

function Interpolation() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { a, b, steps, method } = state;
  const ae = useModel('ae-d16');
  const vae = useModel('vae-d16');
  const digits = useDigitSet('mnist-heldout');
  const rt = ae.tf.rt;
  const ends = useMemo(
    () => (digits.status === 'ready' ? { a: digitPixels(digits.value, a), b: digitPixels(digits.value, b) } : null),
    [digits, a, b],
  );
  const rows = useMemo(() => {
    if (!rt || !ends || ae.model.status !== 'ready' || vae.model.status !== 'ready') return null;
    return {
      ae: decodePath(rt.tf, ae.model.value, ends.a, ends.b, steps, method),
      vae: decodePath(rt.tf, vae.model.value, ends.a, ends.b, steps, method),
    };
  }, [rt, ends, ae.model, vae.model, steps, method]);
  const labels = digits.status === 'ready' ? digits.value.labels : null;
  const la = labels?.[a] ?? '?';
  const lb = labels?.[b] ?? '?';

  return (
    <>
      <Messages problems={problems} />
      {digits.status === 'ready' ? (
        <div class="interp-pickers">
          <DigitPicker set={digits.value} index={a} label="Start digit" onChange={(i) => setState((s) => ({ ...s, a: i }))} />
          <DigitPicker set={digits.value} index={b} label="End digit" onChange={(i) => setState((s) => ({ ...s, b: i }))} />
        </div>
      ) : (
        <AssetStatus state={digits} what="the held-out digits" />
      )}
      <div class="widget-controls">
        <label>
          Steps: {steps}
          <input
            type="range"
            min={MIN_STEPS}
            max={MAX_STEPS}
            step={1}
            value={steps}
            onInput={(e) => setState((s) => ({ ...s, steps: Number(e.currentTarget.value) }))}
          />
        </label>
        <fieldset class="interp-method">
          <legend>Path</legend>
          {METHODS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="interp-method"
                value={m}
                checked={method === m}
                onChange={() => setState((s) => ({ ...s, method: m }))}
              />
              {METHOD_LABELS[m]}
            </label>
          ))}
        </fieldset>
      </div>
      <AssetStatus state={ae.model} what="the autoencoder ae-d16" />
      <AssetStatus state={vae.model} what="the variational autoencoder vae-d16" />
      <TfStatus tf={ae.tf} />
      <div class="interp-rows" aria-live="polite">
        {(['ae', 'vae'] as const).map((k) => (
          <div class="interp-row" key={k}>
            <p class="interp-row-title">{k === 'ae' ? 'ae-d16 (codes)' : 'vae-d16 (posterior means)'}</p>
            <DigitCanvas
              values={rows?.[k].images ?? null}
              count={steps}
              cols={steps}
              testId={`interp-${k}`}
              label={`${steps} images decoded by ${k === 'ae' ? 'ae-d16' : 'vae-d16'} along a ${METHOD_LABELS[method]} path from held-out digit ${a} (a ${la}) to digit ${b} (a ${lb}).`}
            />
            <p class="widget-readout interp-norms" data-testid={`interp-${k}-norms`}>
              ‖z‖: {rows ? rows[k].norms.map((v) => fixed(v, 2)).join(', ') : '…'}
            </p>
          </div>
        ))}
      </div>
      <div class="widget-status">
        <BackendBadge rt={rt} />
        <ModelCards ids={['ae-d16', 'vae-d16']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
