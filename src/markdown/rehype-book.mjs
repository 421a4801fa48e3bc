// KaTeX output carries the raw TeX in its MathML annotation; keep it out of Pagefind's
// index so search excerpts show prose, not backslashes. Display equations scroll
// sideways on narrow screens, so they must be reachable by keyboard (axe:
// scrollable-region-focusable); so must tables, which Starlight lets scroll too.
import { visit } from 'unist-util-visit';

export default function rehypeBook() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && (cls.includes('katex') || cls.includes('katex-display'))) {
        node.properties['dataPagefindIgnore'] = '';
      }
      if ((Array.isArray(cls) && cls.includes('katex-display')) || node.tagName === 'table') {
        node.properties['tabIndex'] = 0;
      }
    });
  };
}
