/** A 28 × 28 drawing pad: mouse, touch and pen through pointer events; arrow keys and Space from the keyboard. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CELLS, PAD, SUB, cellIsInked, emptyInk, hasInk, setCell, stroke } from './draw';

const DISPLAY = 224;

interface Props {
  /** Called with a copy of the ink when a stroke ends or a cell is toggled; null after Clear. */
  onChange: (ink: Float32Array | null) => void;
}

export function DrawPad({ onChange }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const inkRef = useRef(emptyInk());
  const lastRef = useRef<[number, number] | null>(null);
  const [cursor, setCursor] = useState<[number, number]>([14, 14]);
  const [focused, setFocused] = useState(false);
  // Whether the cell under the keyboard cursor is inked, for the readout (the ink itself is not state).
  const [inkedAtCursor, setInkedAtCursor] = useState(false);
  const inkedAt = ([c, r]: [number, number]) => cellIsInked(inkRef.current, c, r);

  const paint = () => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const img = ctx.createImageData(PAD, PAD);
    for (let i = 0; i < PAD * PAD; i++) {
      const v = Math.round((inkRef.current[i] as number) * 255);
      img.data.set([v, v, v, 255], 4 * i);
    }
    ctx.putImageData(img, 0, 0);
    if (focused) {
      ctx.strokeStyle = '#ffb000';
      ctx.lineWidth = 1;
      ctx.strokeRect(cursor[0] * SUB + 0.5, cursor[1] * SUB + 0.5, SUB - 1, SUB - 1);
    }
  };
  useEffect(paint);

  const toInk = (e: PointerEvent): [number, number] => {
    const r = (e.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * PAD, ((e.clientY - r.top) / r.height) * PAD];
  };
  const commit = () => {
    setInkedAtCursor(inkedAt(cursor));
    onChange(hasInk(inkRef.current) ? inkRef.current.slice() : null);
  };

  const onPointerDown = (e: PointerEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
    const p = toInk(e);
    lastRef.current = p;
    stroke(inkRef.current, p[0], p[1], p[0], p[1]);
    paint();
  };
  const onPointerMove = (e: PointerEvent) => {
    const from = lastRef.current;
    if (!from) return;
    const p = toInk(e);
    stroke(inkRef.current, from[0], from[1], p[0], p[1]);
    lastRef.current = p;
    paint();
  };
  const onPointerUp = () => {
    if (!lastRef.current) return;
    lastRef.current = null;
    commit();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const next: [number, number] = [
        Math.max(0, Math.min(CELLS - 1, cursor[0] + move[0])),
        Math.max(0, Math.min(CELLS - 1, cursor[1] + move[1])),
      ];
      setCursor(next);
      setInkedAtCursor(inkedAt(next));
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      setCell(inkRef.current, cursor[0], cursor[1], !inkedAt(cursor));
      paint();
      commit();
    }
  };

  const clear = () => {
    inkRef.current = emptyInk();
    paint();
    setInkedAtCursor(false);
    onChange(null);
  };

  return (
    <div class="recon-pad">
      <canvas
        ref={canvasRef}
        width={PAD}
        height={PAD}
        tabIndex={0}
        role="application"
        aria-roledescription="drawing pad"
        aria-label={`Drawing pad, ${CELLS} by ${CELLS} cells. Draw with the mouse, a finger or a pen; or move the cursor with the arrow keys and press Space to ink or clear a cell.`}
        data-testid="recon-pad"
        style={{ width: `${DISPLAY}px`, height: `${DISPLAY}px` }}
        class="recon-pad-canvas"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <p class="recon-pad-cursor" aria-live="polite">
        {focused
          ? `Cursor at column ${cursor[0] + 1}, row ${cursor[1] + 1}: ${inkedAtCursor ? 'inked' : 'empty'}.`
          : 'Draw a digit in the black square.'}
      </p>
      <button type="button" onClick={clear}>
        Clear drawing
      </button>
    </div>
  );
}
