/**
 * `client:near`, the directive every figure's island uses: hydrate when the
 * figure comes near the viewport (as `client:visible`) or as soon as keyboard
 * focus enters it. Without the focus route, Tab would pass a figure before its
 * controls exist. The frame (Widget.astro) holds a hidden "Start" button; this
 * script shows it, so that a figure has one focusable element before it is live,
 * and once the island is live it moves focus from that button to the figure's
 * first control and removes the button. Registered in astro.config.mjs.
 */
import type { ClientDirective, ClientVisibleOptions } from 'astro';

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
  let started = false;

  const go = async () => {
    if (started) return;
    started = true;
    io.disconnect();
    figure?.removeEventListener('focusin', go);
    start?.removeEventListener('click', go);
    if (start) start.textContent = 'Starting the interactive figure…';
    const hydrate = await load();
    await hydrate();
    if (!start) return;
    if (document.activeElement !== start) return start.remove();
    const control = await whenControl(el, WAIT_FOR_CONTROL_MS);
    // Only move focus if the reader has not moved it elsewhere meanwhile.
    if (control && document.activeElement === start) control.focus();
    else if (document.activeElement === start && figure instanceof HTMLElement) {
      // A figure with no control yet: keep focus on the figure itself, where the button was.
      figure.tabIndex = -1;
      figure.focus();
    }
    start.remove();
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
    start.addEventListener('click', go);
  }
  figure?.addEventListener('focusin', go);
};

export default nearDirective;
