export interface Message {
  kind: 'note' | 'error';
  text: string;
}

/** Notes and errors a widget owes the reader (a rejected link value, a failed download…). */
export function Messages({ items, children }: { items: readonly Message[]; children?: preact.ComponentChildren }) {
  if (items.length === 0 && !children) return null;
  return (
    <div role="status" aria-live="polite">
      {items.map((m, i) => (
        <p key={i} class="widget-message" data-kind={m.kind}>
          {m.text}
        </p>
      ))}
      {children}
    </div>
  );
}
