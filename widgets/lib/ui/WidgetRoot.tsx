import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * The live part of a widget. Until it has mounted in the browser it renders an
 * empty, hidden box, so the static fallback stays in view (and is what search,
 * no-JS readers and print see).
 */
export function WidgetRoot({ id, children }: { id: string; children: () => ComponentChildren }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div class="widget-live" data-widget={id} data-ready={mounted ? 'true' : 'false'}>
      {mounted ? children() : null}
    </div>
  );
}
