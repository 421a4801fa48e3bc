/** The book index on fixture chapters: what counts as a figure, what is numbered, what fails. */
import { describe, expect, test } from 'vitest';
import { figureComponents, scanBook, unknownRefMessage, unresolvedRefs, type Page } from '../../src/book/scan';
import { blankCode, jsxTags } from '../../src/book/mdx';

const figures = figureComponents(
  {
    '/widgets/reconstruction/figure.ts': { FIGURE: { id: 'recon' } },
    '/widgets/latent-space/figure.ts': { FIGURE: { id: 'latent' } },
    '/widgets/weat/figure.ts': { FIGURE: { id: 'weat' } },
  },
  {
    '/widgets/reconstruction/Reconstruction.astro': '---\n---\n<Widget figure={FIGURE}>…</Widget>',
    '/widgets/latent-space/LatentSpace.astro': '<Widget figure={FIGURE} usesTf>…</Widget>',
    '/widgets/weat/Weat.astro': '<Widget figure={FIGURE}>…</Widget>',
    // Beside a figure but not one: it renders no frame.
    '/widgets/weat/WeatTable.astro': '<table>…</table>',
    // A frame but no figure.ts in its folder.
    '/widgets/sketch/Sketch.astro': '<Widget figure={x}>…</Widget>',
  },
);
const chapterOf = (id: string) =>
  ({ 'part-2/autoencoders': 4, 'part-2/variational-autoencoders': 6, 'part-5/bias-in-embeddings': 12 })[id];
const page = (id: string, source: string): Page => ({ id, file: `content/${id}.mdx`, source });

const AE = `---
title: Autoencoders
---

import Reconstruction from '~/widgets/reconstruction/Reconstruction.astro';
import LatentSpace from "~/widgets/latent-space/LatentSpace.astro";
import Sketch from '~/widgets/sketch/Sketch.astro';
import Ref from '~/components/Ref.astro';
import Equation from '~/components/Equation.astro';
import Table from '~/components/Table.astro';
import Exercise from '~/components/exercise/Exercise.astro';

## Loss

<Equation id="ae-loss">

$$
L = \\| x - g(f(x)) \\|^2
$$

</Equation>

As <Ref to="elbo" /> shows in chapter 6, and <Ref to="recon" bare /> here:

\`\`\`mdx
<Reconstruction />
<Equation id="in-a-fence">
\`\`\`

Inline code: \`<Table id="in-code" caption="x">\` is not a table.

{/* <Ref to="in-a-comment" /> */}

<Sketch />

<Table id="pca-vs-ae" caption="PCA against the autoencoder, a > b">

| k | PCA | AE |
| - | --- | -- |

</Table>

<Reconstruction />

<Exercise id="count-params" title="Count the parameters">Text.</Exercise>

<Equation id="pca-objective">

$$ x $$

</Equation>

<LatentSpace />

<Exercise id="bottleneck" title={"A title with a } brace"}>Text.</Exercise>
`;

const VAE = `import Equation from '~/components/Equation.astro';
import Ref from '~/components/Ref.astro';

<Equation id="elbo">

$$ \\mathcal{L} $$

</Equation>

See <Ref to="ae-loss" />, <Ref to="latnet" /> and <Ref to={"weat"} />.
`;

