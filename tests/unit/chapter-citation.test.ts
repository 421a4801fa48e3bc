/** "Cite this chapter": what a reader copies, BibTeX and the formatted line, for a real chapter. */
import { describe, expect, it } from 'vitest';
import { BOOK } from '../../book.config.mjs';
import { formatReference } from '../../src/components/bib/format';
import { chapterBibtex, chapterCsl, chapterUrl, citationKey } from '../../src/components/cite/chapter-citation';

const chapter = { number: 4, title: 'Autoencoders', path: '/part-2/autoencoders/' };

describe('cite this chapter', () => {
  it('gives the stable address, under a base path too', () => {
    expect(chapterUrl(BOOK, chapter.path)).toBe(`${BOOK.site}/part-2/autoencoders/`);
    expect(chapterUrl({ ...BOOK, site: 'https://uni.example/course' }, chapter.path)).toBe(
      'https://uni.example/course/part-2/autoencoders/',
    );
  });

  it('writes a BibTeX entry a BibTeX parser reads back', async () => {
    const bib = chapterBibtex(BOOK, chapter, '0.1.0');
    expect(citationKey(chapter.path)).toBe('lwl-autoencoders');
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    const [entry] = new Cite(bib).data as Record<string, unknown>[];
    expect(entry).toMatchObject({
      type: 'chapter',
      title: 'Autoencoders',
      'container-title': BOOK.title,
      edition: 'Version 0.1.0',
    });
    expect(entry?.['URL']).toBe(`${BOOK.site}/part-2/autoencoders/`);
    expect((entry?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(Number(BOOK.released.slice(0, 4)));
  });

  it('formats one line with the authors, year, title, book, version and address', () => {
    const html = formatReference(chapterCsl(BOOK, chapter, '0.1.0'), { links: false });
    for (const part of [
      BOOK.authors,
      BOOK.released.slice(0, 4),
      'Autoencoders',
      BOOK.title,
      '0.1.0',
      `${BOOK.site}/part-2/autoencoders/`,
    ])
      expect(html).toContain(part);
  });

  it('escapes what BibTeX would read as markup', () => {
    const bib = chapterBibtex(BOOK, { number: 1, title: 'Costs & {braces} 100%', path: '/x/' }, '1');
    expect(bib).toContain('title     = {{Costs \\& braces 100\\%}}');
  });
});
