import { useEffect, useRef } from 'preact/hooks';
import { IMAGE_SIZE } from '../models/registry';
import { drawDigitGrid } from './paint';
import './digits.css';

interface Props {
  /** Floats in [0, 1], 784 per image; null shows black. */
  values: ArrayLike<number> | null;
  count?: number;
  cols?: number;
  /** What the image shows, for screen readers; empty for a decorative copy (e.g. inside a labelled button). */
  label: string;
  /** Shown this many CSS pixels wide and high; by default the stylesheet sizes it. */
  display?: number;
  class?: string;
  testId?: string;
}

/** One or more digits in a single canvas, scaled up with crisp pixels. */
export function DigitCanvas({ values, count = 1, cols = count, label, display, class: cls, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) drawDigitGrid(ref.current, values, count, cols);
  }, [values, count, cols]);
  return (
    <canvas
      ref={ref}
      width={IMAGE_SIZE}
      height={IMAGE_SIZE}
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : 'true'}
      class={cls ? `digit-canvas ${cls}` : 'digit-canvas'}
      data-testid={testId}
      data-drawn={values ? 'true' : 'false'}
      style={display ? { width: `${display}px`, height: `${display}px` } : undefined}
    />
  );
}
