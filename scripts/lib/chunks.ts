/**
 * Which built JavaScript belongs to which figure, read from dist/: the chunk map
 * the build writes (src/build/chunk-map.mjs) and the islands in each page.
 *
 * Attribution: a chunk's gzipped bytes are split over its modules by rendered
 * length; a module is TF.js, Plot (with d3) or code. A figure reaches every chunk
 * its islands import, statically or on demand. Its own code is the code of the
 * chunks that no other figure reaches: what the reader downloads because of this
 * figure alone. Code reached by several figures (Preact, widgets/lib) is shared.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { builtPages } from './pages';

export type Kind = 'tf' | 'plot' | 'code';

export interface ChunkEntry {
  imports: string[];
  dynamicImports: string[];
  /** Module id → rendered length in the chunk. */
  modules: Record<string, number>;
}
export type ChunkMap = Record<string, ChunkEntry>;

const TF = /^node_modules\/(@tensorflow\/|long\/|seedrandom\/)/;
const PLOT =
  /^node_modules\/(@observablehq\/plot\/|d3-|isoformat\/|interval-tree1d\/|internmap\/|delaunator\/|robust-predicates\/)/;

export function kindOf(moduleId: string): Kind {
  if (TF.test(moduleId)) return 'tf';
  if (PLOT.test(moduleId)) return 'plot';
  return 'code';
}

/** Gzipped bytes of one chunk split by kind, proportionally to its modules' rendered length. */
export function splitByKind(entry: ChunkEntry, gzipBytes: number): Record<Kind, number> {
  const out: Record<Kind, number> = { tf: 0, plot: 0, code: 0 };
  const lengths = Object.entries(entry.modules);
  const total = lengths.reduce((n, [, len]) => n + len, 0);
  if (total === 0) {
    out.code = gzipBytes;
    return out;
  }
  for (const [id, len] of lengths) out[kindOf(id)] += (gzipBytes * len) / total;
  return out;
}

/** Every chunk reachable from the given ones through static and on-demand imports. */
export function reach(map: ChunkMap, from: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...from];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    const e = map[f];
    if (e) todo.push(...e.imports, ...e.dynamicImports);
  }
  return seen;
}

export interface FigureCode {
  id: string;
  pages: string[];
  /** Gzipped bytes of code only this figure loads (no TF.js, no Plot). */
  ownGzip: number;
  /** Gzipped bytes of all code it loads, shared included, TF.js and Plot excluded. */
  codeGzip: number;
  ownChunks: string[];
}

export interface BuildCode {
  figures: FigureCode[];
  tfGzip: number;
  plotGzip: number;
  /** Chunks in dist/_astro/ that the map does not list (e.g. workers), attributed through the chunk that names them. */
  unmapped: string[];
}

/** Attribute chunks to figures. `islands` maps a figure id to its island chunks (site-relative, no leading slash). */
export function attribute(
  map: ChunkMap,
  gzip: (chunk: string) => number,
  islands: ReadonlyMap<string, { chunks: string[]; pages: string[] }>,
): Omit<BuildCode, 'unmapped'> {
  const split = new Map(Object.keys(map).map((c) => [c, splitByKind(map[c] as ChunkEntry, gzip(c))]));
  const reached = new Map([...islands].map(([id, f]) => [id, reach(map, f.chunks)]));
  const reachers = new Map<string, number>();
  for (const set of reached.values()) for (const c of set) reachers.set(c, (reachers.get(c) ?? 0) + 1);
  const code = (c: string) => split.get(c)?.code ?? gzip(c);
  const figures = [...islands].map(([id, f]) => {
    const chunks = [...(reached.get(id) ?? [])];
    const own = chunks.filter((c) => reachers.get(c) === 1);
    return {
      id,
      pages: f.pages,
      ownGzip: own.reduce((n, c) => n + code(c), 0),
      codeGzip: chunks.reduce((n, c) => n + code(c), 0),
      ownChunks: own,
    };
  });
  const sum = (k: Kind) => [...split.values()].reduce((n, s) => n + s[k], 0);
  return { figures, tfGzip: sum('tf'), plotGzip: sum('plot') };
}

/** Read dist/: the chunk map, every page's figures and their islands, gzipped chunk sizes. */
export function buildCode(dist = process.env['DIST'] ?? 'dist'): BuildCode {
  const mapFile = join(dist, 'chunk-map.json');
  if (!existsSync(mapFile)) throw new Error(`${mapFile} is missing: build with src/build/chunk-map.mjs in astro.config`);
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as ChunkMap;
  const sizes = new Map<string, number>();
  const gzip = (c: string) => {
    let n = sizes.get(c);
    if (n === undefined) {
      n = existsSync(join(dist, c)) ? gzipSync(readFileSync(join(dist, c)), { level: 9 }).length : 0;
      sizes.set(c, n);
    }
    return n;
  };

  // Files the bundler does not list (workers) hang off the chunk whose code names them.
  const listed = new Set(Object.keys(map));
  const unmapped = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `_astro/${f}`)
    .filter((f) => !listed.has(f));
  for (const [c, entry] of Object.entries(map)) {
    const text = readFileSync(join(dist, c), 'utf8');
    for (const u of unmapped) {
      if (!text.includes(u.slice('_astro/'.length))) continue;
      entry.dynamicImports.push(u);
      map[u] ??= { imports: [], dynamicImports: [], modules: { [u]: 1 } };
    }
  }

  const islands = new Map<string, { chunks: string[]; pages: string[] }>();
  for (const page of builtPages(dist)) {
    const { document } = parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8'));
    for (const fig of document.querySelectorAll('figure.widget[id]')) {
      const urls = [...fig.querySelectorAll('astro-island')].flatMap((i) =>
        ['component-url', 'renderer-url'].map((a) => (i.getAttribute(a) ?? '').replace(/^\//, '')).filter(Boolean),
      );
      if (urls.length === 0) continue;
      const f = islands.get(fig.id) ?? { chunks: [], pages: [] };
      f.chunks.push(...urls.filter((u) => !f.chunks.includes(u)));
      if (!f.pages.includes(page)) f.pages.push(page);
      islands.set(fig.id, f);
    }
  }
  return { ...attribute(map, gzip, islands), unmapped: unmapped.filter((u) => !map[u]) };
}
