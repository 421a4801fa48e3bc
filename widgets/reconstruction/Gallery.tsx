/** The gallery of held-out digits: one button each, arrow keys move between them (one tab stop). */
import { useRef } from 'preact/hooks';
import { DigitCanvas } from '../lib/digits/DigitCanvas';
import { digitPixels, type DigitSet } from '../lib/digits/sets';

interface Props {
  indices: readonly number[];
  set: DigitSet;
  selected: number | null;
  onPick: (index: number) => void;
}

export function Gallery({ indices, set, selected, onPick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focusable = indices.includes(selected ?? -1) ? selected : indices[0];
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!delta) return;
    const buttons = Array.from(ref.current?.querySelectorAll('button') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + delta + buttons.length) % buttons.length];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <div class="recon-gallery" role="group" aria-label="Held-out digits, two of each class" ref={ref} onKeyDown={onKeyDown}>
      {indices.map((i) => {
        const label = set.labels[i] ?? 0;
        return (
          <button
            type="button"
            aria-pressed={selected === i}
            tabIndex={i === focusable ? 0 : -1}
            aria-label={`Digit #${i}, a ${label}`}
            onClick={() => onPick(i)}
          >
            <DigitCanvas values={digitPixels(set, i)} display={36} label="" />
          </button>
        );
      })}
    </div>
  );
}
