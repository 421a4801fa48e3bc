/**
 * Every figure folder says who it is in figure.ts (the book's index numbers it
 * from there), its URL parameters use that id, its frame is given it, and no
 * figure number is typed by hand anywhere in the figure code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const WIDGETS = join(ROOT, 'widgets');
const folders = readdirSync(WIDGETS).filter((f) => f !== 'lib' && statSync(join(WIDGETS, f)).isDirectory());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Figures with nothing to change in the page, computed whole at build time. */
const STATIC_FIGURES = ['generative-zoo', 'scaling-curve'];

describe('figure folders', () => {
  it('are the figures, each with its identity in figure.ts and used by its state and frame', async () => {
    // The book shipped eighteen; a figure is never removed, since links to it are published.
    expect(folders.length).toBeGreaterThanOrEqual(18);
    const ids = new Set<string>();
    for (const folder of folders) {
      const { FIGURE } = (await import(`../../widgets/${folder}/figure.ts`)) as { FIGURE: { id: string; title: string } };
      expect(FIGURE.id, folder).toMatch(/^[a-z][a-z0-9]*$/);
      expect(FIGURE.title.length, folder).toBeGreaterThan(3);
      ids.add(FIGURE.id);
      // A figure computed whole at build time has no island, so no state to keep in a link.
      const isStatic = STATIC_FIGURES.includes(folder);
      if (!isStatic) {
        const { WIDGET_ID } = (await import(`../../widgets/${folder}/state.ts`)) as { WIDGET_ID: string };
        expect(WIDGET_ID, `${folder}/state.ts`).toBe(FIGURE.id);
      }
      const frames = readdirSync(join(WIDGETS, folder)).filter(
        (f) => f.endsWith('.astro') && readFileSync(join(WIDGETS, folder, f), 'utf8').includes('<Widget'),
      );
      expect(frames, folder).toHaveLength(1);
      const frame = readFileSync(join(WIDGETS, folder, frames[0] ?? ''), 'utf8');
      expect(frame, folder).toContain('<Widget figure={FIGURE}');
      // client:near also hydrates when keyboard focus reaches the figure (widgets/lib/hydrate/client-near.ts).
      expect(frame.match(/client:[a-z]+/g), folder).toEqual(isStatic ? null : ['client:near']);
    }
    expect(ids.size).toBe(folders.length);
  });

  it('never type a figure number: the frame gets it from the book', () => {
    const typed = files(WIDGETS)
      .filter((f) => /\.(ts|tsx|astro|css)$/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [relative(ROOT, f), i + 1, line] as const),
      )
      .filter(([, , line]) => /\bFig(ure|\.)\s*\d+(\.\d+)?\b/.test(line))
      .map(([file, n, line]) => `${file}:${n}: ${line.trim()}`);
    expect(typed).toEqual([]);
  });
});
