/**
 * Present mode: one figure alone, filling the window, in large type and a high-contrast
 * projector palette (CSS: `figure.widget.presenting` in src/styles/book.css). The address
 * carries `present=<figure id>`, so a slide can link straight into it. PageDown and PageUp
 * (what a presenter's clicker sends) step through the figure's controls; Esc leaves.
 */

export const PRESENT_PARAM = 'present';

const CONTROLS =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** The figure a link asks to present, if any: a figure id is letters, digits and dashes. */
export function presentedIn(search: string): string | null {
  const id = new URLSearchParams(search).get(PRESENT_PARAM);
  return id && /^[a-z0-9-]{1,40}$/i.test(id) ? id : null;
}

/** The query string with `present` set to `id`, or removed for null; the other parameters kept. */
export function withPresent(search: string, id: string | null): string {
  const params = new URLSearchParams(search);
  if (id) params.set(PRESENT_PARAM, id);
  else params.delete(PRESENT_PARAM);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The next (+1) or previous (-1) control after the focused one, wrapping, among those shown. */
export function stepControl(root: HTMLElement, direction: 1 | -1): HTMLElement | null {
  const controls = [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
  );
  if (controls.length === 0) return null;
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = at < 0 ? (direction > 0 ? 0 : controls.length - 1) : (at + direction + controls.length) % controls.length;
  return controls[next] ?? null;
}

function replaceSearch(search: string): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * Present the figure `id`; returns the function that leaves. `onLeave` runs however it is left
 * (Esc, the Leave button, or the browser leaving full screen).
 */
export function present(id: string, onLeave: () => void): () => void {
  const figure = document.getElementById(id);
  if (!figure) return () => {};
  const root = document.documentElement;
  figure.classList.add('presenting');
  root.dataset['present'] = id;
  replaceSearch(withPresent(window.location.search, id));
  // Full screen needs a click or key press; from a link the fixed, window-filling figure has to do.
  if (navigator.userActivation?.isActive && figure.requestFullscreen) figure.requestFullscreen().catch(() => {});

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      event.stopPropagation();
      stepControl(figure, event.key === 'PageDown' ? 1 : -1)?.focus();
    }
  };
  const onFullscreen = () => {
    if (!document.fullscreenElement) leave();
  };
  let left = false;
  const wasFullscreen = () => document.fullscreenElement === figure;
  function leave() {
    if (left) return;
    left = true;
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('fullscreenchange', onFullscreen);
    if (wasFullscreen()) document.exitFullscreen().catch(() => {});
    figure?.classList.remove('presenting');
    delete root.dataset['present'];
    replaceSearch(withPresent(window.location.search, null));
    onLeave();
  }
  document.addEventListener('keydown', onKey, true);
  // Listen only once full screen has begun, so its own start does not count as leaving.
  document.addEventListener(
    'fullscreenchange',
    () => {
      if (wasFullscreen()) document.addEventListener('fullscreenchange', onFullscreen);
    },
    { once: true },
  );
  return leave;
}
