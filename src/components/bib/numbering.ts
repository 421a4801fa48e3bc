/**
 * Numbers one chapter's citations against the library, and rejects what would print wrongly:
 * an unknown key, citations without a reference list, a list without citations.
 */
import type { BibEntry, Library } from './bibtex';
import { scanCitations } from './scan';

export interface Numbered {
  key: string;
  number: number;
  entry: BibEntry;
}

export interface Chapter {
  file: string;
  /** In order of first citation, numbered from 1. */
  cited: Numbered[];
  byKey: ReadonlyMap<string, Numbered>;
}

/** `file` is the chapter's source path as people know it, e.g. `content/part-2/autoencoders.mdx`. */
export function numberCitations(source: string, file: string, library: Library): Chapter {
  const scan = scanCitations(source, file);
  const unknown = scan.uses.flatMap((u) => u.keys.filter((k) => !library.has(k)).map((k) => `"${k}" (line ${u.line})`));
  if (unknown.length > 0) {
    throw new Error(
      `${file}: unknown citation key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Add the entry to content/references.bib, or correct the key.`,
    );
  }
  if (scan.keys.length > 0 && scan.referenceLists === 0) {
    throw new Error(
      `${file} cites ${scan.keys.length} work(s) but has no reference list: end it with "## References" and <References />.`,
    );
  }
  if (scan.keys.length === 0 && scan.referenceLists > 0) {
    throw new Error(`${file} has <References /> but cites nothing: cite with <Cite key="…" />, or remove the list.`);
  }
  if (scan.referenceLists > 1) throw new Error(`${file} has ${scan.referenceLists} <References />; a chapter has one.`);
  const cited = scan.keys.map((key, i) => ({ key, number: i + 1, entry: library.get(key) as BibEntry }));
  return { file, cited, byKey: new Map(cited.map((c) => [c.key, c])) };
}
