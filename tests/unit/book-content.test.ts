/** The real book: it scans without a duplicate, every <Ref to> resolves, and the numbers follow the plan. */
import { describe, expect, test } from 'vitest';
import { book, chapterOf, chapters, numberOf } from '../../src/book/index';
import { unknownRefMessage, unresolvedRefs } from '../../src/book/scan';
import { planEntries } from '../../src/book/parts.mjs';

describe('the book in content/', () => {
  test('every <Ref to> names a figure, equation, table or exercise of the book', () => {
    const messages = unresolvedRefs(book).map((r) => unknownRefMessage(r.to, r.file, book));
    expect(messages).toEqual([]);
  });

  test('every number is its chapter’s number, and each kind counts 1, 2, … within a chapter', () => {
    const byChapterAndKind = new Map<string, string[]>();
    for (const e of book.entries.values()) {
      if (e.kind === 'chapter') continue;
      expect(chapterOf(e.href.split('#')[0]!.replace(/^\/|\/$/g, ''))?.number).toBe(e.chapter);
      const key = `${e.chapter}:${e.kind}`;
      byChapterAndKind.set(key, [...(byChapterAndKind.get(key) ?? []), e.label]);
    }
    for (const [key, labels] of byChapterAndKind) {
      const chapter = key.split(':')[0];
      expect(labels.sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))).toEqual(
        labels.map((_, i) => `${chapter}.${i + 1}`),
      );
    }
  });

  test('the written chapters carry their plan numbers, and the first figure of chapter 1 is Figure 1.1', () => {
    expect(chapters.find((c) => c.id === 'part-1/why-learn-without-labels')?.label).toBe('1 Why learn without labels');
    expect(chapterOf('part-2/autoencoders')?.label).toBe('4 Autoencoders');
    expect(chapterOf('part-6/model-cards')?.label).toBe('Model cards');
    expect(numberOf('part-2/autoencoders')).toMatchObject({ kind: 'chapter', label: '4', href: '/part-2/autoencoders/' });
    // A planned chapter that is not written is not an entry: a <Ref> to it fails the build.
    const unwritten = planEntries().filter((e) => !chapters.some((c) => c.id === e.id));
    for (const e of unwritten) expect(numberOf(e.id), e.id).toBeUndefined();
    expect(numberOf('gmm')).toMatchObject({ kind: 'figure', label: '1.1', href: '/part-1/why-learn-without-labels/#gmm' });
  });
});
