/**
 * The edition's one configuration (book.config.mjs) and what repeats it for other tools:
 * CITATION.cff for citation tools, the version in package.json. A consistency check.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOK, editUrlBase } from '../../book.config.mjs';

/** A top-level scalar of a flat YAML file such as CITATION.cff (quoted or not). */
function scalar(yaml: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.+?)[ \\t]*$`, 'm').exec(yaml);
  return m?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
}

describe('the edition', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('CITATION.cff names the book, its version and its addresses as book.config.mjs does', () => {
    expect(scalar(cff, 'cff-version')).toBe('1.2.0');
    expect(scalar(cff, 'title')).toBe(BOOK.title);
    expect(scalar(cff, 'abstract')).toBe(BOOK.description);
    expect(scalar(cff, 'version')).toBe(pkg.version);
    expect(scalar(cff, 'date-released')).toBe(BOOK.released);
    expect(cff).toContain(`- name: '${BOOK.authors}'`);
    expect(scalar(cff, 'url')).toBe(BOOK.site);
    expect(scalar(cff, 'repository-code')).toBe(BOOK.repository);
  });

  it('opens a source file in the repository for editing', () => {
    expect(editUrlBase()).toBe(`${BOOK.repository}/edit/${BOOK.branch}/`);
    expect(editUrlBase({ ...BOOK, repository: 'https://git.example/me/book/' })).toBe('https://git.example/me/book/edit/main/');
    expect(new URL('content/part-2/autoencoders.mdx', editUrlBase()).pathname).toMatch(
      /\/edit\/main\/content\/part-2\/autoencoders\.mdx$/,
    );
  });
});
