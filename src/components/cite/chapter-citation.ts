/**
 * "Cite this chapter": the chapter as a chapter of the book, at this version, with its stable
 * address, as BibTeX and as a CSL entry that the bibliography's formatter (APA) prints. Pure,
 * so that tests/unit/chapter-citation.test.ts can read what a reader will copy.
 */
import type { CSL } from '@citation-js/core';

export interface Edition {
  readonly title: string;
  readonly site: string;
  readonly authors: string;
  readonly released: string;
}

export interface ChapterRef {
  /** The chapter's number in the book's plan, and its title without the number. */
  readonly number: number;
  readonly title: string;
  /** The page's path on the site, "/part-4/pretext-tasks/". */
  readonly path: string;
}

/** The chapter's address: its path under the site's address (which may end in a base path). */
export function chapterUrl(edition: Edition, path: string): string {
  return new URL(path.replace(/^\/+/, ''), edition.site.replace(/\/*$/, '/')).href;
}

/** A BibTeX key: "lwl" and the chapter's slug, stable across versions ("lwl-pretext-tasks"). */
export function citationKey(path: string): string {
  const slug = path.split('/').filter(Boolean).pop() ?? 'book';
  return `lwl-${slug.replace(/[^a-z0-9-]/gi, '')}`;
}

/** BibTeX's special characters escaped, and capitals kept by braces around the whole title. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function chapterBibtex(edition: Edition, chapter: ChapterRef, version: string): string {
  // Double braces keep the author (an organisation) and the titles' capitals as they are.
  const fields: [string, string][] = [
    ['author', `{{${bibtexText(edition.authors)}}}`],
    ['title', `{{${bibtexText(chapter.title)}}}`],
    ['booktitle', `{{${bibtexText(edition.title)}}}`],
    ['chapter', `{${chapter.number}}`],
    ['edition', `{Version ${bibtexText(version)}}`],
    ['year', `{${edition.released.slice(0, 4)}}`],
    ['url', `{${chapterUrl(edition, chapter.path)}}`],
  ];
  const body = fields.map(([k, v]) => `  ${k.padEnd(9)} = ${v}`).join(',\n');
  return `@incollection{${citationKey(chapter.path)},\n${body}\n}`;
}

export function chapterCsl(edition: Edition, chapter: ChapterRef, version: string): CSL {
  const [y, m, d] = edition.released.split('-').map(Number);
  return {
    id: citationKey(chapter.path),
    type: 'chapter',
    author: [{ literal: edition.authors }],
    title: chapter.title,
    'container-title': edition.title,
    'chapter-number': String(chapter.number),
    version,
    issued: { 'date-parts': [[y ?? 0, m ?? 1, d ?? 1]] },
    URL: chapterUrl(edition, chapter.path),
  } as CSL;
}
