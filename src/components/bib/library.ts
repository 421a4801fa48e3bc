/**
 * The book's bibliography at build time: `content/references.bib` parsed once per build,
 * every chapter's citations scanned once, every reference formatted once. Only `.astro`
 * components import this, so none of it reaches the browser.
 */
import { parseBibFiles, entriesNamedIn, type BibEntry, type Library } from './bibtex';
import { formatReference } from './format';
import { numberCitations, type Chapter } from './numbering';

const BIB_FILES = import.meta.glob<string>('/content/references.bib', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SOURCES = import.meta.glob<string>('/content/**/*.mdx', { query: '?raw', import: 'default', eager: true });

/** A glob key (`/content/a.mdx`) as the path people know (`content/a.mdx`). */
const display = (path: string) => path.replace(/^\/+/, '');

/** Every page source under content/, as `content/…/x.mdx`. */
export const pageFiles: readonly string[] = Object.keys(SOURCES).map(display).sort();

let library: Library | undefined;
export function bibliography(): Library {
  library ??= parseBibFiles(Object.fromEntries(Object.entries(BIB_FILES).map(([p, t]) => [display(p), t])));
  return library;
}

const chapters = new Map<string, Chapter>();

/** The source file of the page being rendered, from Starlight's route data. */
export function pageFile(locals: App.Locals, component: string): string {
  const file = locals.starlightRoute.entry.filePath;
  if (!file) throw new Error(`<${component}> works only in a chapter under content/ (page ${locals.starlightRoute.entry.id}).`);
  return file;
}

/** A chapter's numbered citations, checked; `file` is its source, e.g. `content/part-2/autoencoders.mdx`. */
export function chapter(file: string): Chapter {
  const path = display(file);
  let result = chapters.get(path);
  if (!result) {
    const source = SOURCES[`/${path}`];
    if (source === undefined) throw new Error(`Citations are only possible in a chapter under content/; ${path} is not one.`);
    result = numberCitations(source, path, bibliography());
    chapters.set(path, result);
  }
  return result;
}

const formatted = new Map<string, string>();
/** The entry's formatted HTML (APA), with or without links for its DOI/URL. */
export function referenceHtml(entry: BibEntry, links: boolean): string {
  const id = `${links ? 'a' : 't'}:${entry.key}`;
  let html = formatted.get(id);
  if (html === undefined) {
    html = formatReference(entry.csl, { links });
    formatted.set(id, html);
  }
  return html;
}

/** Free-text references (model cards' "cite" lines) resolved against the bibliography. */
export function resolveFreeText(text: string, where: string): BibEntry[] {
  const found = entriesNamedIn(text, bibliography());
  if (found.length === 0) {
    throw new Error(
      `${where}: "${text}" matches no title in content/references.bib; add the work there so it prints like every other reference.`,
    );
  }
  return found;
}

const citeCounts = new WeakMap<object, number>();
/** A fresh number per page render (keyed by the page's `Astro.locals`), for popover ids. */
export function nextCiteId(page: object): number {
  const n = (citeCounts.get(page) ?? 0) + 1;
  citeCounts.set(page, n);
  return n;
}
