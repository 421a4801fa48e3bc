import { useEffect, useRef } from 'preact/hooks';

/**
 * Paint a square grey-level image (values in [0, 1], row-major) into a canvas
 * of the same size in pixels: white ink on black, as MNIST is usually shown.
 * Values outside [0, 1] (an unclipped PCA reconstruction) are clipped for display.
 */
export function paintDigit(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, size = 28): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(size, size);
  for (let i = 0; i < size * size; i++) {
    const v = Math.round(Math.min(1, Math.max(0, pixels[i] ?? 0)) * 255);
    img.data[4 * i] = v;
    img.data[4 * i + 1] = v;
    img.data[4 * i + 2] = v;
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}

interface Props {
  pixels: ArrayLike<number> | null;
  /** Displayed width and height in CSS pixels. */
  display: number;
  /** What the image shows; empty for a decorative copy (e.g. inside a labelled button). */
  label: string;
  size?: number;
  testId?: string;
}

/** A digit image drawn with putImageData and scaled up without smoothing. */
export function DigitCanvas({ pixels, display, label, size = 28, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintDigit(ref.current, pixels ?? new Float32Array(size * size), size);
  }, [pixels, size]);
  return (
    <canvas
      ref={ref}
      width={size}
      height={size}
      role={label ? 'img' : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : 'true'}
      data-testid={testId}
      style={{ width: `${display}px`, height: `${display}px`, imageRendering: 'pixelated', display: 'block', background: '#000' }}
    />
  );
}
