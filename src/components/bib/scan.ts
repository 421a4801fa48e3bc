/**
 * Finds a chapter's citations in its MDX source, in reading order. Numbers in the text and in the
 * chapter's reference list both come from this one scan, so they cannot disagree. The source is
 * read as the book index reads it (src/book/mdx.ts): code and comments blanked out first, then
 * the JSX tags of the components imported from this folder.
 */
import { blankCode, jsxTags, parseImports } from '../../book/mdx';

export const CITE_MODULE = '~/components/bib/Cite.astro';
export const REFERENCES_MODULE = '~/components/bib/References.astro';

export interface CiteUse {
  /** The keys of one `<Cite>`, as written. */
  keys: string[];
  /** 1-based line of the `<Cite` in the source, for error messages. */
  line: number;
}

export interface ChapterCitations {
  /** Every cited key once, in order of first citation: key i is numbered i + 1. */
  keys: string[];
  uses: CiteUse[];
  /** How many `<References />` the chapter renders. */
  referenceLists: number;
}

/** The comma-separated keys of `key="a, b"`. */
export function splitKeys(value: string): string[] {
  return value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

/**
 * Scans one chapter. `file` only names the source in errors: a `<Cite>` whose key is not a plain
 * string cannot be numbered at build time, so it is an error rather than a silent gap.
 */
export function scanCitations(source: string, file: string): ChapterCitations {
  const text = blankCode(source);
  const imports = parseImports(text);
  const uses: CiteUse[] = [];
  const keys: string[] = [];
  const seen = new Set<string>();
  let referenceLists = 0;
  for (const tag of jsxTags(text)) {
    const spec = imports.get(tag.name);
    if (spec === undefined && (tag.name === 'Cite' || tag.name === 'References')) {
      const module = tag.name === 'Cite' ? CITE_MODULE : REFERENCES_MODULE;
      throw new Error(`${file}:${tag.line}: <${tag.name}> is used but not imported; add: import ${tag.name} from '${module}';`);
    }
    if (spec === REFERENCES_MODULE) referenceLists += 1;
    if (spec !== CITE_MODULE) continue;
    const value = tag.attrs.get('key');
    const list = typeof value === 'string' ? splitKeys(value) : [];
    if (list.length === 0) {
      throw new Error(
        `${file}:${tag.line}: <${tag.name}> needs key="…" with one or more citation keys, written as a plain string.`,
      );
    }
    uses.push({ keys: list, line: tag.line });
    for (const k of list) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return { keys, uses, referenceLists };
}
