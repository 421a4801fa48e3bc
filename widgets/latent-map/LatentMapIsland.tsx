/** The latent-map figure: the vae-d2 decoder's map of the latent plane, with pan and zoom. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { linkTo } from '../lib/url-state';
import { fixed, roundTo } from '../lib/format';
import { useUrlState } from '../lib/ui/useUrlState';
import { WidgetRoot } from '../lib/ui/WidgetRoot';
import { FigureMenu } from '../lib/ui/FigureMenu';
import { Messages } from '../lib/ui/Messages';
import { AssetStatus, TfStatus } from '../lib/ui/AssetStatus';
import { BackendBadge } from '../lib/ui/BackendBadge';
import { ModelCards } from '../lib/ui/ModelCards';
import { useModel } from '../lib/ui/useModel';
import { useLatest } from '../lib/ui/useLatest';
import { unpackCodes, unpackLabels, type PackedCodes } from '../lib/digits/codes';
import { isAbort } from '../lib/schedule';
import { CANVAS_PX, CLASS_COLOURS, halfSpan, type Tile, type View } from './core';
import { MapRenderer } from './renderer';
import { WIDGET_ID, schema } from './state';
import { usePanZoom } from './usePanZoom';

export default function LatentMapIsland({ codes }: { codes: PackedCodes }) {
  return <WidgetRoot id={WIDGET_ID}>{() => <LatentMap codes={codes} />}</WidgetRoot>;
}

function LatentMap({ codes: packed }: { codes: PackedCodes }) {
  const [state, setState, problems] = useUrlState(WIDGET_ID, schema);
  const { tf, model } = useModel('vae-d2');
  const codes = useMemo(() => ({ means: unpackCodes(packed.codes), labels: unpackLabels(packed.labels) }), [packed]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renderer = useMemo(
    () => (tf.rt && model.status === 'ready' ? new MapRenderer(tf.rt.tf, model.value, codes) : null),
    [tf.rt, model, codes],
  );
  const [stats, setStats] = useState<{ ms: number; pending: number; decoded: number } | null>(null);
  const [live, setLive] = useState<View>({ x: state.x, y: state.y, zoom: state.zoom });
  const [decodeError, setDecodeError] = useState<string | null>(null);
  const overlays = useMemo(() => ({ dots: state.dots, contours: state.contours }), [state.dots, state.contours]);

  // Draw at most once per animation frame, whatever the rate of pointer events; the frame draws the tiles
  // decoded so far and hands the rest to a decode job, which redraws as its batches land.
  const pendingRef = useRef<View | null>(null);
  const lastViewRef = useRef<View | null>(null);
  // The latest drawSoon, for decode jobs started by an earlier one (before the overlays changed, say).
  const drawRef = useRef<(v: View) => void>(() => undefined);
  const jobRef = useRef<{ controller: AbortController; tiles: Set<string> } | null>(null);
  // A frame requested with an earlier renderer must not start a job with its model,
  // which is disposed once a newer one (after a lost WebGL context) takes over.
  const currentRenderer = useLatest(renderer);
  const drawSoon = useCallback(
    (v: View) => {
      const first = pendingRef.current === null;
      pendingRef.current = v;
      if (!first) return;
      requestAnimationFrame(() => {
        const view = pendingRef.current;
        pendingRef.current = null;
        if (!view || !renderer || renderer !== currentRenderer.current || !canvasRef.current) return;
        const { ms, missing } = renderer.draw(canvasRef.current, view, overlays);
        setStats({ ms, pending: missing.length, decoded: renderer.decodedCount });
        setLive(view);
        lastViewRef.current = view;
        const ids = (t: Tile) => `${view.zoom}:${t.i},${t.j}`;
        const job = jobRef.current;
        // The running job already covers this view: let it finish rather than start over.
        if (missing.length === 0 || (job && missing.every((t) => job.tiles.has(ids(t))))) return;
        job?.controller.abort();
        const controller = new AbortController();
        jobRef.current = { controller, tiles: new Set(missing.map(ids)) };
        renderer
          .decode(missing, view.zoom, controller.signal, () => drawRef.current(lastViewRef.current ?? view))
          .then(() => {
            if (jobRef.current?.controller === controller) jobRef.current = null;
          })
          .catch((e: unknown) => {
            if (!isAbort(e)) setDecodeError(e instanceof Error ? e.message : String(e));
          });
      });
    },
    [renderer, overlays, currentRenderer],
  );
  useEffect(() => {
    drawRef.current = drawSoon;
  }, [drawSoon]);
  // A new renderer (model or backend) or unmounting cancels the decoding in flight.
  useEffect(
    () => () => {
      jobRef.current?.controller.abort();
      jobRef.current = null;
    },
    [renderer],
  );
  const commit = (v: View) =>
    setState((s) => ({ ...s, x: roundTo(v.x, 2), y: roundTo(v.y, 2), zoom: Number(v.zoom.toFixed(3)) }));
  const { x, y, zoom } = state;
  const panZoom = usePanZoom(canvasRef, { x, y, zoom }, drawSoon, commit);

  useEffect(() => {
    drawSoon({ x, y, zoom });
  }, [drawSoon, x, y, zoom]);

  const h = halfSpan(live.zoom);
  return (
    <>
      <Messages problems={problems} />
      <div class="widget-controls">
        <button type="button" onClick={() => panZoom.zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => panZoom.zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => commit({ x: 0, y: 0, zoom: 1 })}>
          Reset view
        </button>
        <label class="map-check">
          <input
            type="checkbox"
            checked={state.dots}
            onChange={(e) => setState((s) => ({ ...s, dots: e.currentTarget.checked }))}
          />
          Held-out codes μ(x)
        </label>
        <label class="map-check">
          <input
            type="checkbox"
            checked={state.contours}
            onChange={(e) => setState((s) => ({ ...s, contours: e.currentTarget.checked }))}
          />
          Prior contours
        </label>
      </div>
      <AssetStatus state={model} what="the variational autoencoder vae-d2" />
      <TfStatus tf={tf} />
      {decodeError ? <Messages items={[{ kind: 'error', text: `Decoding the map failed: ${decodeError}` }]} /> : null}
      <div class="map-body">
        <canvas
          ref={canvasRef}
          width={CANVAS_PX}
          height={CANVAS_PX}
          class="map-canvas"
          tabIndex={0}
          role="img"
          data-testid="map-canvas"
          aria-label={`Digits decoded by vae-d2 over the latent square from (${fixed(live.x - h, 2)}, ${fixed(live.y - h, 2)}) to (${fixed(live.x + h, 2)}, ${fixed(live.y + h, 2)}). Arrow keys pan; plus and minus zoom.`}
          {...panZoom.handlers}
        />
        <div class="map-legend">
          <p>Held-out codes by digit class:</p>
          <ul>
            {CLASS_COLOURS.map((c, k) => (
              <li key={k}>
                <i style={{ background: c }} /> {k}
              </li>
            ))}
          </ul>
          <p>
            <i class="map-contour" /> prior N(0, I): circles holding 50%, 90% and 95% of its mass
          </p>
          <p class="map-help">Drag or use the arrow keys to pan; wheel, pinch, the + and − keys or buttons to zoom.</p>
        </div>
      </div>
      <p class="widget-readout" data-testid="map-view">
        Centre ({fixed(live.x, 2)}, {fixed(live.y, 2)}), zoom ×{fixed(live.zoom, 2)}: z₁ from {fixed(live.x - h, 2)} to{' '}
        {fixed(live.x + h, 2)}, z₂ from {fixed(live.y - h, 2)} to {fixed(live.y + h, 2)}.
      </p>
      <div class="widget-status">
        <BackendBadge rt={tf.rt} />
        {stats && (
          <span data-testid="map-update" data-ms={stats.ms.toFixed(2)} data-pending={stats.pending} data-decoded={stats.decoded}>
            Last update {stats.ms.toFixed(1)} ms (
            {stats.pending === 0 ? 'every tile decoded' : `${stats.pending} tiles still decoding`})
          </span>
        )}
        <ModelCards ids={['vae-d2']} />
        <FigureMenu id={WIDGET_ID} href={() => linkTo(WIDGET_ID, schema, state)} />
      </div>
    </>
  );
}
