/** The live figure: drag the views round the circle, pick an anchor and a temperature; the loss follows. */
import { useCallback, useMemo, useRef } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { usePlot } from '../lib/plot/usePlot';
import { fixed, roundTo } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { circleLoss, collapsedLoss, gradientStep, roundAngle, viewName } from './core';
import { barsLabel, barsOptions, circleLabel, circleOptions, termRows } from './plot';
import { DEFAULT_ANGLES, TAU, VIEWS, WIDGET_ID, anglesOf, schema, withAngles, type ContrastiveLossState } from './state';

export default function ContrastiveLossIsland() {
  return <WidgetRoot id={WIDGET_ID}>{() => <ContrastiveLoss />}</WidgetRoot>;
}

const LOG_MIN = Math.log10(TAU.min);
const LOG_MAX = Math.log10(TAU.max);
const tauFromSlider = (v: number) => Math.min(TAU.max, Math.max(TAU.min, roundTo(10 ** v, 3)));

/** The angle of a pointer event about the centre of the chart's SVG (equal margins: its centre). */
function pointerAngle(e: PointerEvent): number | undefined {
  const svg = (e.currentTarget as Element | null)?.querySelector('svg');
  if (!svg) return undefined;
  const r = svg.getBoundingClientRect();
  const dx = e.clientX - (r.left + r.width / 2);
  const dy = r.top + r.height / 2 - e.clientY;
  if (Math.hypot(dx, dy) < 4) return undefined;
  return roundAngle((Math.atan2(dy, dx) * 180) / Math.PI);
}

const gap = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180);

function ContrastiveLoss() {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { tau, sel } = state;
  const angles = useMemo(() => anglesOf(state), [state]);
  const result = useMemo(() => circleLoss(angles, tau), [angles, tau]);
  const rows = useMemo(() => termRows(result, sel, tau), [result, sel, tau]);
  const draggingRef = useRef(false);

  const circle = useCallback((width: number) => circleOptions({ angles, result, selected: sel }, width), [angles, result, sel]);
  const circleRef = usePlot(circle, circleLabel({ angles, result, selected: sel }));
  const bars = useCallback((width: number) => barsOptions(rows, width), [rows]);
  const barsRef = usePlot(bars, barsLabel(rows, sel));

  const update = (f: (s: ContrastiveLossState) => ContrastiveLossState) => setState(f);
  const moveSelected = (to: number) =>
    update((s) =>
      withAngles(
        s,
        anglesOf(s).map((a, i) => (i === s.sel ? roundAngle(to) : a)),
      ),
    );

  const onPointerDown = (e: PointerEvent) => {
    const at = pointerAngle(e);
    if (at === undefined) return;
    // The view nearest the pointer's angle; the selected one wins a tie (views on one spot).
    let pick = sel;
    angles.forEach((a, i) => {
      if (gap(a, at) < gap(angles[pick] as number, at) - 1) pick = i;
    });
    draggingRef.current = true;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    update((s) => ({ ...s, sel: pick }));
    (e.currentTarget as HTMLElement).focus();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!draggingRef.current) return;
    const at = pointerAngle(e);
    if (at !== undefined) moveSelected(at);
  };
  const onPointerUp = () => {
    draggingRef.current = false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 1 : 5;
    const by: Record<string, number> = {
      ArrowUp: step,
      ArrowRight: step,
      ArrowDown: -step,
      ArrowLeft: -step,
      PageUp: 30,
      PageDown: -30,
    };
    const d = by[e.key];
    if (d === undefined) return;
    e.preventDefault();
    moveSelected((angles[sel] as number) + d);
  };

  const step = (times: number) =>
    update((s) => {
      let a = anglesOf(s);
      for (let k = 0; k < times; k++) a = gradientStep(a, s.tau);
      return withAngles(s, a);
    });
  const anchor = result.anchors[sel];
  const name = viewName(sel);

  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <label>
          Anchor
          <select value={sel} onChange={(e) => update((s) => ({ ...s, sel: Number(e.currentTarget.value) }))}>
            {Array.from({ length: VIEWS }, (_, i) => (
              <option value={i}>view {viewName(i)}</option>
            ))}
          </select>
        </label>
        <label>
          Temperature τ
          <input
            type="range"
            min={LOG_MIN}
            max={LOG_MAX}
            step={0.01}
            value={Math.log10(tau)}
            aria-valuetext={`τ = ${tau}`}
            onInput={(e) => update((s) => ({ ...s, tau: tauFromSlider(Number(e.currentTarget.value)) }))}
          />
        </label>
        <output data-testid="ntxent-tau">τ = {fixed(tau, tau < 0.1 ? 3 : 2)}</output>
      </div>
      <div class="ntxent-charts">
        <div
          class="widget-plot ntxent-circle"
          ref={circleRef}
          data-testid="ntxent-circle"
          tabIndex={0}
          role="slider"
          aria-label={`Angle of view ${name} (arrow keys turn it; Shift for 1°)`}
          aria-valuemin={0}
          aria-valuemax={359.9}
          aria-valuenow={angles[sel]}
          aria-valuetext={`view ${name} at ${fixed(angles[sel] as number, 1)}°`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onKeyDown={onKeyDown}
        />
        <div class="widget-plot ntxent-bars" ref={barsRef} data-testid="ntxent-bars" />
      </div>
      <div class="widget-controls">
        <button type="button" onClick={() => step(1)}>
          Take a gradient step
        </button>
        <button type="button" onClick={() => step(10)}>
          Ten steps
        </button>
        <button
          type="button"
          onClick={() =>
            update((s) =>
              withAngles(
                s,
                anglesOf(s).map((_, i, all) => all[s.sel] ?? all[i] ?? 0),
              ),
            )
          }
        >
          Collapse all onto {name}
        </button>
        <button type="button" onClick={() => update((s) => withAngles(s, [...DEFAULT_ANGLES]))}>
          Reset the views
        </button>
      </div>
      <div class="widget-readout" aria-live="polite">
        <p>
          Loss of the batch, the mean of its eight anchors’ terms:{' '}
          <strong data-testid="ntxent-loss">L = {fixed(result.loss)}</strong> (all views on one point: ln 7 ={' '}
          {fixed(collapsedLoss(VIEWS))}).
        </p>
        <p>
          Anchor {name}, positive {viewName(anchor?.positive ?? 0)}:{' '}
          <strong data-testid="ntxent-anchor-loss">ℓ = −ln p = {fixed(anchor?.loss ?? NaN)}</strong>; the loss changes by{' '}
          <span data-testid="ntxent-grad">{fixed(((result.angleGradient[sel] ?? NaN) * Math.PI) / 180, 4)}</span> per degree that{' '}
          {name} turns counter-clockwise.
        </p>
        <table>
          <caption>Anchor {name}’s terms: each other view’s cosine similarity s, s / τ, and its share p of the softmax.</caption>
          <thead>
            <tr>
              <th scope="col">view</th>
              <th scope="col">s</th>
              <th scope="col">s / τ</th>
              <th scope="col">p</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr data-testid={`ntxent-term-${r.view}`}>
                <td>
                  {r.name}
                  {r.positive ? ' (positive)' : ''}
                </td>
                <td>{fixed(r.cosine)}</td>
                <td>{fixed(r.logit, 2)}</td>
                <td>{fixed(r.probability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="widget-status">
        <span>Computed in your browser, no model download. Drag a view, or select it and use the arrow keys.</span>
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
