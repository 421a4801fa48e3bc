import { describe, expect, it } from 'vitest';
import { scanCitations, splitKeys } from '../../src/components/bib/scan';

const header = `---
title: A chapter
---

import Cite from '~/components/bib/Cite.astro';
import References from '~/components/bib/References.astro';
`;

describe('scanCitations', () => {
  it('numbers keys in order of first citation, once each', () => {
    const src = `${header}
Autoencoders <Cite key="hinton2006" /> and VAEs <Cite key="kingma2014, hinton2006" />.
Again <Cite key="kingma2014" note="sec. 2" /> and <Cite
  key='rezende2014'
/>.

## References

<References />
`;
    const scan = scanCitations(src, 'content/x.mdx');
    expect(scan.keys).toEqual(['hinton2006', 'kingma2014', 'rezende2014']);
    expect(scan.uses.map((u) => u.keys)).toEqual([['hinton2006'], ['kingma2014', 'hinton2006'], ['kingma2014'], ['rezende2014']]);
    expect(scan.uses.map((u) => u.line)).toEqual([8, 8, 9, 9]);
    expect(scan.referenceLists).toBe(1);
  });

  it('ignores citations in code and comments', () => {
    const src = `${header}
\`\`\`mdx
<Cite key="infence" />
\`\`\`

Write \`<Cite key="ininline" />\` to cite. {/* <Cite key="incomment" /> */}

~~~
<References />
~~~

Real <Cite key="real2020" />.
`;
    const scan = scanCitations(src, 'content/x.mdx');
    expect(scan.keys).toEqual(['real2020']);
    expect(scan.referenceLists).toBe(0);
  });

  it('counts only the bibliography components, whatever they are called', () => {
    const src = `import C from '~/components/bib/Cite.astro';
import Cite from '~/components/other/Cite.astro';

<C key="a2001" /> <Cite key="notours" />`;
    expect(scanCitations(src, 'content/x.mdx').keys).toEqual(['a2001']);
  });

  it('rejects a key that is missing or not a plain string, naming file and line', () => {
    expect(() => scanCitations(`${header}\n<Cite key={someKey} />`, 'content/x.mdx')).toThrow(
      /^content\/x\.mdx:8: <Cite> needs key=/,
    );
    expect(() => scanCitations(`${header}\n\n<Cite />`, 'content/y.mdx')).toThrow(/^content\/y\.mdx:9: /);
    expect(() => scanCitations(`${header}\n<Cite key=" , " />`, 'content/z.mdx')).toThrow(/content\/z\.mdx:8/);
  });

  it('asks for the import when <Cite> or <References> is used without one', () => {
    expect(() => scanCitations('Text <Cite key="a2001" />', 'content/x.mdx')).toThrow(
      "content/x.mdx:1: <Cite> is used but not imported; add: import Cite from '~/components/bib/Cite.astro';",
    );
    expect(() => scanCitations(`import Cite from '~/components/bib/Cite.astro';\n\n<References />`, 'content/x.mdx')).toThrow(
      'content/x.mdx:3: <References> is used but not imported',
    );
  });
});

describe('splitKeys', () => {
  it('splits on commas and trims', () => {
    expect(splitKeys(' a2001,b2002 ,  c2003 ')).toEqual(['a2001', 'b2002', 'c2003']);
    expect(splitKeys('')).toEqual([]);
  });
});
