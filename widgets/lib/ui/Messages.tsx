import type { ComponentChildren } from 'preact';

export interface Message {
  kind: 'note' | 'error';
  text: string;
}

interface Props {
  /** Values a shared link got wrong (useUrlState's problems), shown as notes. */
  problems?: readonly string[];
  items?: readonly Message[];
  children?: ComponentChildren;
}

/** Notes and errors a figure owes the reader: a rejected link value, a list cut short, a failed query… */
export function Messages({ problems = [], items = [], children }: Props) {
  const all: readonly Message[] = [...problems.map((text) => ({ kind: 'note' as const, text })), ...items];
  if (all.length === 0 && !children) return null;
  return (
    <div role="status" aria-live="polite">
      {all.map((m, i) => (
        <p key={i} class="widget-message" data-kind={m.kind}>
          {m.text}
        </p>
      ))}
      {children}
    </div>
  );
}
