import { useMemo } from 'preact/hooks';
import { DigitCanvas } from './DigitCanvas';
import { digitPixels, type DigitSet } from './sets';
import './digits.css';

const PAGE = 10;

interface Props {
  set: DigitSet;
  index: number;
  onChange: (index: number) => void;
  /** Visible label of the number field, e.g. "Held-out digit". */
  label: string;
}

/** Choose a held-out digit: its number, Previous/Next, and a strip of the ten around it. */
export function DigitPicker({ set, index, onChange, label }: Props) {
  const start = Math.floor(index / PAGE) * PAGE;
  const strip = useMemo(() => {
    const end = Math.min(set.count, start + PAGE);
    return Array.from({ length: end - start }, (_, i) => start + i);
  }, [set, start]);
  const go = (i: number) => onChange(((i % set.count) + set.count) % set.count);
  return (
    <div class="digit-picker" role="group" aria-label={label}>
      <div class="widget-controls">
        <label>
          {label} (0–{set.count - 1})
          <input
            type="number"
            min={0}
            max={set.count - 1}
            step={1}
            value={index}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isInteger(v) && v >= 0 && v < set.count) onChange(v);
            }}
          />
        </label>
        <button type="button" onClick={() => go(index - 1)}>
          Previous
        </button>
        <button type="button" onClick={() => go(index + 1)}>
          Next
        </button>
      </div>
      <div class="digit-picker-strip" role="group" aria-label={`Digits ${start} to ${start + strip.length - 1}`}>
        {strip.map((i) => (
          <button
            type="button"
            key={i}
            aria-pressed={i === index}
            onClick={() => onChange(i)}
            title={`Digit ${i}: a ${set.labels[i] ?? '?'}`}
          >
            <Thumb set={set} index={i} />
          </button>
        ))}
      </div>
    </div>
  );
}

function Thumb({ set, index }: { set: DigitSet; index: number }) {
  const pixels = useMemo(() => digitPixels(set, index), [set, index]);
  return <DigitCanvas values={pixels} label={`held-out digit ${index}, a ${set.labels[index] ?? '?'}`} />;
}
