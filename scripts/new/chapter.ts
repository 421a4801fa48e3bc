/**
 * npm run new:chapter <part> <slug>      e.g. npm run new:chapter part-4 pretext-tasks
 *
 * Writes content/<part>/<slug>.mdx, a chapter skeleton that builds, and adds the slug to the
 * end of its Part in the book's plan (src/book/parts.mjs) if it is not planned yet.
 */
import { parseArgs } from 'node:util';
import { PARTS } from '../../src/book/parts.mjs';
import { chapterSource } from './chapter-template';
import { exists, firstBibKey, read, rewrite, run, UsageError, writeAll } from './files';
import { kebabProblem, titleFromSlug } from './names';
import { addToPlan } from './plan';

const PLAN = 'src/book/parts.mjs';

function main() {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [part, slug, ...extra] = positionals;
  const folders = PARTS.map((p) => p.folder);
  if (!part || !slug || extra.length > 0)
    throw new UsageError(`Usage: npm run new:chapter <part> <slug>, with <part> one of ${folders.join(', ')}.`);
  if (!folders.includes(part)) throw new UsageError(`Unknown Part "${part}": the plan (${PLAN}) has ${folders.join(', ')}.`);
  const problem = kebabProblem(slug, 'The slug');
  if (problem) throw new UsageError(`${problem} It becomes the chapter's URL, /${part}/<slug>/.`);

  const file = `content/${part}/${slug}.mdx`;
  if (exists(file) || exists(file.replace(/x$/, ''))) throw new UsageError(`${file} exists already; refusing to overwrite it.`);

  const plan = addToPlan(read(PLAN), part, slug);
  const source = chapterSource({ title: titleFromSlug(slug), slug, citeKey: firstBibKey(read('content/references.bib')) });
  writeAll({ [file]: source });
  if (plan.inserted) rewrite(PLAN, plan.source);

  console.log(`Wrote ${file}.`);
  if (plan.inserted) {
    const later = PARTS.slice(folders.indexOf(part) + 1).reduce((n, p) => n + p.chapters.length, 0);
    console.log(`Added "${slug}" at the end of ${part}'s chapters in ${PLAN}: ${plan.chapters.join(', ')}.`);
    console.log(
      later > 0
        ? `The ${later} chapters after it move up by one number. Update the plan pinned in tests/unit/book-parts.test.ts and the numbers in tests/unit/book-content.test.ts, the README's table of figures and any text that names a chapter by number.`
        : `No chapter follows it, so no number changes; update the count of chapters pinned in tests/unit/book-parts.test.ts.`,
    );
  } else {
    console.log(`"${slug}" is already in the plan (${PLAN}), which gives the chapter its number.`);
  }
  console.log(`
Next, as in CONTRIBUTING.md, "Add a chapter":
  1. npm run dev, and open http://localhost:4321/${part}/${slug}/
  2. Replace every "Replace this …" in ${file} with the chapter's text.
  3. Add the chapter's sources to content/references.bib and cite them with <Cite key="…" />.
  4. Build and look at it: npm run build, then the screenshots described under "Look at what you changed".`);
}

run(main);
