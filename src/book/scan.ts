/**
 * The book's numbering, computed from the MDX sources as plain strings (no Vite, no Astro),
 * so that it can be tested on fixtures. Per chapter, in order of appearance, it numbers the
 * figures, `<Equation id>`, `<Table id>` and `<Exercise id>` elements, and it collects every
 * `<Ref to>` so that references can be checked before a page is rendered. Each written
 * chapter is an entry too, under its content id ("part-1/why-learn-without-labels"), so that
 * `<Ref to="part-1/why-learn-without-labels" />` reads "Chapter 1".
 */
import { blankCode, headingSlugs, jsxTags, parseImports } from './mdx';

export type Kind = 'chapter' | 'figure' | 'equation' | 'table' | 'exercise';
/** What a chapter numbers inside itself. */
type InnerKind = Exclude<Kind, 'chapter'>;

export interface Numbered {
  id: string;
  kind: Kind;
  /** "4.2" (a chapter: "4") */
  label: string;
  /** "/part-2/autoencoders/#recon" (a chapter: "/part-2/autoencoders/") */
  href: string;
  chapter: number;
  /** "content/part-2/autoencoders.mdx" */
  file: string;
  line: number;
}

export interface RefUse {
  to: string;
  file: string;
  line: number;
}

export interface Page {
  /** Content entry id, "part-2/autoencoders". */
  id: string;
  /** Path from the project root, "content/part-2/autoencoders.mdx". */
  file: string;
  source: string;
}

export interface Book {
  entries: ReadonlyMap<string, Numbered>;
  refs: readonly RefUse[];
}

export const KIND_NAME: Record<Kind, string> = {
  chapter: 'Chapter',
  figure: 'Figure',
  equation: 'Equation',
  table: 'Table',
  exercise: 'Exercise',
};

/** The authoring components, by the module a chapter imports them from. */
const COMPONENTS: Record<string, InnerKind | 'ref'> = {
  '~/components/Equation.astro': 'equation',
  '~/components/Table.astro': 'table',
  '~/components/exercise/Exercise.astro': 'exercise',
  '~/components/Ref.astro': 'ref',
};

const ID = /^[A-Za-z][\w-]*$/;

/**
 * Figure components by import specifier ("~/widgets/reconstruction/Reconstruction.astro" → "recon"):
 * the components of a folder with a `figure.ts` that render the figure frame `<Widget>`.
 * A folder's other components (a static table beside the figure, say) are not figures.
 * Keys are project-root paths as `import.meta.glob` gives them ("/widgets/x/figure.ts").
 */
export function figureComponents(
  figureModules: Record<string, { FIGURE: { id: string } }>,
  astroSources: Record<string, string>,
): Map<string, string> {
  const idOfFolder = new Map<string, string>();
  for (const [path, mod] of Object.entries(figureModules)) {
    idOfFolder.set(path.replace(/\/figure\.ts$/, ''), mod.FIGURE.id);
  }
  const out = new Map<string, string>();
  for (const [path, source] of Object.entries(astroSources)) {
    const id = idOfFolder.get(path.replace(/\/[^/]+$/, ''));
    if (id !== undefined && /<Widget\b/.test(source)) out.set(`~${path}`, id);
  }
  return out;
}

export interface ScanOptions {
  /** Figure components by import specifier, as `figureComponents` returns them. */
  figures: ReadonlyMap<string, string>;
  /** The chapter number of a content entry, undefined for unnumbered pages. */
  chapterOf: (entryId: string) => number | undefined;
}

/** Numbers everything in the book. Throws on a duplicate or malformed id, naming the files. */
export function scanBook(pages: readonly Page[], { figures, chapterOf }: ScanOptions): Book {
  const entries = new Map<string, Numbered>();
  const refs: RefUse[] = [];
  const problems: string[] = [];
  const byFile = [...pages].sort((a, b) => a.file.localeCompare(b.file));

  for (const page of byFile) {
    const text = blankCode(page.source);
    const imports = parseImports(text);
    const chapter = chapterOf(page.id);
    const counts: Record<InnerKind, number> = { figure: 0, equation: 0, table: 0, exercise: 0 };
    const slugs = headingSlugs(text);
    if (chapter !== undefined) {
      entries.set(page.id, {
        id: page.id,
        kind: 'chapter',
        label: String(chapter),
        href: `/${page.id}/`,
        chapter,
        file: page.file,
        line: 1,
      });
    }

    for (const tag of jsxTags(text)) {
      const spec = imports.get(tag.name);
      if (spec === undefined) continue;
      const at = `${page.file}:${tag.line}`;
      const kind: InnerKind | 'ref' | undefined = figures.has(spec) ? 'figure' : COMPONENTS[spec];
      if (kind === undefined) continue;

      if (kind === 'ref') {
        const to = tag.attrs.get('to');
        if (typeof to !== 'string') problems.push(`${at}: <${tag.name}> needs to="<id>" as a plain string.`);
        else refs.push({ to, file: page.file, line: tag.line });
        continue;
      }

      let id: string;
      if (kind === 'figure') {
        id = figures.get(spec)!;
      } else {
        const attr = tag.attrs.get('id');
        if (typeof attr !== 'string') {
          problems.push(`${at}: <${tag.name}> needs id="<id>" as a plain string, so the book can number it.`);
          continue;
        }
        id = attr;
      }
      if (!ID.test(id)) {
        problems.push(`${at}: id "${id}" must start with a letter and hold only letters, digits, - and _.`);
        continue;
      }
      if (chapter === undefined) {
        problems.push(
          `${at}: ${KIND_NAME[kind]} "${id}" is on a page without a chapter number; only chapters number their ${kind}s.`,
        );
        continue;
      }
      const seen = entries.get(id);
      if (seen) {
        problems.push(
          `Duplicate id "${id}": ${KIND_NAME[seen.kind].toLowerCase()} at ${seen.file}:${seen.line} and ${kind} at ${at}. Ids are unique in the whole book.`,
        );
        continue;
      }
      if (slugs.has(id)) {
        problems.push(`${at}: id "${id}" is also the anchor of a heading on this page; choose another id.`);
        continue;
      }
      counts[kind] += 1;
      entries.set(id, {
        id,
        kind,
        label: `${chapter}.${counts[kind]}`,
        href: `/${page.id}/#${id}`,
        chapter,
        file: page.file,
        line: tag.line,
      });
    }
  }
  if (problems.length > 0) throw new Error(`The book's numbering failed:\n  ${problems.join('\n  ')}`);
  return { entries, refs };
}

/** The `<Ref to>` uses whose id the book does not define. */
export function unresolvedRefs(book: Book): RefUse[] {
  return book.refs.filter((r) => !book.entries.has(r.to));
}

/** The message for a `<Ref to>` with an unknown id, with the nearest known ids as suggestions. */
export function unknownRefMessage(to: string, file: string, book: Book): string {
  const lines = book.refs.filter((r) => r.to === to && r.file === file).map((r) => r.line);
  const where = lines.length > 0 ? `${file}:${lines.join(', ')}` : file;
  const near = [...book.entries.keys()].filter((id) => editDistance(id, to) <= 2);
  const hint = near.length > 0 ? ` Did you mean ${near.map((id) => `"${id}"`).join(' or ')}?` : '';
  return `<Ref to="${to}" /> in ${where}: no written chapter, figure, equation, table or exercise in the book has the id "${to}".${hint}`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
