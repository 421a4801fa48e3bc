import { describe, expect, it } from 'vitest';
import { hasMath, inlineMath, mathText } from '~/components/exercise/inline-math';

describe('inlineMath', () => {
  it('escapes plain text', () => {
    expect(inlineMath('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    expect(inlineMath('<img src=x>')).toBe('&lt;img src=x&gt;');
  });

  it('typesets each $…$ span with KaTeX, kept out of the search index', () => {
    const html = inlineMath('So $x^2$ is');
    expect(html.startsWith('So <span data-pagefind-ignore><span class="katex">')).toBe(true);
    expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    expect(html.endsWith('</span> is')).toBe(true);
  });

  it('leaves a lone or escaped dollar sign as text', () => {
    expect(inlineMath('costs \\$5')).toBe('costs $5');
    expect(inlineMath('costs $5')).toBe('costs $5');
    expect(hasMath('\\$5 and \\$6')).toBe(false);
    expect(hasMath('$p$')).toBe(true);
  });

  it('fails the build on TeX that KaTeX cannot read', () => {
    expect(() => inlineMath('$\\frac{1}$')).toThrow();
  });
});

describe('mathText', () => {
  it('reads math token by token, as Chromium names a MathML label', () => {
    expect(mathText('$\\log |\\Sigma|$ =')).toBe('log ∣ Σ ∣ =');
    expect(mathText('In $d = 2$, the value is')).toBe('In d = 2, the value is');
    expect(mathText('$r_2(1)$ =')).toBe('r 2 ( 1 ) =');
  });

  it('leaves text without math as it is', () => {
    expect(mathText('towards the lighter cluster')).toBe('towards the lighter cluster');
  });
});
