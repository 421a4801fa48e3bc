import { useEffect, useRef, useState } from 'preact/hooks';
import type { QrCodeGenerateResult } from 'uqr';
import { present, presentedIn } from './present';
import { loadQr, qrNow } from './print-view';
import { PrintView } from './PrintView';
import { useLatest } from './useLatest';

type Copy = 'idle' | 'copied' | 'manual';

/**
 * Each figure's one menu: Copy link to this view, Present (the figure alone, filling the
 * window; see present.ts) and Print this view (the page printed with this view's values, link
 * and QR code under the figure; PrintView.tsx). A disclosure button with a short list of
 * buttons: Enter or Space opens it, the arrow keys move within it, Esc closes it and gives
 * focus back. Printing from the browser's own menu gets the same block, written on beforeprint.
 */
export function FigureMenu({ id, href }: { id: string; href: () => string }) {
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<Copy>('idle');
  const [link, setLink] = useState('');
  // A link with present=<this figure> opens it presented (islands mount only in the browser).
  const [presenting, setPresenting] = useState(() => presentedIn(window.location.search) === id);
  const [printed, setPrinted] = useState<{ link: string; qr: QrCodeGenerateResult | null }>({ link: '', qr: null });
  const latestHref = useLatest(href);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!presenting) return;
    // Esc (in present.ts) and the Leave button both end here; leaving twice is harmless.
    const leave = present(id, () => {
      setPresenting(false);
      requestAnimationFrame(() => toggle.current?.focus());
    });
    return leave;
  }, [presenting, id]);

  // The print block follows the view at the moment of printing; print layout cannot wait for a
  // download, so the QR encoder is fetched at idle beforehand.
  useEffect(() => {
    const write = () => {
      const link = latestHref.current();
      setPrinted({ link, qr: qrNow(link) });
    };
    window.addEventListener('beforeprint', write);
    const idle = window.requestIdleCallback?.(() => void loadQr().catch(() => {}), { timeout: 10_000 });
    return () => {
      window.removeEventListener('beforeprint', write);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [latestHref]);

  async function printView() {
    setOpen(false);
    const link = href();
    const qr = await loadQr()
      .then((encode) => encode(link))
      .catch(() => null);
    setPrinted({ link, qr });
    // Let Preact render the block before the print dialog freezes the page.
    requestAnimationFrame(() => window.print());
  }

  const startPresenting = () => {
    setOpen(false);
    setPresenting(true);
  };

  useEffect(() => {
    if (!open) return;
    void loadQr().catch(() => {});
    list.current?.querySelector('button')?.focus();
    const away = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !toggle.current?.parentElement?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  async function copyLink() {
    const url = href();
    setLink(url);
    setOpen(false);
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  }

  const onListKey = (event: KeyboardEvent) => {
    const items = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  return (
    <span class="figure-menu">
      {presenting && (
        <span class="present-bar">
          <span>PageDown / PageUp: next or previous control · Esc: leave</span>
          <button type="button" onClick={() => setPresenting(false)}>
            Leave presentation
          </button>
        </span>
      )}
      <button
        type="button"
        ref={toggle}
        hidden={presenting}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        Figure menu
      </button>
      <ul id={`${id}-menu`} class="figure-menu-list" ref={list} hidden={!open} onKeyDown={onListKey}>
        <li>
          <button type="button" onClick={copyLink}>
            Copy link to this view
          </button>
        </li>
        <li>
          <button type="button" onClick={startPresenting}>
            Present
          </button>
        </li>
        <li>
          <button type="button" onClick={() => void printView()}>
            Print this view
          </button>
        </li>
      </ul>
      <PrintView id={id} link={printed.link} qr={printed.qr} />
      <span role="status" aria-live="polite">
        {copy === 'copied' ? ' Link copied.' : ''}
      </span>
      {copy === 'manual' && (
        <label>
          {' '}
          Copy this link: <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
