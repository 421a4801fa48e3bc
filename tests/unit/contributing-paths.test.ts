/**
 * Every path CONTRIBUTING.md names in backticks exists in the repository, so that its recipes
 * point at real files. A `<placeholder>` segment matches any name (`widgets/<figure>/figure.ts`
 * needs at least one figure with a figure.ts). The recipes' examples of generated files
 * (`widgets/my-figure/…`, `content/part-4/pretext-tasks.mdx`) must be exactly what the
 * generators write; folders the tools create (`.cache/`, `test-results/`) are not checked.
 * The MDX examples must build when pasted into a chapter, so their ids are not the book's.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { figureFiles } from '../../scripts/new/figure-templates';
import { pascalName, shortId, titleFromSlug } from '../../scripts/new/names';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The MDX sources of the book's pages. */
function pageSources(dir = join(ROOT, 'content')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pageSources(path);
    return name.endsWith('.mdx') ? [readFileSync(path, 'utf8')] : [];
  });
}

const ALIASES: [string, string][] = [
  ['~/components/', 'src/components/'],
  ['~/widgets/', 'widgets/'],
  ['~/lib/', 'widgets/lib/'],
];
/** Made by the tools when they run, not kept in the repository. */
const GENERATED = /^(\.cache|test-results|dist|node_modules)\//;

/** Path-like words inside inline code spans (not fenced blocks), with aliases resolved. */
function mentionedPaths(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const out = new Set<string>();
  for (const [, span] of prose.matchAll(/`([^`\n]+)`/g)) {
    const words = span!.split(/\s+/);
    for (const [i, raw] of words.entries()) {
      let word = raw.replace(/^[('"{[]+|[)'"};,:.\]]+$/g, '');
      // `--chapter part-4/slug` names a chapter by its entry id.
      if (words[i - 1] === '--chapter') word = `content/${word}.mdx`;
      for (const [alias, dir] of ALIASES) if (word.startsWith(alias)) word = dir + word.slice(alias.length);
      if (!word.includes('/') || /^[/@~$.]|…|https?:|=/.test(word) || word.startsWith('./') || word.startsWith('../')) continue;
      if (!/^[\w<>.-]+(\/[\w<>.*-]*)*$/.test(word)) continue;
      out.add(word);
    }
  }
  return [...out].sort();
}

/** Whether a path exists in the repository, or is a file of an installed package (`astro/tsconfigs/strictest`). */
const exists = (path: string) => matches(path) || ['', '.json'].some((ext) => existsSync(join(ROOT, 'node_modules', path + ext)));

/** Whether a path exists, reading `<…>` segments (or parts of segments) as wildcards. */
function matches(path: string, dir = ROOT): boolean {
  const [head, ...rest] = path.split('/').filter((s, i, all) => s !== '' || i < all.length - 1);
  if (head === undefined || head === '') return true;
  if (!head.includes('<')) {
    const next = join(dir, head);
    if (!existsSync(next)) return false;
    return rest.length === 0 || rest.join('') === '' || (statSync(next).isDirectory() && matches(rest.join('/'), next));
  }
  const pattern = new RegExp(
    `^${head
      .split(/<[^>]+>/)
      .map(escape)
      .join('[^/]+')}$`,
  );
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .some((name) => rest.length === 0 || rest.join('') === '' || matches(rest.join('/'), join(dir, name)));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `npm run new:figure my-figure` and `npm run new:chapter part-6 afterword` write. */
const EXAMPLE = 'my-figure';
/** The example chapter: a slug the plan does not have, at the end of the last Part. */
const EXAMPLE_CHAPTER = 'part-6/afterword';
const generated = new Set([
  ...Object.keys(
    figureFiles({ name: EXAMPLE, pascal: pascalName(EXAMPLE), id: shortId(EXAMPLE), title: titleFromSlug(EXAMPLE) }),
  ),
  `widgets/${EXAMPLE}/`,
  `content/${EXAMPLE_CHAPTER}.mdx`,
]);

describe('CONTRIBUTING.md', () => {
  const paths = mentionedPaths(text);

  it('names enough paths for this check to mean something', () => {
    expect(paths.length).toBeGreaterThan(80);
  });

  it('names only paths that exist (or that the generators write in its examples)', () => {
    const missing = paths.filter((p) => !GENERATED.test(p) && !generated.has(p) && !exists(p));
    expect(missing).toEqual([]);
  });

  it('its examples of generated files are what the generators write, and not in the repository', () => {
    const examples = paths.filter((p) => p.includes(EXAMPLE) || p.includes(EXAMPLE_CHAPTER));
    expect(examples.length).toBeGreaterThan(3);
    for (const p of examples) {
      expect(generated.has(p), p).toBe(true);
      expect(existsSync(join(ROOT, p)), p).toBe(false);
    }
  });

  it('its MDX examples use ids the book does not, so that pasting one builds', () => {
    const examples = [...text.matchAll(/^```mdx\n([\s\S]*?)^```/gm)].map((m) => m[1]!).join('\n');
    const ids = [...examples.matchAll(/<(?:Exercise|Equation|Table)\s+id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    const book = pageSources().join('\n');
    for (const id of ids) expect(book, id).not.toContain(`id="${id}"`);
  });

  it('reads spans as paths the way the recipes write them', () => {
    const md =
      'Run `npx vitest run tests/unit/x.test.ts`, import `~/lib/ui/Messages.tsx`, see `widgets/<figure>/`, `new:figure x -- --chapter part-1/y`.\n```sh\nnot/this\n```\n';
    expect(mentionedPaths(md)).toEqual([
      'content/part-1/y.mdx',
      'tests/unit/x.test.ts',
      'widgets/<figure>/',
      'widgets/lib/ui/Messages.tsx',
    ]);
    expect(matches('widgets/<figure>/figure.ts')).toBe(true);
    expect(matches('tests/e2e/<name>.no-webgl.spec.ts')).toBe(true);
    expect(matches('widgets/<figure>/no-such-file.ts')).toBe(false);
    expect(matches('src/book/no-such-file.ts')).toBe(false);
  });
});
