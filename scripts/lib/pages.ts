/** Every HTML page of the production build, as a site path, read from dist/. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPages(dir = process.env['DIST'] ?? 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(p);
      } else if (name === 'index.html') {
        out.push(`/${relative(dir, d)}/`.replace(/\/+/g, '/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}
