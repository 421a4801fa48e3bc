/**
 * Off-screen blocks of a chapter are drawn at an estimated height until they come near the
 * viewport (`content-visibility: auto`, src/styles/book.css). Jumping to an anchor lands
 * where the estimates put it; the blocks that are then drawn around it change height and
 * push it away. So after a jump (page load with a hash, a followed in-page link, a new
 * hash), the target is scrolled back into view until it stays put, unless the reader
 * scrolls first.
 */
const MAX_FRAMES = 30;
let settling = 0;

function targetOf(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null; // broken percent-encoding
  }
}

/** Scroll the target into view again each frame until its position holds for two frames. */
export function settleOn(target: HTMLElement): void {
  const run = ++settling;
  let last = NaN;
  let still = 0;
  let frames = 0;
  let moved = false;
  const stop = () => (moved = true);
  addEventListener('wheel', stop, { once: true, passive: true });
  addEventListener('touchstart', stop, { once: true, passive: true });
  addEventListener('keydown', stop, { once: true });
  const step = () => {
    if (moved || run !== settling || ++frames > MAX_FRAMES) return;
    const top = target.getBoundingClientRect().top;
    if (Math.abs(top - last) < 1) {
      if (++still >= 2) return;
    } else {
      still = 0;
      target.scrollIntoView({ block: 'start' });
    }
    last = target.getBoundingClientRect().top;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function keepAnchorsOnTarget(): void {
  // Last in the bubbling order, so a link some other script handled is left alone.
  addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.target) return;
    if (link.origin !== location.origin || link.pathname !== location.pathname) return;
    const target = targetOf(link.hash);
    if (target) settleOn(target);
  });
  // A hash typed into the address bar or set by a script; also Back and Forward between
  // anchors, which fire the same events, so those land on their target too.
  addEventListener('hashchange', () => {
    const target = targetOf(location.hash);
    if (target) settleOn(target);
  });
  const initial = targetOf(location.hash);
  if (initial) settleOn(initial);
}
