/**
 * Reads the book's BibTeX files into one library of CSL-JSON entries, keyed by citation key.
 * Several files may define the same key while contributions are merged, as long as they describe
 * the same work (same title and year); a clash between two different works is an error.
 */
import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

export interface BibEntry {
  key: string;
  /** The file that defines it (the first one, in path order, when several do). */
  file: string;
  csl: CSL;
}

export type Library = ReadonlyMap<string, BibEntry>;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const yearOf = (csl: CSL) => csl.issued?.['date-parts']?.[0]?.[0] ?? csl.issued?.literal;
const fieldCount = (csl: CSL) => Object.values(csl).filter((v) => v !== undefined && v !== '').length;

/** One file's entries, in the order written. Syntax errors name the file and the line. */
export function parseBibFile(text: string, file: string): CSL[] {
  let entries: CSL[];
  try {
    entries = plugins.input.chain(text, {
      forceType: '@biblatex/text',
      target: '@csl/list+object',
      generateGraph: false,
      strict: true, // otherwise a syntax error silently yields no entries
      maxChainLength: 10,
    });
  } catch (e) {
    throw new Error(`${file}: not valid BibTeX: ${(e as Error).message}`, { cause: e });
  }
  const keys = new Set<string>();
  for (const csl of entries) {
    const key = String(csl.id);
    if (keys.has(key)) throw new Error(`${file}: citation key "${key}" is defined twice.`);
    keys.add(key);
    if (!csl.title) throw new Error(`${file}: entry "${key}" has no title.`);
    if (yearOf(csl) === undefined) throw new Error(`${file}: entry "${key}" has no year.`);
  }
  return entries;
}

/** Merges every file into one library; `files` maps a file's path to its text. */
export function parseBibFiles(files: Readonly<Record<string, string>>): Library {
  const library = new Map<string, BibEntry>();
  for (const file of Object.keys(files).sort()) {
    for (const csl of parseBibFile(files[file] ?? '', file)) {
      const key = String(csl.id);
      const known = library.get(key);
      if (!known) {
        library.set(key, { key, file, csl });
        continue;
      }
      const same = norm(known.csl.title ?? '') === norm(csl.title ?? '') && yearOf(known.csl) === yearOf(csl);
      if (!same) {
        throw new Error(
          `Citation key "${key}" names two different works, in ${known.file} ("${known.csl.title}") and ${file} ("${csl.title}"); give one of them another key.`,
        );
      }
      // The same work written twice: keep the fuller entry.
      if (fieldCount(csl) > fieldCount(known.csl)) library.set(key, { key, file, csl });
    }
  }
  return library;
}

/**
 * The entries whose titles appear in a free-text reference such as a model card's "cite" line,
 * in the order they appear there. Titles are compared without case or punctuation, and when
 * one title contains another (e.g. "Deep learning" inside a longer one) only the longer counts.
 */
export function entriesNamedIn(text: string, library: Library): BibEntry[] {
  const haystack = norm(text);
  const hits = [...library.values()]
    .map((entry) => ({ entry, title: norm(entry.csl.title ?? '') }))
    .filter(({ title }) => title.length >= 12 && haystack.includes(title))
    .map((hit) => ({ ...hit, at: haystack.indexOf(hit.title) }));
  return hits
    .filter((h) => !hits.some((o) => o !== h && o.title.length > h.title.length && o.title.includes(h.title)))
    .sort((a, b) => a.at - b.at)
    .map((h) => h.entry);
}
