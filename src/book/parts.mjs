// The book's six Parts, in order. A Part's chapters live in content/<folder>/.
// The sidebar lists a Part only once it has a chapter, so readers never meet an empty group.
import { readdirSync, existsSync } from 'node:fs';

export const PARTS = [
  { folder: 'part-1', label: 'I. Learning without labels' },
  { folder: 'part-2', label: 'II. Autoencoders' },
  { folder: 'part-3', label: 'III. Generative models' },
  { folder: 'part-4', label: 'IV. Self-supervision' },
  { folder: 'part-5', label: 'V. Words' },
  { folder: 'part-6', label: 'VI. Practice' },
];

/** @param {URL} contentDir */
export function sidebarFromParts(contentDir) {
  return PARTS.filter(({ folder }) => {
    const dir = new URL(`${folder}/`, contentDir);
    return existsSync(dir) && readdirSync(dir).some((f) => /^[^_].*\.mdx?$/.test(f));
  }).map(({ folder, label }) => ({
    label,
    items: [{ autogenerate: { directory: `content/${folder}` } }],
  }));
}
