/**
 * The interactive plane: pointer and keyboard input on the scatter, a probe
 * marker and a hover ring drawn over Plot's SVG, and live decoding of the
 * probe, coalesced to one decode per animation frame. The hot path touches
 * the canvas and two SVG attributes directly; the readouts follow through state.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLatest } from '../lib/ui/useLatest';
import type * as TfCore from '@tensorflow/tfjs-core';
import { drawDigitGrid } from '../lib/digits/paint';
import type { Decoder } from '../lib/models/roles';
import { clampTo, decodePoint, moveProbe, nearestIndex, roundProbe, type Extent, type Vec2 } from './core';

interface Scale {
  apply(v: number): number;
  invert?(v: number): number;
}

interface Attached {
  svg: SVGSVGElement;
  sx: Scale;
  sy: Scale;
  probe: SVGGElement;
  hover: SVGCircleElement;
}

interface Options {
  plotRef: { current: HTMLElement | null };
  decodedRef: { current: HTMLCanvasElement | null };
  codes: Float32Array;
  extent: Extent;
  decoder: { tf: typeof TfCore; model: Decoder } | null;
  initial: Vec2;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The data coordinates of a pointer event on the chart. */
function toData(svg: SVGSVGElement, a: Attached, e: PointerEvent): Vec2 | null {
  const ctm = svg.getScreenCTM();
  if (!ctm || !a.sx.invert || !a.sy.invert) return null;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
  return [a.sx.invert(p.x), a.sy.invert(p.y)];
}

export function usePlane({ decodedRef, codes, extent, decoder, initial }: Options) {
  const [probe, setProbe] = useState<Vec2>(initial);
  const [hover, setHover] = useState<number | null>(null);
  const [lastMs, setLastMs] = useState<number | null>(null);
  const probeRef = useRef(probe);
  const pendingRef = useRef<Vec2 | null>(null);
  const frameRef = useRef(0);
  const attachedRef = useRef<Attached | null>(null);
  const live = useLatest({ codes, extent, decoder });

  const placeProbe = useCallback((z: Vec2) => {
    const a = attachedRef.current;
    if (a) a.probe.setAttribute('transform', `translate(${a.sx.apply(z[0])},${a.sy.apply(z[1])})`);
  }, []);

  const draw = useCallback(
    (z: Vec2) => {
      placeProbe(z);
      const d = live.current.decoder;
      const canvas = decodedRef.current;
      if (!d || !canvas) return;
      const t0 = performance.now();
      drawDigitGrid(canvas, decodePoint(d.tf, d.model, z), 1, 1);
      const ms = performance.now() - t0;
      canvas.dataset['decodeMs'] = ms.toFixed(3);
      canvas.dataset['decodes'] = String(Number(canvas.dataset['decodes'] ?? 0) + 1);
      setLastMs(ms);
    },
    [placeProbe, live, decodedRef],
  );

  const schedule = useCallback(
    (z: Vec2) => {
      pendingRef.current = z;
      if (frameRef.current) return;
      frameRef.current = requestAnimationFrame(() => {
        frameRef.current = 0;
        const next = pendingRef.current;
        pendingRef.current = null;
        if (!next) return;
        probeRef.current = next;
        draw(next);
        setProbe(next);
      });
    },
    [draw],
  );
  useEffect(() => () => cancelAnimationFrame(frameRef.current), []);

  // Decode again when the model arrives or changes (e.g. reloaded after a lost WebGL context).
  const model = decoder?.model;
  const tf = decoder?.tf;
  useEffect(() => {
    if (model && tf) draw(probeRef.current);
  }, [model, tf, draw]);

  useEffect(() => {
    const a = attachedRef.current;
    if (!a) return;
    const i = hover;
    a.hover.style.display = i === null ? 'none' : '';
    if (i !== null) {
      a.hover.setAttribute('cx', String(a.sx.apply(codes[2 * i] ?? 0)));
      a.hover.setAttribute('cy', String(a.sy.apply(codes[2 * i + 1] ?? 0)));
    }
  }, [hover, codes]);

  /** Called with each newly rendered chart: overlay the markers and listen to the pointer. */
  const attach = useCallback(
    (chart: Element) => {
      const svg = (chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')) as SVGSVGElement | null;
      const plot = chart as unknown as { scale(name: string): Scale | undefined };
      const sx = plot.scale('x');
      const sy = plot.scale('y');
      if (!svg || !sx || !sy) return;
      const hoverRing = svgEl('circle', { r: '6', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' });
      hoverRing.style.display = 'none';
      const probe = svgEl('g', { 'pointer-events': 'none' });
      probe.append(
        svgEl('circle', { r: '9', fill: 'none', stroke: '#ff2d55', 'stroke-width': '2.5' }),
        svgEl('circle', { r: '2.5', fill: '#ff2d55' }),
      );
      hoverRing.setAttribute('pointer-events', 'none');
      svg.append(hoverRing, probe);
      const a: Attached = { svg, sx, sy, probe, hover: hoverRing };
      attachedRef.current = a;
      placeProbe(probeRef.current);
      let dragging = false;
      const at = (e: PointerEvent) => {
        const z = toData(svg, a, e);
        return z ? roundProbe(clampTo(z, live.current.extent)) : null;
      };
      svg.style.touchAction = 'none';
      svg.style.cursor = 'crosshair';
      svg.addEventListener('pointerdown', (e) => {
        const z = at(e);
        if (!z) return;
        e.preventDefault();
        dragging = true;
        svg.setPointerCapture(e.pointerId);
        schedule(z);
      });
      svg.addEventListener('pointermove', (e) => {
        const z = at(e);
        if (!z) return;
        setHover(nearestIndex(live.current.codes, z, live.current.extent));
        if (dragging) schedule(z);
      });
      const end = () => {
        dragging = false;
      };
      svg.addEventListener('pointerup', end);
      svg.addEventListener('pointercancel', end);
      svg.addEventListener('pointerleave', () => setHover(null));
    },
    [live, placeProbe, schedule],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const z = moveProbe(probeRef.current, e.key, live.current.extent, e.shiftKey);
    if (!z) return;
    e.preventDefault();
    setHover(null);
    schedule(z);
  };

  return { probe, hover, lastMs, attach, onKeyDown, moveTo: schedule };
}
