/** The live figure: one held-out digit, and the input and target of the pretext task the reader picks. */
import { useMemo } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { useUrlState } from '../lib/ui/useUrlState';
import { useModel } from '../lib/ui/useModel';
import { useDigitSet } from '../lib/digits/useDigitSet';
import { digitPixels } from '../lib/digits/sets';
import { DigitPicker } from '../lib/digits/DigitPicker';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { TASKS, type Task } from './core';
import { RotationPanel } from './RotationPanel';
import { JigsawPanel } from './JigsawPanel';
import { DenoisePanel, MaskPanel } from './MaskPanels';
import { WIDGET_ID, schema, type PretextTasksState } from './state';

export default function PretextTasksIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <PretextTasks />}</WidgetRoot>;
}

const TASK_NAMES: Record<Task, string> = {
  rotation: 'Rotation',
  jigsaw: 'Relative position',
  mask: 'Masked patches',
  denoise: 'Denoising',
};

function PretextTasks() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { tf, model } = useModel('rotation-d128');
  const digits = useDigitSet('mnist-heldout');
  const set = digits.status === 'ready' ? digits.value : null;
  const image = useMemo(() => (set ? digitPixels(set, state.digit) : null), [set, state.digit]);
  const label = set?.labels[state.digit] ?? 0;
  const update = (patch: Partial<PretextTasksState>) => setState((s) => ({ ...s, ...patch }));
  const ready = model.status === 'ready' && tf.rt ? { tf: tf.rt.tf, model: model.value } : null;

  return (
    <div class="pretext" data-testid="pretext-root">
      <Messages problems={problems} />
      <TfStatus tf={tf} />
      <AssetStatus state={digits} what="the held-out digits" />
      {set && <DigitPicker set={set} index={state.digit} onChange={(digit) => update({ digit })} label="Held-out digit" />}
      <fieldset class="pretext-tasks">
        <legend>Pretext task</legend>
        {TASKS.map((t) => (
          <label key={t}>
            <input type="radio" name="pretext-task" value={t} checked={state.task === t} onChange={() => update({ task: t })} />{' '}
            {TASK_NAMES[t]}
          </label>
        ))}
      </fieldset>
      {image && (
        <div class="pretext-panel" data-testid="pretext-panel" data-task={state.task}>
          {state.task === 'rotation' && (
            <>
              <AssetStatus state={model} what="the rotation-d128 model" />
              <RotationPanel
                image={image}
                digit={state.digit}
                label={label}
                tf={ready?.tf ?? null}
                model={ready?.model ?? null}
              />
            </>
          )}
          {state.task === 'jigsaw' && (
            <JigsawPanel image={image} neighbour={state.neighbour} onNeighbour={(neighbour) => update({ neighbour })} />
          )}
          {state.task === 'mask' && (
            <MaskPanel
              image={image}
              ratio={state.ratio}
              seed={state.seed}
              onRatio={(ratio) => update({ ratio })}
              onSeed={(seed) => update({ seed })}
            />
          )}
          {state.task === 'denoise' && <DenoisePanel image={image} seed={state.seed} onSeed={(seed) => update({ seed })} />}
        </div>
      )}
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        <ModelCards ids={['rotation-d128']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </div>
  );
}
