/** The book's plan: chapter numbers are positions in it, whatever has been written. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  PARTS,
  frontmatterTitle,
  numberedTitle,
  planEntries,
  planEntry,
  sidebarFromParts,
  unplanned,
} from '../../src/book/parts.mjs';

describe('the plan', () => {
  test('numbers the fifteen chapters 1–15 across the six Parts, in order', () => {
    const numbered = planEntries().filter((e) => e.number !== undefined);
    expect(numbered.map((e) => e.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(PARTS.map((p) => p.folder)).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5', 'part-6']);
    expect(planEntry('part-1/why-learn-without-labels')?.number).toBe(1);
    expect(planEntry('part-1/dimensionality-reduction')?.number).toBe(3);
    expect(planEntry('part-2/autoencoders')).toEqual({
      id: 'part-2/autoencoders',
      part: 'part-2',
      number: 4,
      href: '/part-2/autoencoders/',
      file: 'content/part-2/autoencoders.mdx',
    });
    expect(planEntry('part-3/normalizing-flows')?.number).toBe(7);
    expect(planEntry('part-4/contrastive-learning')?.number).toBe(10);
    expect(planEntry('part-5/bias-in-embeddings')?.number).toBe(12);
    expect(planEntry('part-6/where-to-go-next')?.number).toBe(15);
  });

  test('the model cards and the notation are unnumbered appendix pages of Part VI, after chapter 15', () => {
    const all = planEntries();
    expect(all.at(-2)).toMatchObject({ id: 'part-6/model-cards', part: 'part-6', number: undefined });
    expect(all.at(-1)).toMatchObject({ id: 'part-6/notation', part: 'part-6', number: undefined });
    expect(numberedTitle('part-6/model-cards', 'Model cards')).toBe('Model cards');
    expect(numberedTitle('part-2/autoencoders', 'Autoencoders')).toBe('4 Autoencoders');
    expect(numberedTitle('index', 'Home')).toBe('Home');
  });

  test('a page outside the plan is reported; the home and 404 pages are not', () => {
    expect(unplanned(['index', '404', 'part-2/autoencoders', 'part-2/sparse-autoencoders'])).toEqual([
      'part-2/sparse-autoencoders',
    ]);
  });
});

describe('frontmatter titles', () => {
  test('plain, double- and single-quoted', () => {
    expect(frontmatterTitle('---\ntitle: Autoencoders\ndescription: x\n---\n', 'f')).toBe('Autoencoders');
    expect(frontmatterTitle('---\ntitle: "Flows: exact likelihood"\n---\n', 'f')).toBe('Flows: exact likelihood');
    expect(frontmatterTitle("---\ntitle: 'The decoder''s map'\n---\n", 'f')).toBe("The decoder's map");
  });
  test('a missing title names the file', () => {
    expect(() => frontmatterTitle('---\ndescription: x\n---\n', 'content/part-1/x.mdx')).toThrow(/content\/part-1\/x\.mdx/);
  });
});

describe('the sidebar', () => {
  const chapter = (title: string) => `---\ntitle: ${title}\nsidebar:\n  order: 99\n---\n\nText.\n`;
  function contentDir(files: Record<string, string>): URL {
    const root = mkdtempSync(join(tmpdir(), 'book-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return new URL(`file://${root}/`);
  }

  test('lists written pages in plan order with their numbers, ignoring sidebar.order, and skips empty Parts', () => {
    const dir = contentDir({
      'index.mdx': chapter('Home'),
      'part-2/variational-autoencoders.mdx': chapter('Variational autoencoders'),
      'part-2/autoencoders.mdx': chapter('Autoencoders'),
      'part-6/model-cards.mdx': chapter('Model cards'),
      'part-2/_draft.mdx': chapter('Not a page'),
    });
    expect(sidebarFromParts(dir)).toEqual([
      {
        label: 'II. Autoencoders',
        items: [
          { slug: 'part-2/autoencoders', label: '4 Autoencoders' },
          { slug: 'part-2/variational-autoencoders', label: '6 Variational autoencoders' },
        ],
      },
      { label: 'VI. Practice', items: [{ slug: 'part-6/model-cards', label: 'Model cards' }] },
    ]);
  });

  test('a chapter file missing from the plan fails, telling the author to add it to parts.mjs', () => {
    const dir = contentDir({ 'part-2/autoencoders.mdx': chapter('Autoencoders'), 'part-2/sparse.mdx': chapter('Sparse') });
    expect(() => sidebarFromParts(dir)).toThrow(
      /content\/part-2\/sparse\.mdx: not in the book's plan\. Add .* src\/book\/parts\.mjs/,
    );
  });

  test('the real content folder has only planned pages', () => {
    const groups = sidebarFromParts(new URL('../../content/', import.meta.url));
    expect(groups[0]?.items[0]).toEqual({ slug: 'part-1/why-learn-without-labels', label: '1 Why learn without labels' });
  });
});
