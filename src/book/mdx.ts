/**
 * Just enough MDX reading for the book index: imports, JSX opening tags with their string
 * attributes, and heading anchors, in source order. Code is blanked out first, so that an
 * example of `<Ref to="x" />` in a code block is not a reference. Blanking keeps every
 * newline, so positions still give the right line numbers.
 */

export type AttrValue = string | true | { expression: string };

export interface Tag {
  name: string;
  attrs: Map<string, AttrValue>;
  line: number;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The source with frontmatter, fenced code, inline code and `{/* comments *\/}` replaced by spaces. */
export function blankCode(source: string): string {
  let text = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank);
  text = blankFences(text);
  text = blankInlineCode(text);
  return text.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, blank);
}

function blankFences(text: string): string {
  const lines = text.split('\n');
  let fence: { char: string; length: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      lines[i] = blank(line);
    } else {
      const open = /^\s*(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
        lines[i] = blank(line);
      }
    }
  }
  return lines.join('\n');
}

/** A code span runs from a run of n backticks to the next run of exactly n, within a paragraph. */
function blankInlineCode(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('`', i);
    if (start < 0) break;
    let n = 0;
    while (text[start + n] === '`') n++;
    const run = '`'.repeat(n);
    let end = -1;
    for (let j = text.indexOf(run, start + n); j >= 0; j = text.indexOf(run, j + 1)) {
      if (text[j - 1] !== '`' && text[j + n] !== '`') {
        end = j;
        break;
      }
    }
    const paragraphEnd = text.slice(start).search(/\n[ \t]*\n/);
    if (end < 0 || (paragraphEnd >= 0 && end > start + paragraphEnd)) {
      out += text.slice(i, start + n);
      i = start + n;
      continue;
    }
    out += text.slice(i, start) + blank(text.slice(start, end + n));
    i = end + n;
  }
  return out + text.slice(i);
}

/** Default imports: local name → module specifier. */
export function parseImports(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^[ \t]*import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\n]+)\2/gm)) {
    out.set(m[1]!, m[3]!);
  }
  return out;
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every JSX opening (or self-closing) tag of a capitalised component, in source order. */
export function jsxTags(text: string): Tag[] {
  const out: Tag[] = [];
  for (const m of text.matchAll(/<([A-Z][\w$]*(?:\.[\w$]+)*)/g)) {
    if (text[m.index - 1] === '\\') continue;
    const attrs = readAttrs(text, m.index + m[0].length);
    if (attrs) out.push({ name: m[1]!, attrs, line: lineAt(text, m.index) });
  }
  return out;
}

function readAttrs(text: string, from: number): Map<string, AttrValue> | undefined {
  const attrs = new Map<string, AttrValue>();
  let j = from;
  const skipSpace = () => {
    while (j < text.length && /\s/.test(text[j]!)) j++;
  };
  for (;;) {
    skipSpace();
    if (j >= text.length) return undefined;
    if (text[j] === '>' || text.startsWith('/>', j)) return attrs;
    if (text[j] === '{') {
      const end = braceEnd(text, j);
      if (end < 0) return undefined;
      j = end + 1;
      continue;
    }
    const name = /^[A-Za-z_:][\w:.-]*/.exec(text.slice(j, j + 200))?.[0];
    if (!name) return undefined;
    j += name.length;
    skipSpace();
    if (text[j] !== '=') {
      attrs.set(name, true);
      continue;
    }
    j++;
    skipSpace();
    const q = text[j];
    if (q === '"' || q === "'") {
      const end = text.indexOf(q, j + 1);
      if (end < 0) return undefined;
      attrs.set(name, text.slice(j + 1, end));
      j = end + 1;
    } else if (q === '{') {
      const end = braceEnd(text, j);
      if (end < 0) return undefined;
      const expression = text.slice(j + 1, end).trim();
      const literal = /^(["'`])([^"'`\\$]*)\1$/.exec(expression);
      attrs.set(name, literal ? literal[2]! : { expression });
      j = end + 1;
    } else {
      return undefined;
    }
  }
}

/** Index of the `}` closing the `{` at `start`, skipping string literals; -1 if none. */
function braceEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The anchors Starlight gives this page's Markdown headings (GitHub's slug rules, near enough). */
export function headingSlugs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    const plain = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*~]/g, '');
    out.add(
      plain
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
        .replace(/ /g, '-'),
    );
  }
  return out;
}
