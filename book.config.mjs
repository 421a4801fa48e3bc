// @ts-check
/**
 * The edition: what a fork changes to host its own copy of the book. The Astro
 * configuration, the "Edit this page" links, the citations of the book and the broken-link
 * check read it from here; CITATION.cff repeats it for citation tools, and
 * tests/unit/edition.test.ts keeps the two in step.
 */
export const BOOK = {
  title: 'Learning Without Labels',
  description: 'An open, interactive textbook on unsupervised and self-supervised learning.',
  /** Where the built book is served: its origin, used for canonical links and citations. */
  site: 'https://learning-without-labels.org',
  /** The source repository, and the branch whose files "Edit this page" opens. */
  repository: 'https://github.com/learning-without-labels/learning-without-labels',
  branch: 'main',
  /** The date this version was released (CITATION.cff's date-released): the year a citation gives. */
  released: '2026-12-04',
  /** Who the citations name as the book's authors. */
  authors: 'The Learning Without Labels contributors',
};

/** The address that opens a source file of the repository in its web editor. */
export function editUrlBase(book = BOOK) {
  return `${book.repository.replace(/\/+$/, '')}/edit/${book.branch}/`;
}
