import { useEffect, useRef } from 'preact/hooks';
import { IMAGE_SIZE } from '../lib/models/registry';
import type { Theme } from '../lib/ui/useTheme';
import { divergingBytes } from './diverging';

interface Props {
  values: ArrayLike<number>;
  theme: Theme;
  label: string;
  testId?: string;
}

/** A signed 28 × 28 image (a principal component) in the diverging palette, scaled up with crisp pixels. */
export function SignedCanvas({ values, theme, label, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const rgb = divergingBytes(values, theme);
    const img = ctx.createImageData(IMAGE_SIZE, IMAGE_SIZE);
    for (let i = 0; i < IMAGE_SIZE * IMAGE_SIZE; i++) {
      img.data.set(rgb.subarray(i * 3, i * 3 + 3), i * 4);
      img.data[i * 4 + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
  }, [values, theme]);
  return (
    <canvas
      ref={ref}
      width={IMAGE_SIZE}
      height={IMAGE_SIZE}
      role="img"
      aria-label={label}
      class="eigen-component"
      data-testid={testId}
    />
  );
}
