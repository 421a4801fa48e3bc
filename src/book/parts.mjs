// The book's plan: six Parts in order, each with its chapters' slugs in order, written or not.
// A chapter's number is its position in this plan, so it never changes when an earlier
// chapter is written; chapters without a file are simply not shown. `appendix` pages belong
// to a Part but carry no number. Every page under content/part-N/ must be listed here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';

export const PARTS = [
  {
    folder: 'part-1',
    label: 'I. Learning without labels',
    chapters: ['why-learn-without-labels', 'clustering', 'dimensionality-reduction'],
  },
  {
    folder: 'part-2',
    label: 'II. Autoencoders',
    chapters: ['autoencoders', 'regularised-autoencoders', 'variational-autoencoders'],
  },
  { folder: 'part-3', label: 'III. Generative models', chapters: ['normalizing-flows', 'generative-zoo'] },
  { folder: 'part-4', label: 'IV. Self-supervision', chapters: ['pretext-tasks', 'contrastive-learning'] },
  { folder: 'part-5', label: 'V. Words', chapters: ['word-embeddings', 'bias-in-embeddings'] },
  {
    folder: 'part-6',
    label: 'VI. Practice',
    chapters: ['responsible-models', 'scale-and-surprise', 'where-to-go-next'],
    appendix: ['model-cards', 'notation'],
  },
];

/**
 * @typedef {{ id: string; part: string; number: number | undefined; href: string; file: string }} PlanEntry
 * `id` is the content entry id ("part-2/autoencoders"), `file` its source ("content/part-2/autoencoders.mdx").
 */

/** Every page of the plan in reading order; chapters are numbered 1, 2, … across the Parts. */
export function planEntries(parts = PARTS) {
  /** @type {PlanEntry[]} */
  const out = [];
  let n = 0;
  for (const part of parts) {
    const pages = [
      ...part.chapters.map((slug) => ({ slug, number: ++n })),
      ...(part.appendix ?? []).map((slug) => ({ slug, number: undefined })),
    ];
    for (const { slug, number } of pages) {
      const id = `${part.folder}/${slug}`;
      out.push({ id, part: part.folder, number, href: `/${id}/`, file: `content/${id}.mdx` });
    }
  }
  return out;
}

const PLAN = new Map(planEntries().map((e) => [e.id, e]));

/** @param {string} id a content entry id @returns {PlanEntry | undefined} */
export function planEntry(id) {
  return PLAN.get(id);
}

/** "4 Autoencoders" for a numbered chapter, the bare title for any other page. */
export function numberedTitle(/** @type {string} */ id, /** @type {string} */ title) {
  const n = PLAN.get(id)?.number;
  return n === undefined ? title : `${n} ${title}`;
}

/** Pages that are not the home page, the 404 page or in the plan: each is a mistake the build reports. */
export function unplanned(/** @type {string[]} */ ids, plan = PLAN) {
  return ids.filter((id) => id !== 'index' && id !== '404' && !plan.has(id));
}

/**
 * The `title` of a page's YAML frontmatter: a plain, single- or double-quoted scalar on one line.
 * @param {string} source @param {string} file for the error message
 */
export function frontmatterTitle(source, file) {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const raw = fm && /^title:[ \t]*(.+?)[ \t]*$/m.exec(fm)?.[1];
  if (!raw) throw new Error(`${file} has no one-line \`title:\` in its frontmatter.`);
  if (raw.startsWith('"')) return JSON.parse(raw);
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** Content entry ids of every Markdown page under `dir` ("part-2/autoencoders"), as the glob loader names them. */
function contentIds(/** @type {URL} */ dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) return contentIds(new URL(`${name}/`, dir), `${prefix}${name}/`);
    const m = /^([^_].*)\.mdx?$/.exec(name);
    return m ? [`${prefix}${m[1]}`] : [];
  });
}

/**
 * Starlight's sidebar, from the plan: one group per Part that has a page, and one link per
 * page that exists, labelled with its number ("4 Autoencoders"). A page that is not in the
 * plan fails the build, because its number would be unknown.
 * @param {URL} contentDir
 */
export function sidebarFromParts(contentDir) {
  const ids = contentIds(contentDir);
  const stray = unplanned(ids);
  if (stray.length > 0) {
    const list = stray.map((id) => `content/${id}.mdx`).join(', ');
    throw new Error(
      `${list}: not in the book's plan. Add the slug to its Part's \`chapters\` (or \`appendix\`) in src/book/parts.mjs, in reading order.`,
    );
  }
  const written = new Set(ids);
  const plan = planEntries();
  return PARTS.map((part) => ({
    label: part.label,
    items: plan
      .filter((e) => e.part === part.folder && written.has(e.id))
      .map((e) => {
        const file = new URL(`${e.id}.mdx`, contentDir);
        const source = existsSync(file) ? readFileSync(file, 'utf8') : readFileSync(new URL(`${e.id}.md`, contentDir), 'utf8');
        return { slug: e.id, label: numberedTitle(e.id, frontmatterTitle(source, e.file)) };
      }),
  })).filter((group) => group.items.length > 0);
}
