import { useEffect, useState } from 'preact/hooks';

/**
 * The width in CSS pixels of an element, followed as it resizes (phone rotation,
 * sidebar toggles), so charts can be drawn at the size they are shown. A zero
 * width (the element hidden) is ignored rather than drawn.
 */
export function useElementWidth(ref: { readonly current: Element | null }, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.floor(entry.contentRect.width));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