describe('the scanner', () => {
  const book = scanBook([page('part-2/variational-autoencoders', VAE), page('part-2/autoencoders', AE)], { figures, chapterOf });
  const label = (id: string) => book.entries.get(id)?.label;

  test('figures are imported components of a folder with figure.ts that render the frame, numbered in order', () => {
    expect(figures.get('~/widgets/weat/Weat.astro')).toBe('weat');
    expect(figures.has('~/widgets/weat/WeatTable.astro')).toBe(false);
    expect(figures.has('~/widgets/sketch/Sketch.astro')).toBe(false);
    expect(label('recon')).toBe('4.1');
    expect(label('latent')).toBe('4.2');
    expect(book.entries.get('latent')).toMatchObject({
      kind: 'figure',
      href: '/part-2/autoencoders/#latent',
      chapter: 4,
      file: 'content/part-2/autoencoders.mdx',
    });
  });

  test('equations, tables and exercises are numbered per chapter and per kind, in order of appearance', () => {
    expect(label('ae-loss')).toBe('4.1');
    expect(label('pca-objective')).toBe('4.2');
    expect(label('elbo')).toBe('6.1');
    expect(label('pca-vs-ae')).toBe('4.1');
    expect(book.entries.get('pca-vs-ae')?.kind).toBe('table');
    expect(label('count-params')).toBe('4.1');
    expect(label('bottleneck')).toBe('4.2');
    expect(book.entries.get('pca-vs-ae')?.line).toBe(AE.split('\n').findIndex((l) => l.startsWith('<Table')) + 1);
  });

  test('code fences, inline code and comments are not scanned', () => {
    for (const id of ['in-a-fence', 'in-code']) expect(book.entries.has(id)).toBe(false);
    expect(book.refs.map((r) => r.to)).not.toContain('in-a-comment');
    expect([...book.entries.values()].filter((e) => e.kind !== 'chapter')).toHaveLength(8);
  });

  test('refs are collected with their file and line, and unknown ones reported', () => {
    expect(book.refs.map((r) => r.to)).toEqual(['elbo', 'recon', 'ae-loss', 'latnet', 'weat']);
    expect(unresolvedRefs(book)).toEqual([
      { to: 'latnet', file: 'content/part-2/variational-autoencoders.mdx', line: 10 },
      { to: 'weat', file: 'content/part-2/variational-autoencoders.mdx', line: 10 },
    ]);
    expect(unknownRefMessage('latnet', 'content/part-2/variational-autoencoders.mdx', book)).toBe(
      '<Ref to="latnet" /> in content/part-2/variational-autoencoders.mdx:10: no written chapter, figure, equation, table or exercise in the book has the id "latnet". Did you mean "latent"?',
    );
  });

  test('every numbered chapter is an entry under its content id, for <Ref to="part-2/autoencoders" />', () => {
    const book = scanBook([page('part-2/autoencoders', AE)], { figures, chapterOf });
    expect(book.entries.get('part-2/autoencoders')).toMatchObject({ kind: 'chapter', label: '4', href: '/part-2/autoencoders/' });
    const unnumbered = scanBook([page('part-6/model-cards', '---\ntitle: Model cards\n---\n')], { figures, chapterOf });
    expect(unnumbered.entries.has('part-6/model-cards')).toBe(false);
  });

  test('a duplicate id anywhere in the book fails, naming both files', () => {
    const other = `import Equation from '~/components/Equation.astro';\n\n<Equation id="recon">\n\n$$ x $$\n\n</Equation>\n`;
    const line = AE.split('\n').lastIndexOf('<Reconstruction />') + 1;
    expect(() =>
      scanBook([page('part-2/autoencoders', AE), page('part-5/bias-in-embeddings', other)], { figures, chapterOf }),
    ).toThrow(
      `Duplicate id "recon": figure at content/part-2/autoencoders.mdx:${line} and equation at content/part-5/bias-in-embeddings.mdx:3.`,
    );
  });

  test('a missing or computed id, an id on an unnumbered page, or an id that is also a heading anchor fails', () => {
    const bad =
      (src: string, id = 'part-2/autoencoders') =>
      () =>
        scanBook([page(id, `import Equation from '~/components/Equation.astro';\n${src}`)], { figures, chapterOf });
    expect(bad('<Equation>\n\n$$x$$\n\n</Equation>')).toThrow(/autoencoders\.mdx:2: <Equation> needs id="<id>"/);
    expect(bad('<Equation id={name}>')).toThrow(/needs id="<id>" as a plain string/);
    expect(bad('<Equation id="two words">')).toThrow(/must start with a letter/);
    expect(bad('<Equation id="x">', 'part-6/model-cards')).toThrow(/on a page without a chapter number/);
    expect(bad('## The loss\n\n<Equation id="the-loss">')).toThrow(/id "the-loss" is also the anchor of a heading/);
  });
});

describe('MDX reading', () => {
  test('blanking keeps line numbers', () => {
    const src = '---\ntitle: x\n---\n```\n<Ref to="a" />\n```\n<Ref to="b" />';
    const text = blankCode(src);
    expect(text.split('\n')).toHaveLength(src.split('\n').length);
    expect(jsxTags(text).map((t) => [t.attrs.get('to'), t.line])).toEqual([['b', 7]]);
  });

  test('a longer fence holds a shorter one; tildes fence too; unmatched backticks are text', () => {
    const src = '````md\n```\n<Ref to="a" />\n```\n````\n~~~\n<Ref to="b" />\n~~~\nA lone ` then <Ref to="c" />';
    expect(jsxTags(blankCode(src)).map((t) => t.attrs.get('to'))).toEqual(['c']);
  });

  test('attributes: strings, braces with strings inside, booleans, spreads; > inside a string is not the end', () => {
    const [tag] = jsxTags('<Check answer={0.089} label="p > q" choices={[\'a}\', "b"]} bare {...rest} />');
    expect(tag?.name).toBe('Check');
    expect(tag?.attrs.get('label')).toBe('p > q');
    expect(tag?.attrs.get('answer')).toEqual({ expression: '0.089' });
    expect(tag?.attrs.get('choices')).toEqual({ expression: '[\'a}\', "b"]' });
    expect(tag?.attrs.get('bare')).toBe(true);
  });
});
