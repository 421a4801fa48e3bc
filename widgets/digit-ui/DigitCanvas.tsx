import { useEffect, useRef } from 'preact/hooks';
import { drawDigitGrid } from './draw';
import './digits.css';

interface Props {
  /** Floats in [0, 1], 784 per image; null draws nothing yet. */
  values: ArrayLike<number> | null;
  count?: number;
  cols?: number;
  /** What the image shows, for screen readers. */
  label: string;
  class?: string;
  testId?: string;
}

/** One or more digits in a single canvas, scaled up with crisp pixels. */
export function DigitCanvas({ values, count = 1, cols = count, label, class: cls, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current && values) drawDigitGrid(ref.current, values, count, cols);
  }, [values, count, cols]);
  return <canvas ref={ref} role="img" aria-label={label} class={`digit-canvas ${cls ?? ''}`} data-testid={testId} data-drawn={values ? 'true' : 'false'} width={28} height={28} />;
}
