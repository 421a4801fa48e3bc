/**
 * Props such as a check's label or its choices are plain strings, not MDX, so
 * `$…$` in them would show as raw TeX. This renders those spans with KaTeX at
 * build time, as the chapters' own math is, and escapes all other text.
 */
import katex from 'katex';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

type Piece = { math: boolean; text: string };

/** `text` cut into plain and `$…$` pieces. `\$` is a literal dollar sign. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\\$', i)) {
      plain += '$';
      i += 2;
      continue;
    }
    const close = text[i] === '$' ? text.indexOf('$', i + 1) : -1;
    if (close > i + 1) {
      if (plain) out.push({ math: false, text: plain });
      plain = '';
      out.push({ math: true, text: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    plain += text[i];
    i += 1;
  }
  if (plain) out.push({ math: false, text: plain });
  return out;
}

export function hasMath(text: string): boolean {
  return pieces(text).some((p) => p.math);
}

/** HTML for `text`, with each `$…$` span typeset. */
export function inlineMath(text: string): string {
  return pieces(text)
    .map((p) =>
      p.math
        ? `<span data-pagefind-ignore>${katex.renderToString(p.text, { output: 'htmlAndMathml', throwOnError: true })}</span>`
        : escape(p.text),
    )
    .join('');
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
};

/**
 * `text` as plain words, its math read token by token from KaTeX's MathML
 * ("$\\log |\\Sigma|$ =" → "log ∣ Σ ∣ ="), as Chromium names a control labelled with
 * MathML. Given as the control's aria-label, because axe does not read MathML and would
 * report a label made only of math as missing.
 */
export function mathText(text: string): string {
  return pieces(text)
    .map((p) => {
      if (!p.math) return p.text;
      const mathml = katex.renderToString(p.text, {
        output: 'mathml',
        throwOnError: true,
      });
      const tokens = [
        ...mathml.replace(/<annotation[^]*?<\/annotation>/g, '').matchAll(/<(mi|mo|mn|mtext|ms)\b[^>]*>([^<]*)<\/\1>/g),
      ];
      return tokens.map((t) => (t[2] ?? '').replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e)).join(' ');
    })
    .join('')
    .replace(/[\u2061-\u2064]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
