/** The book's own citations: every key resolves, every chapter that cites has its list. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bibliography, chapter, pageFiles, referenceHtml } from '../../src/components/bib/library';

describe('the bibliography in content/', () => {
  it('parses, with keys written firstauthorYEAR in lower case', () => {
    const bad = [...bibliography().values()]
      .filter((e) => !/^[a-z][a-z0-9]*\d{4}[a-z]?$/.test(e.key))
      .map((e) => `${e.key} (${e.file})`);
    expect(bad).toEqual([]);
  });

  it.each(pageFiles)('%s: every cited key exists, and citations come with <References />', (file) => {
    const cited = chapter(file).cited;
    for (const c of cited) expect(referenceHtml(c.entry, true)).not.toBe('');
    // A "## References" heading means the page has a list: it must be the generated one.
    const source = readFileSync(file, 'utf8');
    if (/^## References\s*$/m.test(source)) expect(cited.length).toBeGreaterThan(0);
  });
});
