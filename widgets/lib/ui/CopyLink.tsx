import { useState } from 'preact/hooks';

/** "Copy link to this view": the clipboard when allowed, else a field to copy from by hand. */
export function CopyLink({ href }: { href: () => string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');

  async function copy() {
    const url = href();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <span class="copy-link">
      <button type="button" onClick={copy}>
        Copy link to this view
      </button>
      <span role="status" aria-live="polite">
        {status === 'copied' ? ' Link copied.' : ''}
      </span>
      {status === 'manual' && (
        <label>
          {' '}
          Copy this link: <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
