/**
 * Adding a chapter to the book's plan, src/book/parts.mjs, as an edit of its source text,
 * so that the file keeps its comments and layout. The plan's `PARTS` lists each Part as
 * `{ folder: 'part-N', label: '…', chapters: ['slug', …], appendix?: [...] }`.
 */

export interface PlanEdit {
  /** The new source of parts.mjs (unchanged if the slug was already planned). */
  source: string;
  /** True when the slug was added at the end of the Part's chapters. */
  inserted: boolean;
  /** The Part's chapters after the edit, in order. */
  chapters: string[];
}

const QUOTED = /'([^'\\]*)'|"([^"\\]*)"/g;

/** The `chapters: [ … ]` list of the Part in `folder`: its items and where it sits in `source`. */
export function chaptersOf(source: string, folder: string): { items: string[]; start: number; end: number } {
  const at = source.search(new RegExp(`folder:\\s*['"]${folder}['"]`));
  if (at < 0) throw new Error(`src/book/parts.mjs has no Part with folder '${folder}'.`);
  const open = /chapters:\s*\[/g;
  open.lastIndex = at;
  const m = open.exec(source);
  // The list must belong to this Part, not the next one.
  const next = source.slice(at + 1).search(/folder:\s*['"]/);
  if (!m || (next >= 0 && m.index > at + 1 + next))
    throw new Error(`Part '${folder}' in src/book/parts.mjs has no \`chapters: [...]\` list.`);
  const start = m.index + m[0].length;
  const end = source.indexOf(']', start);
  if (end < 0) throw new Error(`Part '${folder}' in src/book/parts.mjs: its chapters list is not closed.`);
  const items = [...source.slice(start, end).matchAll(QUOTED)].map((q) => q[1] ?? q[2] ?? '');
  return { items, start, end };
}

/** Plans `slug` in Part `folder`: kept where it is if planned, else added after the Part's last chapter. */
export function addToPlan(source: string, folder: string, slug: string): PlanEdit {
  const { items, start, end } = chaptersOf(source, folder);
  if (items.includes(slug)) return { source, inserted: false, chapters: items };
  const chapters = [...items, slug];
  const list = chapters.map((c) => `'${c}'`).join(', ');
  return { source: source.slice(0, start) + list + source.slice(end), inserted: true, chapters };
}
