/**
 * The built page that shows a figure, found by the figure's anchor in the build under test
 * (`DIST`, else dist/), so that a figure's spec keeps working when the figure moves chapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../scripts/lib/pages';

export function pageWithFigure(id: string, dist = process.env['DIST'] ?? 'dist'): string {
  const anchor = new RegExp(`<figure\\b[^>]*\\bid="${id}"`);
  const pages = builtPages(dist).filter((path) => anchor.test(readFileSync(join(dist, path, 'index.html'), 'utf8')));
  if (pages.length !== 1) {
    const where = pages.length === 0 ? 'no page' : `${pages.length} pages (${pages.join(', ')})`;
    throw new Error(`Figure "${id}" is on ${where} of the build in ${dist}/; a figure belongs in exactly one chapter.`);
  }
  return pages[0]!;
}
