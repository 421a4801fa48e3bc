/**
 * The book index: every chapter's numbered figures, equations, tables and exercises, read
 * from the MDX sources at build time. Components and the route middleware ask it for numbers;
 * the numbering itself lives in scan.ts and parts.mjs.
 */
import { frontmatterTitle, numberedTitle, planEntries, planEntry, type PlanEntry } from './parts.mjs';
import { figureComponents, scanBook, type Book, type Numbered } from './scan';

const sources = import.meta.glob<string>('/content/**/*.mdx', { query: '?raw', import: 'default', eager: true });
const figureModules = import.meta.glob<{ FIGURE: { id: string; title: string } }>('/widgets/*/figure.ts', {
  eager: true,
});
const widgetSources = import.meta.glob<string>('/widgets/*/*.astro', { query: '?raw', import: 'default', eager: true });

const pages = Object.entries(sources).map(([path, source]) => {
  const file = path.slice(1);
  return { id: file.replace(/^content\//, '').replace(/\.mdx$/, ''), file, source };
});

export const book: Book = scanBook(pages, {
  figures: figureComponents(figureModules, widgetSources),
  chapterOf: (id) => planEntry(id)?.number,
});

/** A figure, equation, table or exercise by its id, anywhere in the book. */
export function numberOf(id: string): Numbered | undefined {
  return book.entries.get(id);
}

export interface Chapter extends PlanEntry {
  /** The frontmatter title, "Autoencoders". */
  title: string;
  /** "4 Autoencoders" (the bare title for an unnumbered page). */
  label: string;
}

/** The written pages of the plan, in reading order. */
export const chapters: readonly Chapter[] = planEntries().flatMap((e) => {
  const source = sources[`/${e.file}`];
  if (source === undefined) return [];
  const title = frontmatterTitle(source, e.file);
  return [{ ...e, title, label: numberedTitle(e.id, title) }];
});

/** The chapter (or appendix page) of a content entry id, "part-2/autoencoders". */
export function chapterOf(entryId: string): Chapter | undefined {
  return chapters.find((c) => c.id === entryId);
}

/** The content entry id of a page's path, "/part-2/autoencoders/" → "part-2/autoencoders". */
export function entryIdOfPath(pathname: string): string {
  return pathname.replace(/^\/+|\/+$/g, '') || 'index';
}

/**
 * The entry an authoring component (<Equation>, <Table>, <Exercise>) stands for, or an error
 * naming the page: the index numbers only components imported under their own names with a
 * plain string id, so anything else is an authoring mistake.
 */
export function numberedOrThrow(kind: Numbered['kind'], id: string, locals: App.Locals, url: URL): Numbered {
  const entry = numberOf(id);
  if (entry?.kind === kind) return entry;
  const where = locals.starlightRoute?.entry.filePath ?? url.pathname;
  const component = kind[0]!.toUpperCase() + kind.slice(1);
  throw new Error(
    `<${component} id="${id}"> in ${where} is not in the book index: import ${component} from its module in src/components/ under that name, and give it a string id.`,
  );
}
