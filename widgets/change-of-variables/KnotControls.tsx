/** The keyboard and typing alternative to dragging: pick a knot, type its z (base) and x = g(z). */
import { fixed } from '../lib/format';
import type { Knot } from './core';

interface Props {
  knots: readonly Knot[];
  selected: number;
  onSelect: (index: number) => void;
  onMove: (index: number, x: number, y: number) => void;
}

export function KnotControls({ knots, selected, onSelect, onMove }: Props) {
  const k = knots[selected];
  const typed = (raw: string, other: number, axis: 'x' | 'y') => {
    const v = Number(raw);
    if (raw === '' || !Number.isFinite(v) || !k) return;
    if (axis === 'x') onMove(selected, v, other);
    else onMove(selected, other, v);
  };
  return (
    <div class="widget-controls">
      <label>
        Knot
        <select value={String(selected)} onChange={(e) => onSelect(Number(e.currentTarget.value))}>
          {knots.map((kn, i) => (
            <option value={String(i)}>
              {i + 1}: ({fixed(kn.x, 2)}, {fixed(kn.y, 2)})
            </option>
          ))}
        </select>
      </label>
      <label>
        Knot z
        <input type="number" step={0.05} value={k?.x ?? 0} onChange={(e) => typed(e.currentTarget.value, k?.y ?? 0, 'x')} />
      </label>
      <label>
        Knot x
        <input type="number" step={0.05} value={k?.y ?? 0} onChange={(e) => typed(e.currentTarget.value, k?.x ?? 0, 'y')} />
      </label>
      <span class="widget-readout">Moving a knot turns the map into your own spline.</span>
    </div>
  );
}
