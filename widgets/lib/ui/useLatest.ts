import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref that always holds the latest `value`, for effects and event handlers
 * that must see the current closure (a loader, a callback) without restarting
 * when it is recreated on every render. Read it only outside render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
