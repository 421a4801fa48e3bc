import { useState } from 'preact/hooks';

/**
 * A word list kept in the page address while it is short enough for a link;
 * a longer paste (up to thousands of words) stays local and the link keeps
 * the previous short value, with a note saying so.
 */
export function useListText(urlValue: string, setUrlValue: (v: string) => void, maxUrlLength: number) {
  const [local, setLocal] = useState<string | null>(null);
  const text = local ?? urlValue;
  const setText = (v: string) => {
    if (v.length <= maxUrlLength) {
      setLocal(null);
      setUrlValue(v);
    } else {
      setLocal(v);
    }
  };
  const note =
    local !== null
      ? `This list is too long (${local.length.toLocaleString('en')} characters) to fit in a link; “Copy link” shares the figure without it.`
      : null;
  return { text, setText, note };
}
