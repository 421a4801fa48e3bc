/**
 * `npm run check:links`: the broken-link check over the built site in `dist/` (or `$DIST`).
 * Every internal link, anchor and figure reference of every page must arrive; `npm test`
 * runs it after the build. The check itself is `scripts/lib/links.ts`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../lib/pages';
import { checkLinks } from '../lib/links';
import { BOOK } from '../../book.config.mjs';

const dist = process.env['DIST'] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(2);
}
const pages = builtPages(dist).map((path) => ({ path, html: readFileSync(join(dist, path, 'index.html'), 'utf8') }));
const hasFile = (sitePath: string) => {
  const file = join(dist, sitePath);
  return existsSync(file) && statSync(file).isFile();
};
const report = checkLinks(pages, hasFile, BOOK.site);
for (const b of report.broken) console.error(`${b.from}: the link "${b.href}" ${b.reason}`);
console.log(
  `${pages.length} pages: ${report.internal} links within the site checked, ${report.broken.length} broken; ` +
    `${report.external} links off the site not followed.`,
);
process.exit(report.broken.length ? 1 : 0);
