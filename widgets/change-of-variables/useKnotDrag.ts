/**
 * Dragging a knot on the map chart with the pointer: the nearest knot within
 * reach is picked up, moves are coalesced to one per animation frame, and the
 * chart's y-axis is frozen while dragging so it does not rescale under the pointer.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useLatest } from '../lib/ui/useLatest';
import type { Knot } from './core';

type PlotElement = (SVGSVGElement | HTMLElement) & {
  scale(name: 'x' | 'y'): { apply?: (v: number) => number; invert?: (v: number) => number } | undefined;
};

interface Options {
  container: { current: HTMLDivElement | null };
  plot: { current: PlotElement | null };
  knots: () => readonly Knot[];
  onPick: (index: number) => void;
  onMove: (index: number, x: number, y: number) => void;
  onEnd: () => void;
}

const REACH_PX = 22;

export function useKnotDrag({ container, plot, knots, onPick, onMove, onEnd }: Options) {
  const draggingRef = useRef<number | null>(null);
  const latest = useLatest({ knots, onPick, onMove, onEnd });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let frame = 0;
    let pending: { x: number; y: number } | null = null;

    const toData = (e: PointerEvent) => {
      const p = plot.current;
      const svg = p instanceof SVGSVGElement ? p : p?.querySelector('svg');
      const ctm = svg?.getScreenCTM();
      if (!p || !svg || !ctm) return null;
      const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      const sx = p.scale('x');
      const sy = p.scale('y');
      if (!sx?.invert || !sy?.invert || !sx.apply || !sy.apply) return null;
      return { px: pt.x, py: pt.y, x: sx.invert(pt.x), y: sy.invert(pt.y), apply: [sx.apply, sy.apply] as const };
    };

    const down = (e: PointerEvent) => {
      const at = toData(e);
      if (!at) return;
      const [ax, ay] = at.apply;
      let best = -1;
      let bestDist = REACH_PX;
      latest.current.knots().forEach((k, i) => {
        const d = Math.hypot(ax(k.x) - at.px, ay(k.y) - at.py);
        if (d < bestDist) {
          best = i;
          bestDist = d;
        }
      });
      if (best < 0) return;
      e.preventDefault();
      draggingRef.current = best;
      el.setPointerCapture(e.pointerId);
      latest.current.onPick(best);
    };
    const move = (e: PointerEvent) => {
      if (draggingRef.current === null) return;
      const at = toData(e);
      if (!at) return;
      pending = { x: at.x, y: at.y };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending && draggingRef.current !== null) latest.current.onMove(draggingRef.current, pending.x, pending.y);
      });
    };
    const up = (e: PointerEvent) => {
      if (draggingRef.current === null) return;
      draggingRef.current = null;
      if (el.hasPointerCapture(e.pointerId)) el.releasePointerCapture(e.pointerId);
      latest.current.onEnd();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
    };
  }, [container, plot, latest]);

  return draggingRef;
}
