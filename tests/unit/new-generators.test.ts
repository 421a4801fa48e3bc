/** The pieces of `npm run new:chapter` and `npm run new:figure`: names, the plan edit, the chapter edit, the skeletons. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addFigure } from '../../scripts/new/chapter-edit';
import { chapterSource } from '../../scripts/new/chapter-template';
import { firstBibKey } from '../../scripts/new/files';
import { figureFiles } from '../../scripts/new/figure-templates';
import { idProblem, kebabProblem, pascalName, shortId, titleFromSlug } from '../../scripts/new/names';
import { addToPlan, chaptersOf } from '../../scripts/new/plan';
import { PARTS } from '../../src/book/parts.mjs';
import { figureComponents, scanBook } from '../../src/book/scan';

const planSource = readFileSync(new URL('../../src/book/parts.mjs', import.meta.url), 'utf8');

describe('names from a slug', () => {
  it('accepts kebab-case only', () => {
    for (const ok of ['demo-figure', 'flow-2d', 'encoder-838', 'weat']) expect(kebabProblem(ok, 'x')).toBeUndefined();
    for (const bad of ['Demo', 'demo_figure', 'demo--figure', '-demo', 'demo-', '2d-flow', 'demo figure', '']) {
      expect(kebabProblem(bad, 'The name')).toMatch(/must be kebab-case/);
    }
  });

  it('gives the component name and a sentence-case title', () => {
    expect(pascalName('latent-space')).toBe('LatentSpace');
    expect(pascalName('flow-2d')).toBe('Flow2d');
    expect(titleFromSlug('pretext-tasks')).toBe('Pretext tasks');
    expect(titleFromSlug('weat')).toBe('Weat');
  });

  it('derives short ids: joined when short, initials when long, a prefix for one long word', () => {
    expect(shortId('word-map')).toBe('wordmap');
    expect(shortId('demo-figure')).toBe('demofigure');
    expect(shortId('change-of-variables')).toBe('cov');
    expect(shortId('gaussian-mixture')).toBe('gm');
    expect(shortId('reconstruction')).toBe('reconstruc');
    expect(idProblem(shortId('flow-2d'))).toBeUndefined();
    expect(idProblem('Demo')).toMatch(/lower-case/);
    expect(idProblem('de-mo')).toMatch(/lower-case/);
  });
});

describe('the plan edit', () => {
  it('reads each Part’s chapters from the real parts.mjs as the module exports them', () => {
    for (const part of PARTS) expect(chaptersOf(planSource, part.folder).items).toEqual(part.chapters);
  });

  it('leaves a planned slug where it is', () => {
    const edit = addToPlan(planSource, 'part-4', 'pretext-tasks');
    expect(edit).toEqual({ source: planSource, inserted: false, chapters: ['pretext-tasks', 'contrastive-learning'] });
  });

  it('adds a new slug at the end of its Part’s chapters, touching nothing else', () => {
    const edit = addToPlan(planSource, 'part-1', 'kernel-density');
    expect(edit.inserted).toBe(true);
    expect(edit.chapters).toEqual([...PARTS[0]!.chapters, 'kernel-density']);
    for (const part of PARTS.slice(1)) expect(chaptersOf(edit.source, part.folder).items).toEqual(part.chapters);
    expect(edit.source.replace(", 'kernel-density'", '')).toBe(planSource);
  });

  it('does not take the next Part’s list or the appendix for the chapters', () => {
    const src = `[{ folder: 'part-1', label: 'I', appendix: ['a'] }, { folder: 'part-2', chapters: ['b'] }]`;
    expect(() => chaptersOf(src, 'part-1')).toThrow(/part-1.*no `chapters/);
    expect(() => chaptersOf(src, 'part-9')).toThrow(/no Part with folder 'part-9'/);
    expect(addToPlan(`[{ folder: "part-1", chapters: [\n  "a",\n] }]`, 'part-1', 'b').source).toBe(
      `[{ folder: "part-1", chapters: ['a', 'b'] }]`,
    );
  });
});

describe('the chapter skeleton', () => {
  const source = chapterSource({ title: 'Pretext tasks', slug: 'pretext-tasks', citeKey: 'ackley1985' });

  it('numbers one equation, one table and one exercise, and refers to the equation', () => {
    const book = scanBook([{ id: 'part-4/pretext-tasks', file: 'content/part-4/pretext-tasks.mdx', source }], {
      figures: new Map(),
      chapterOf: () => 9,
    });
    expect([...book.entries.values()].map((e) => `${e.kind} ${e.label} ${e.id}`)).toEqual([
      'chapter 9 part-4/pretext-tasks',
      'equation 9.1 pretext-tasks-mean',
      'table 9.1 pretext-tasks-table',
      'exercise 9.1 pretext-tasks-mean-by-hand',
    ]);
    expect(book.refs.map((r) => r.to)).toEqual(['pretext-tasks-mean', 'pretext-tasks-mean']);
  });

  it('has the frontmatter, a citation, a check whose answer is right, a summary and the reference list', () => {
    expect(source).toMatch(/^---\ntitle: Pretext tasks\ndescription: .+\n---\n/);
    expect(source).toContain('<Cite key="ackley1985" />');
    // The check's answer is the mean of the numbers the question gives.
    const given = /the mean of \$(\d+)\$, \$(\d+)\$ and \$(\d+)\$/.exec(source)!.slice(1).map(Number);
    const answer = Number(/<Check answer=\{([\d.]+)\} tolerance=\{0\}/.exec(source)?.[1]);
    expect(answer).toBe(given.reduce((a, b) => a + b, 0) / given.length);
    expect(source).toMatch(/## Summary[\s\S]*## References\n\n<References \/>\n$/);
  });

  it('tells the author what to write in every line of prose, without marks the checks reject', () => {
    expect(source).not.toMatch(/\b(TODO|TBD|FIXME|placeholder|lorem|coming soon|to be written)\b/i);
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const prose = body
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^(import |<|\$\$|\||\\|## (Exercises|Summary|References)$)/.test(line));
    expect(prose.length).toBeGreaterThan(8);
    // An author who replaces every "Replace this …" leaves none of the skeleton behind.
    expect(prose.filter((line) => line !== 'In this chapter you will:' && !/replace this/i.test(line))).toEqual([]);
  });

  it('cites the first key of the bibliography', () => {
    expect(firstBibKey('% comment\n@article{ackley1985,\n  title = {A}\n}\n@book{b2000, title={B}}')).toBe('ackley1985');
    expect(() => firstBibKey('% nothing')).toThrow(/no entry/);
  });
});

describe('adding a figure to a chapter', () => {
  const chapter = `---\ntitle: T\n---\n\nimport Cite from '~/components/bib/Cite.astro';\n\nText.\n\n## Exercises\n\nQ.\n`;

  it('imports it after the last import and shows it before the exercises', () => {
    const edit = addFigure(chapter, 'demo-figure', 'DemoFigure');
    expect(edit.source).toBe(
      `---\ntitle: T\n---\n\nimport Cite from '~/components/bib/Cite.astro';\nimport DemoFigure from '~/widgets/demo-figure/DemoFigure.astro';\n\nText.\n\n<DemoFigure />\n\n## Exercises\n\nQ.\n`,
    );
    expect(edit.source.split('\n')[edit.line - 1]).toBe('<DemoFigure />');
  });

  it('works on a chapter with no imports and no back matter', () => {
    const edit = addFigure(`---\ntitle: T\n---\nText.\n`, 'demo-figure', 'DemoFigure');
    expect(edit.source).toBe(
      `---\ntitle: T\n---\n\nimport DemoFigure from '~/widgets/demo-figure/DemoFigure.astro';\n\nText.\n\n<DemoFigure />\n\n`,
    );
  });

  it('is numbered by the book once it is in the chapter', () => {
    const { source } = addFigure(chapter, 'demo-figure', 'DemoFigure');
    const figures = figureComponents(
      { '/widgets/demo-figure/figure.ts': { FIGURE: { id: 'demofigure' } } },
      {
        '/widgets/demo-figure/DemoFigure.astro': '<Widget figure={FIGURE}>',
      },
    );
    const book = scanBook([{ id: 'part-4/t', file: 'content/part-4/t.mdx', source }], { figures, chapterOf: () => 9 });
    expect(book.entries.get('demofigure')).toMatchObject({ kind: 'figure', label: '9.1', href: '/part-4/t/#demofigure' });
  });

  it('refuses a second import of the same figure or name', () => {
    const once = addFigure(chapter, 'demo-figure', 'DemoFigure').source;
    expect(() => addFigure(once, 'demo-figure', 'DemoFigure')).toThrow(
      /imports ~\/widgets\/demo-figure\/DemoFigure\.astro already/,
    );
    expect(() => addFigure(once, 'other', 'DemoFigure')).toThrow(/another component named DemoFigure/);
  });
});

describe('the figure skeleton', () => {
  const files = figureFiles({ name: 'demo-figure', pascal: 'DemoFigure', id: 'demofigure', title: 'Demo figure' });

  it('writes the folder’s files and both tests', () => {
    expect(Object.keys(files).sort()).toEqual([
      'tests/e2e/demo-figure.spec.ts',
      'tests/unit/demo-figure.test.ts',
      'widgets/demo-figure/DemoFigure.astro',
      'widgets/demo-figure/DemoFigureIsland.tsx',
      'widgets/demo-figure/core.ts',
      'widgets/demo-figure/figure.ts',
      'widgets/demo-figure/plot.ts',
      'widgets/demo-figure/state.ts',
    ]);
  });

  it('gives the figure its identity in figure.ts and passes it to the frame', () => {
    expect(files['widgets/demo-figure/figure.ts']).toContain(
      "export const FIGURE = { id: 'demofigure', title: 'Demo figure' } as const;",
    );
    expect(files['widgets/demo-figure/state.ts']).toContain('export const WIDGET_ID = FIGURE.id;');
    expect(files['widgets/demo-figure/DemoFigure.astro']).toMatch(/<Widget figure=\{FIGURE\}>[\s\S]*<Island client:near/);
  });

  it('imports only its own folder and widgets/lib', () => {
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith('widgets/')) continue;
      for (const [, spec] of text.matchAll(/from '([^']+)'/g))
        expect(spec, `${path} imports ${spec}`).toMatch(/^(\.\/|\.\.\/lib\/|@observablehq\/plot$|preact\/hooks$)/);
    }
  });
});
