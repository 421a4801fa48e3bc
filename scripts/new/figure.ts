/**
 * npm run new:figure <name> [-- --chapter <part>/<slug>] [--id <id>]
 *   e.g. npm run new:figure demo-figure -- --chapter part-4/pretext-tasks
 *
 * Writes widgets/<name>/ (figure.ts, state.ts, core.ts, plot.ts, the island and the .astro
 * component), tests/unit/<name>.test.ts and tests/e2e/<name>.spec.ts: a figure that builds
 * and passes its tests. With --chapter, the chapter imports and shows it, so it is numbered.
 */
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planEntry } from '../../src/book/parts.mjs';
import { addFigure } from './chapter-edit';
import { figureFiles, type FigureNames } from './figure-templates';
import { at, exists, read, rewrite, run, UsageError, writeAll } from './files';
import { idProblem, kebabProblem, pascalName, shortId, titleFromSlug } from './names';

/** Every id the book already uses: figures' FIGURE.id and the chapters' id="…" attributes. */
function takenIds(): Map<string, string> {
  const taken = new Map<string, string>();
  for (const folder of readdirSync(at('widgets'))) {
    const file = `widgets/${folder}/figure.ts`;
    const id = exists(file) ? /\bid:\s*['"]([^'"]+)['"]/.exec(read(file))?.[1] : undefined;
    if (id) taken.set(id, file);
  }
  for (const part of readdirSync(at('content'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const page of readdirSync(at(`content/${part.name}`)).filter((f) => f.endsWith('.mdx'))) {
      const file = `content/${part.name}/${page}`;
      for (const m of read(file).matchAll(/\bid="([^"]+)"/g)) taken.set(m[1]!, file);
    }
  }
  return taken;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { chapter: { type: 'string' }, id: { type: 'string' } },
  });
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0)
    throw new UsageError('Usage: npm run new:figure <name> [-- --chapter <part>/<slug>] [--id <id>]');
  const problem = kebabProblem(name, 'The figure name');
  if (problem) throw new UsageError(problem);
  if (name === 'lib') throw new UsageError('widgets/lib/ is the figures\u2019 shared code, not a figure; choose another name.');
  if (exists(`widgets/${name}`)) throw new UsageError(`widgets/${name}/ exists already; choose another name.`);

  const id = values.id ?? shortId(name);
  const bad = idProblem(id);
  if (bad) throw new UsageError(`${bad} Pass one with --id.`);
  const clash = takenIds().get(id);
  if (clash)
    throw new UsageError(`The id "${id}" is taken (${clash}); ids are unique in the whole book. Pass another with --id.`);

  const chapter = values.chapter?.replace(/^\/+|\/+$/g, '');
  const chapterFile = chapter && `content/${chapter}.mdx`;
  if (chapter && chapterFile) {
    if (!exists(chapterFile))
      throw new UsageError(
        `--chapter ${chapter}: ${chapterFile} does not exist (write it first, e.g. with npm run new:chapter).`,
      );
    if (planEntry(chapter)?.number === undefined)
      throw new UsageError(`--chapter ${chapter}: only numbered chapters of the plan (src/book/parts.mjs) have figures.`);
  }

  const names: FigureNames = { name, pascal: pascalName(name), id, title: titleFromSlug(name) };
  const files = figureFiles(names);
  writeAll(files);
  console.log(
    `Wrote the figure "${names.title}" (id "${id}"):\n${Object.keys(files)
      .map((f) => `  ${f}`)
      .join('\n')}`,
  );

  if (chapter && chapterFile) {
    const edit = addFigure(read(chapterFile), name, names.pascal);
    rewrite(chapterFile, edit.source);
    console.log(`Added <${names.pascal} /> to ${chapterFile}, line ${edit.line}; move it to where the text introduces it.`);
  } else {
    console.log(
      `Show it in a chapter: import ${names.pascal} from '~/widgets/${name}/${names.pascal}.astro'; then <${names.pascal} />.`,
    );
  }
  console.log(`
Next, as in CONTRIBUTING.md, "Add a figure":
  1. Replace core.ts with the figure's computation, and its test in tests/unit/${name}.test.ts;
     npx vitest run tests/unit/${name}.test.ts
  2. state.ts: the values a reader can change that a shared link should keep (parameters ${id}.*).
  3. The island, plot.ts, the fallback and the caption in ${names.pascal}.astro.
  4. npm run build, then: npx playwright test tests/e2e/${name}.spec.ts --project=chromium
  5. Add the figure's parameters to the README's table of figures.`);
}

run(main);
