/**
 * `client:near`, the directive every figure's island uses: hydrate when the
 * figure comes near the viewport (as `client:visible`) or as soon as keyboard
 * focus enters it. Without the focus route, Tab would pass a figure before its
 * controls exist. The frame (Widget.astro) holds a hidden "Start" button; this
 * script shows it, so that a figure has one focusable element before it is live,
 * and once the island is live it moves focus from that button (or from a
 * focusable part of the fallback, such as a scrolling table) to the figure's
 * first control and removes the button. If the island's code cannot be
 * downloaded (the reader went offline before scrolling here), the figure says
 * so with a Retry and tries again when the connection returns. Registered in
 * astro.config.mjs.
 */
import type { ClientDirective, ClientVisibleOptions } from 'astro';
import { presentedIn } from '../ui/present';
import { showLoadNotice } from './offline-notice';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:near'?: ClientVisibleOptions | boolean;
  }
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
/** How long a started figure may take to show a control (a model may still be loading). */
const WAIT_FOR_CONTROL_MS = 20_000;

export function firstControl(root: Element): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (!el.matches(':disabled') && el.getClientRects().length > 0) return el;
  }
  return null;
}

/** Resolves with the first control under `root` once there is one, or null after `ms`. */
function whenControl(root: Element, ms: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const now = firstControl(root);
    if (now) return resolve(now);
    const done = (el: HTMLElement | null) => {
      mo.disconnect();
      clearTimeout(timer);
      resolve(el);
    };
    const mo = new MutationObserver(() => {
      const el = firstControl(root);
      if (el) done(el);
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => done(null), ms);
  });
}

const nearDirective: ClientDirective = (load, options, el) => {
  const figure = el.closest('figure.widget');
  const start = figure?.querySelector<HTMLButtonElement>('button[data-widget-start]') ?? null;
  const fallback = figure?.querySelector('.widget-fallback') ?? null;
  let started = false;
  // Focus that entered the static figure is handed to the live one: the fallback is hidden once
  // the island is live, and Chromium then drops the focus to the body.
  let focusEntered = false;
  const focusStillOurs = () => {
    const active = document.activeElement;
    return focusEntered && (active === start || active === null || active === document.body || !!fallback?.contains(active));
  };

  let notice: HTMLElement | null = null;
  let failure: unknown = null;
  // Astro's island reports a failed import of its code here (and logs it unless told not to).
  el.addEventListener('astro:hydration-error', (event) => {
    failure = (event as CustomEvent<{ error: unknown }>).detail.error;
    event.preventDefault();
  });

  const attempt = async () => {
    notice?.remove();
    notice = null;
    failure = null;
    const hydrate = await load();
    if (failure === null) return hydrate;
    const detail = failure instanceof Error ? failure.message : String(failure);
    if (start) start.textContent = 'Start the interactive figure';
    notice = showLoadNotice(figure ?? el.parentElement ?? document.body, el, detail, () => void retry());
    return null;
  };

  let retrying = false;
  // The connection may come back while an attempt made offline is still failing: try once more after it.
  let again = false;
  const retry = async (): Promise<void> => {
    if (retrying) {
      again = true;
      return;
    }
    if (notice === null) return;
    retrying = true;
    again = false;
    const hydrate = await attempt().finally(() => (retrying = false));
    if (hydrate) return finish(hydrate);
    if (again && navigator.onLine) return retry();
  };
  const onOnline = () => void retry();
  window.addEventListener('online', onOnline);

  const finish = async (hydrate: () => Promise<void>) => {
    window.removeEventListener('online', onOnline);
    await hydrate();
    if (!focusStillOurs()) return start?.remove();
    const control = await whenControl(el, WAIT_FOR_CONTROL_MS);
    // Only move focus if the reader has not moved it elsewhere meanwhile.
    if (control && focusStillOurs()) control.focus();
    else if (focusStillOurs() && figure instanceof HTMLElement) {
      // A figure with no control yet: keep focus on the figure itself, where the button was.
      figure.tabIndex = -1;
      figure.focus();
    }
    start?.remove();
  };

  const go = async (event?: Event) => {
    if (event?.type === 'focusin') focusEntered = true;
    // After a failed download, the Start button is another way to Retry.
    if (started) return retry();
    started = true;
    io.disconnect();
    figure?.removeEventListener('focusin', go);
    if (start) start.textContent = 'Starting the interactive figure…';
    const hydrate = await attempt();
    if (hydrate) await finish(hydrate);
  };

  const raw = typeof options.value === 'object' ? (options.value as ClientVisibleOptions | null) : undefined;
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) void go();
    },
    { rootMargin: raw?.rootMargin ?? '300px' },
  );
  for (const child of el.children) io.observe(child);

  if (start) {
    start.hidden = false;
    start.addEventListener('click', () => {
      focusEntered = true;
      void go();
    });
  }
  figure?.addEventListener('focusin', go);
  // A link that presents this figure (a slide's link) starts it at once, wherever it is on the page.
  if (figure && presentedIn(window.location.search) === figure.id) void go();
};

export default nearDirective;
