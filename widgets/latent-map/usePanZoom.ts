import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import { CANVAS_PX, clampView, fromCanvas, tileStep, zoomAbout, type View } from './core';

/**
 * Pan (drag, arrow keys) and zoom (wheel, pinch, +/− keys) over the canvas.
 * `preview` runs on every move (the caller coalesces to one draw per frame);
 * `commit` runs when a gesture ends, so the address bar is not rewritten on
 * every pointer event.
 */
export function usePanZoom(
  canvasRef: RefObject<HTMLCanvasElement>,
  committed: View,
  preview: (v: View) => void,
  commit: (v: View) => void,
) {
  const viewRef = useRef<View>(committed);
  const pointersRef = useRef(new Map<number, { x: number; y: number }>());
  const wheelTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { x, y, zoom } = committed;
  useEffect(() => {
    viewRef.current = { x, y, zoom };
  }, [x, y, zoom]);

  /** Canvas pixels per CSS pixel (the canvas is scaled to fit its column). */
  const scale = () => {
    const el = canvasRef.current;
    return el ? CANVAS_PX / el.getBoundingClientRect().width : 1;
  };
  const local = (e: { clientX: number; clientY: number }) => {
    const r = canvasRef.current?.getBoundingClientRect();
    const s = scale();
    return r ? ([(e.clientX - r.left) * s, (e.clientY - r.top) * s] as const) : ([CANVAS_PX / 2, CANVAS_PX / 2] as const);
  };
  const set = (v: View) => {
    viewRef.current = clampView(v);
    preview(viewRef.current);
  };

  // The wheel listener must be non-passive to keep the page from scrolling while zooming.
  useEffect(() => {
    const el = canvasRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const [px, py] = local(e);
      const [ax, ay] = fromCanvas(viewRef.current, px, py);
      set(zoomAbout(viewRef.current, Math.exp(-e.deltaY * 0.0015), ax, ay));
      if (wheelTimerRef.current) clearTimeout(wheelTimerRef.current);
      wheelTimerRef.current = setTimeout(() => commit(viewRef.current), 250);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });

  const handlers = {
    onPointerDown: (e: PointerEvent) => {
      canvasRef.current?.setPointerCapture(e.pointerId);
      pointersRef.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    },
    onPointerMove: (e: PointerEvent) => {
      const prev = pointersRef.current.get(e.pointerId);
      if (!prev) return;
      const s = scale();
      const v = viewRef.current;
      const unitsPerPx = (2 * (3 / v.zoom)) / CANVAS_PX;
      if (pointersRef.current.size === 1) {
        set({ ...v, x: v.x - (e.clientX - prev.x) * s * unitsPerPx, y: v.y + (e.clientY - prev.y) * s * unitsPerPx });
      } else if (pointersRef.current.size === 2) {
        const other = [...pointersRef.current.entries()].find(([id]) => id !== e.pointerId)?.[1];
        if (other) {
          const before = Math.hypot(prev.x - other.x, prev.y - other.y);
          const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
          const [px, py] = local({ clientX: (e.clientX + other.x) / 2, clientY: (e.clientY + other.y) / 2 });
          const [ax, ay] = fromCanvas(v, px, py);
          if (before > 0) set(zoomAbout(v, after / before, ax, ay));
        }
      }
      pointersRef.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    },
    onPointerUp: (e: PointerEvent) => {
      pointersRef.current.delete(e.pointerId);
      if (pointersRef.current.size === 0) commit(viewRef.current);
    },
    onPointerCancel: (e: PointerEvent) => {
      pointersRef.current.delete(e.pointerId);
      if (pointersRef.current.size === 0) commit(viewRef.current);
    },
    onKeyDown: (e: KeyboardEvent) => {
      const v = viewRef.current;
      const step = tileStep(v.zoom) * (e.shiftKey ? 5 : 1);
      const moves: Record<string, View> = {
        ArrowLeft: { ...v, x: v.x - step },
        ArrowRight: { ...v, x: v.x + step },
        ArrowUp: { ...v, y: v.y + step },
        ArrowDown: { ...v, y: v.y - step },
        '+': zoomAbout(v, 1.25, v.x, v.y),
        '=': zoomAbout(v, 1.25, v.x, v.y),
        '-': zoomAbout(v, 0.8, v.x, v.y),
        '0': { x: 0, y: 0, zoom: 1 },
      };
      const next = moves[e.key];
      if (!next) return;
      e.preventDefault();
      commit(clampView(next));
    },
  };

  return {
    handlers,
    zoomBy: (f: number) => commit(zoomAbout(viewRef.current, f, viewRef.current.x, viewRef.current.y)),
  };
}
