/** Adding a figure to a chapter's MDX source: its import, and the element where the figure shows. */

export interface ChapterEdit {
  source: string;
  /** The 1-based line of the inserted element, for the author to move it where it belongs. */
  line: number;
}

/** Headings before which a figure goes: it belongs to the chapter's text, not to its back matter. */
const BACK_MATTER = /^## (Exercises|Summary|References)\s*$/m;

/**
 * The chapter with `import <pascal> from '~/widgets/<name>/<pascal>.astro'` after its last
 * import (or after the frontmatter) and `<pascal> />` before its exercises, summary or
 * references, whichever comes first, else at its end.
 */
export function addFigure(source: string, name: string, pascal: string): ChapterEdit {
  const spec = `~/widgets/${name}/${pascal}.astro`;
  if (source.includes(spec)) throw new Error(`The chapter imports ${spec} already.`);
  if (new RegExp(`^import\\s+${pascal}\\b`, 'm').test(source))
    throw new Error(`The chapter imports another component named ${pascal}.`);
  const importLine = `import ${pascal} from '${spec}';`;

  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source)?.[0] ?? '';
  const body = source.slice(frontmatter.length);
  const imports = /^(?:\s*\n)*(?:import .*\n)*/.exec(body)![0];
  const withImport = imports.includes('import ')
    ? frontmatter + imports.replace(/\n*$/, '\n') + importLine + '\n' + body.slice(imports.length).replace(/^(?!\n)/, '\n')
    : frontmatter + '\n' + importLine + '\n' + body.replace(/^(?!\n)/, '\n');

  const element = `<${pascal} />\n\n`;
  const back = BACK_MATTER.exec(withImport);
  const at = back ? back.index : withImport.length;
  const before = withImport.slice(0, at).replace(/\n*$/, '\n\n');
  const out = before + element + withImport.slice(at);
  return { source: out, line: before.split('\n').length };
}
