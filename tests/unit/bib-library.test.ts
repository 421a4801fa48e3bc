import { describe, expect, it } from 'vitest';
import { entriesNamedIn, parseBibFile, parseBibFiles } from '../../src/components/bib/bibtex';
import { numberCitations } from '../../src/components/bib/numbering';

const A = `@article{smith2020, author={Smith, Ann}, title={A Study of Things}, journal={J}, year={2020}}
@book{doe2019, author={Doe, Jo}, title={Deep Learning}, publisher={P}, year={2019}}`;
const B = `@article{smith2020, author={Smith, Ann}, title={A study of things}, journal={J}, year={2020}, doi={10.1/x}}
@article{roe2021, author={Roe, Rae}, title={Deep learning for the study of other things}, journal={K}, year={2021}}`;

describe('parseBibFiles', () => {
  it('merges files; a key written twice for the same work keeps the fuller entry', () => {
    const lib = parseBibFiles({ 'refs/b.bib': B, 'refs/a.bib': A });
    expect([...lib.keys()].sort()).toEqual(['doe2019', 'roe2021', 'smith2020']);
    expect(lib.get('smith2020')?.csl.DOI).toBe('10.1/x');
    expect(lib.get('smith2020')?.file).toBe('refs/b.bib');
    expect(lib.get('doe2019')?.file).toBe('refs/a.bib');
  });

  it('rejects one key for two different works, naming both files', () => {
    const other = `@article{smith2020, author={Smith, Ann}, title={Another paper}, journal={J}, year={2020}}`;
    expect(() => parseBibFiles({ 'refs/a.bib': A, 'refs/c.bib': other })).toThrow(
      'Citation key "smith2020" names two different works, in refs/a.bib ("A Study of Things") and refs/c.bib ("Another paper")',
    );
  });

  it('names the file of a syntax error, a duplicate key, a missing title or year', () => {
    expect(() => parseBibFile('@article{x2020, title={T}, year={2020}\n@book{y, title={U}}', 'refs/bad.bib')).toThrow(
      /^refs\/bad\.bib: not valid BibTeX: .*line 2/s,
    );
    expect(() => parseBibFile(`${A}\n${A}`, 'refs/twice.bib')).toThrow(
      'refs/twice.bib: citation key "smith2020" is defined twice.',
    );
    expect(() => parseBibFile('@misc{n2020, year={2020}}', 'refs/t.bib')).toThrow('refs/t.bib: entry "n2020" has no title.');
    expect(() => parseBibFile('@misc{n, title={T}}', 'refs/y.bib')).toThrow('refs/y.bib: entry "n" has no year.');
  });
});

describe('entriesNamedIn', () => {
  const lib = parseBibFiles({ 'a.bib': A, 'b.bib': B });
  it('finds works by title in free text, in order, preferring the longer of nested titles', () => {
    const text = 'R. Roe. Deep Learning for the Study of Other Things. K 2021; A. Smith. A study of things. J 2020.';
    expect(entriesNamedIn(text, lib).map((e) => e.key)).toEqual(['roe2021', 'smith2020']);
    expect(entriesNamedIn('J. Doe. Deep learning. P, 2019.', lib).map((e) => e.key)).toEqual(['doe2019']);
    expect(entriesNamedIn('Nothing we know.', lib)).toEqual([]);
  });
});

describe('numberCitations', () => {
  const lib = parseBibFiles({ 'a.bib': A, 'b.bib': B });
  const page = (body: string) =>
    `import Cite from '~/components/bib/Cite.astro';\nimport References from '~/components/bib/References.astro';\n\n${body}`;

  it('numbers in order of first citation, the same for text and list', () => {
    const ch = numberCitations(
      page('<Cite key="roe2021, smith2020" /> <Cite key="smith2020" />\n\n<References />'),
      'content/c.mdx',
      lib,
    );
    expect(ch.cited.map((c) => [c.key, c.number])).toEqual([
      ['roe2021', 1],
      ['smith2020', 2],
    ]);
    expect(ch.byKey.get('smith2020')?.number).toBe(2);
  });

  it('fails on an unknown key, naming the key, the file and the line', () => {
    expect(() =>
      numberCitations(page('Text.\n<Cite key="smith2020, nobody1999" />\n\n<References />'), 'content/part-9/c.mdx', lib),
    ).toThrow(
      'content/part-9/c.mdx: unknown citation key "nobody1999" (line 5). Add the entry to content/references.bib, or correct the key.',
    );
  });

  it('fails on citations without a list, a list without citations, and two lists', () => {
    expect(() => numberCitations(page('<Cite key="smith2020" />'), 'content/c.mdx', lib)).toThrow(
      'content/c.mdx cites 1 work(s) but has no reference list: end it with "## References" and <References />.',
    );
    expect(() => numberCitations(page('<References />'), 'content/c.mdx', lib)).toThrow(
      'content/c.mdx has <References /> but cites nothing',
    );
    expect(() => numberCitations(page('<Cite key="smith2020" />\n<References />\n<References />'), 'content/c.mdx', lib)).toThrow(
      'content/c.mdx has 2 <References />; a chapter has one.',
    );
    expect(numberCitations('No citations here.', 'content/d.mdx', lib).cited).toEqual([]);
  });
});
