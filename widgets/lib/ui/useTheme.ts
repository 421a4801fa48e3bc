import { useEffect, useState } from 'preact/hooks';

export type Theme = 'light' | 'dark';

function current(): Theme {
  const root = document.documentElement.dataset;
  // A presented figure is drawn for a projector: dark backgrounds wash out there.
  return root['theme'] === 'light' || root['present'] ? 'light' : 'dark';
}

/** Starlight's theme (light or dark, and light while a figure is presented), kept up to date. */
export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-present'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
