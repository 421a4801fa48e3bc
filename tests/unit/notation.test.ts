/** The notation page's reserved symbols, and every chapter keeping to them. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { planEntries } from '../../src/book/parts.mjs';
import { notationIssues, parseNotationTable } from '../../src/book/notation';

const page = readFileSync('content/part-6/notation.mdx', 'utf8');
const rows = parseNotationTable(page);

describe('the notation page', () => {
  test('reserves one letter per meaning, and each set of words to one letter', () => {
    const symbols = rows.map((r) => r.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['n', 'D', 'd', 'K', 'k', 'S', 'L', 'm']));
    expect(new Set(symbols).size).toBe(symbols.length);
    const words = rows.flatMap((r) => r.words);
    expect(new Set(words).size).toBe(words.length);
    expect(rows.find((r) => r.symbol === 'S')?.words).toContain('importance samples');
  });
});

describe('the checker', () => {
  test('finds a reserved letter used with another row’s words', () => {
    const found = notationIssues('Draw $K = 500$ importance samples and\nuse $k$ negative samples.', rows);
    expect(found.map((i) => [i.line, i.found])).toEqual([
      [1, '$K = 500$ importance samples and'],
      [2, '$k$ negative samples.'],
    ]);
  });

  test('finds data and codes living in the wrong space', () => {
    const found = notationIssues(
      'Let $x \\in \\mathbb{R}^d$ and $z = f(x) \\in \\mathbb{R}^k$; $x_i \\in \\mathbb{R}^D$ is fine.',
      rows,
    );
    expect(found.map((i) => i.found)).toEqual(['x \\in \\mathbb{R}^d']);
    expect(notationIssues('a code $z \\in \\mathbb{R}^k$', rows)).toHaveLength(1);
  });

  test('accepts the reserved letters in their own meaning, and ignores display math', () => {
    const ok = 'With $K$ clusters, $S = 500$ importance samples and $m = 5$ negative samples over $n$ points.\n$$\nK samples\n$$';
    expect(notationIssues(ok, rows)).toEqual([]);
  });
});

describe('every chapter', () => {
  for (const entry of planEntries().filter((e) => e.id !== 'part-6/notation')) {
    let source: string;
    try {
      source = readFileSync(entry.file, 'utf8');
    } catch {
      continue; // a planned chapter not written yet
    }
    test(`${entry.file} uses the reserved symbols as the notation page defines them`, () => {
      expect(notationIssues(source, rows).map((i) => `${entry.file}:${i.line} ${i.found}: ${i.message}`)).toEqual([]);
    });
  }
});
