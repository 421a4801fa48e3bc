/**
 * The layering of the figure code, checked on every file's import specifiers
 * (static `import … from`, `export … from`, side-effect imports and dynamic
 * `import()`), so a newcomer cannot quietly bring back a tangle:
 * - nothing under widgets/ imports scripts/, tests/, src/ or content/;
 * - a figure folder imports only itself and widgets/lib/, and widgets/lib/ no figure;
 * - TF.js is imported statically only by the model module's TF.js files, the
 *   backends' kernel registrations and build-time code, never by an island or a pure module, and no island
 *   reaches those files, build-time code or Node built-ins through its static imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WIDGETS = join(ROOT, 'widgets');

/**
 * Files that may import TF.js statically: the model module's TF.js side and the
 * backends with their kernels (islands load both dynamically), and build-time code.
 */
const TF_FILES = [
  'widgets/lib/tf-kernels.ts',
  'widgets/lib/tf-kernels-cpu.ts',
  'widgets/lib/tf-kernels-webgl.ts',
  'widgets/lib/models/architecture.ts',
  'widgets/lib/models/autoencoders.ts',
  'widgets/lib/models/denoiser.ts',
  'widgets/lib/models/feature-model.ts',
  'widgets/lib/models/index.ts',
  'widgets/lib/models/loader.ts',
  'widgets/lib/models/metrics.ts',
  'widgets/lib/models/pca.ts',
  'widgets/lib/models/tensors.ts',
];
const NODE_DIR = 'widgets/lib/node/';
const mayImportTf = (file: string) => TF_FILES.includes(file) || file.startsWith(NODE_DIR);

interface Import {
  specifier: string;
  /** Resolved project path ("widgets/lib/rng.ts"), or null for a package or built-in. */
  target: string | null;
  typeOnly: boolean;
  dynamic: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|astro|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Comments out of the way, so an import in a doc comment is not counted. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('~/lib/')) base = join(WIDGETS, 'lib', specifier.slice(6));
  else if (specifier.startsWith('~/widgets/')) base = join(WIDGETS, specifier.slice(10));
  else if (specifier.startsWith('~/components/')) base = join(ROOT, 'src/components', specifier.slice(13));
  else if (specifier.startsWith('.')) base = resolve(dirname(join(ROOT, from)), specifier);
  else if (specifier.startsWith('/')) base = join(ROOT, specifier);
  else return null;
  const found = ['', '.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts']
    .map((ext) => base + ext)
    .find((p) => existsSync(p) && statSync(p).isFile());
  return relative(ROOT, found ?? base);
}

/** Every import specifier of a file, with what it resolves to and whether it is type-only or dynamic. */
function importsOf(file: string, text: string = readFileSync(join(ROOT, file), 'utf8')): Import[] {
  const code = stripComments(text);
  const out: Import[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) =>
    out.push({ specifier, target: resolveSpecifier(file, specifier), typeOnly, dynamic });
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?([^;'"`]*?)\s*\bfrom\s*['"]([^'"]+)['"]/g)) {
    const clause = (m[3] ?? '').trim();
    // `import { type A, type B } from …` imports nothing at run time either.
    const braces = /^\{([^}]*)\}$/.exec(clause);
    const allTypes =
      braces !== null &&
      (braces[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    add(m[4] ?? '', m[2] !== undefined || allTypes, false);
  }
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) add(m[1] ?? '', false, false);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1] ?? '', false, true);
  return out;
}

const figureOf = (path: string): string | null => {
  const m = /^widgets\/([^/]+)\//.exec(path);
  return m && m[1] !== 'lib' ? (m[1] ?? null) : null;
};
const isTf = (specifier: string) => specifier.startsWith('@tensorflow/');

/** The problems of one file, as "file: specifier — why". */
function layeringProblems(file: string, imports: readonly Import[]): string[] {
  const problems: string[] = [];
  const say = (i: Import, why: string) => problems.push(`${file}: '${i.specifier}' — ${why}`);
  const figure = figureOf(file);
  for (const i of imports) {
    const t = i.target;
    if (t !== null) {
      if (/^(scripts|tests)\//.test(t)) say(i, 'figure code must not import scripts/ or tests/ (they may import widgets/lib/)');
      else if (/^(src|content)\//.test(t)) say(i, 'figure code must not import the site (src/, content/)');
      else if (t.startsWith('widgets/')) {
        const other = figureOf(t);
        if (figure !== null && other !== null && other !== figure)
          say(i, `the ${figure} figure imports another figure's folder (${other}/); shared code belongs in widgets/lib/`);
        if (figure === null && other !== null) say(i, 'widgets/lib/ must not import a figure folder');
      }
    }
    if (isTf(i.specifier) && !i.typeOnly && !i.dynamic && !mayImportTf(file)) {
      say(i, 'imports TF.js statically; take TF.js as a parameter (import type) or import it dynamically');
    }
    if (i.specifier.startsWith('node:') && !file.startsWith(NODE_DIR) && !file.endsWith('/build-time.ts')) {
      say(i, 'Node built-ins belong in widgets/lib/node/ (build time only)');
    }
  }
  return problems;
}

/** What an island loads with itself: its static, non-type imports, followed through the project's files, each with the chain that reaches it. */
function staticClosure(entry: string, importsFor: (file: string) => readonly Import[]): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const i of importsFor(file)) {
      if (i.typeOnly || i.dynamic) continue;
      const key = i.target ?? i.specifier;
      if (chains.has(key)) continue;
      chains.set(key, [...(chains.get(file) ?? []), i.specifier]);
      if (i.target !== null && /\.(ts|tsx)$/.test(i.target)) queue.push(i.target);
    }
  }
  return chains;
}

/** The problems of an island: TF.js, the model module's TF.js files, build-time code or Node built-ins reached statically. */
function islandProblems(island: string, importsFor: (file: string) => readonly Import[]): string[] {
  const problems: string[] = [];
  for (const [reached, chain] of staticClosure(island, importsFor)) {
    if (reached === island) continue;
    const bad = isTf(reached)
      ? 'TF.js'
      : TF_FILES.includes(reached)
        ? 'the TF.js model module'
        : reached.startsWith(NODE_DIR) || reached.startsWith('node:')
          ? 'build-time (Node) code'
          : null;
    if (bad) problems.push(`${island}: reaches ${bad} statically (${chain.join(' → ')})`);
  }
  return problems;
}

const all = files(WIDGETS).map((f) => relative(ROOT, f));
const cache = new Map<string, Import[]>();
const importsFor = (file: string): Import[] => {
  let list = cache.get(file);
  if (!list) {
    list = existsSync(join(ROOT, file)) ? importsOf(file) : [];
    cache.set(file, list);
  }
  return list;
};

describe('the figure code’s layering', () => {
  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(importsFor('widgets/denoising/DenoisingIsland.tsx').map((i) => i.target)).toContain(
      'widgets/lib/digits/DigitPicker.tsx',
    );
  });

  it('widgets/ imports neither scripts/, tests/ nor the site; figures import only themselves and widgets/lib/; TF.js and Node only where allowed', () => {
    expect(all.flatMap((f) => layeringProblems(f, importsFor(f)))).toEqual([]);
  });

  it('no island loads TF.js, the model module or build-time code with itself', () => {
    const islands = all.filter((f) => /^widgets\/[^/]+\/[^/]+Island\.tsx$/.test(f));
    const figureFolders = new Set(all.filter((f) => /^widgets\/[^/]+\/figure\.ts$/.test(f)).map((f) => f.split('/')[1]));
    expect(figureFolders.size).toBeGreaterThanOrEqual(18);
    // A figure without an island is computed whole at build time: none of its components hydrates anything.
    const withIsland = new Set(islands.map((f) => f.split('/')[1]));
    const staticFigures = [...figureFolders].filter((d) => !withIsland.has(d));
    for (const d of staticFigures) {
      const components = all.filter((f) => f.startsWith(`widgets/${d}/`) && f.endsWith('.astro'));
      expect(
        components.filter((f) => /\bclient:/.test(readFileSync(join(ROOT, f), 'utf8'))),
        d,
      ).toEqual([]);
    }
    expect(staticFigures).toEqual(['generative-zoo', 'scaling-curve']);
    expect([...withIsland].filter((d) => !figureFolders.has(d))).toEqual([]);
    expect(islands.flatMap((f) => islandProblems(f, importsFor))).toEqual([]);
  });
});

describe('the rules themselves', () => {
  const check = (file: string, source: string) => layeringProblems(file, importsOf(file, source));

  it('reject each kind of violation, naming the file and the specifier', () => {
    expect(check('widgets/anomaly/x.ts', "import { a } from '../../scripts/lib/chromium';")).toEqual([
      "widgets/anomaly/x.ts: '../../scripts/lib/chromium' — figure code must not import scripts/ or tests/ (they may import widgets/lib/)",
    ]);
    expect(check('widgets/anomaly/x.ts', "export { b } from '../../tests/e2e/probes';")[0]).toMatch(
      /'\.\.\/\.\.\/tests\/e2e\/probes' — figure code must not import scripts\/ or tests\//,
    );
    expect(check('widgets/debias/x.ts', "import { c } from '../bias-probe/core';")[0]).toMatch(
      /debias figure imports another figure's folder \(bias-probe\/\)/,
    );
    expect(check('widgets/lib/x.ts', "const m = await import('../sampling/core');")[0]).toMatch(
      /widgets\/lib\/ must not import a figure folder/,
    );
    expect(check('widgets/sampling/core.ts', "import * as tf from '@tensorflow/tfjs-core';")[0]).toMatch(
      /imports TF\.js statically/,
    );
    expect(check('widgets/sampling/core.ts', "import '@tensorflow/tfjs-backend-cpu';")[0]).toMatch(/imports TF\.js statically/);
    expect(check('widgets/sampling/x.ts', "import { join } from 'node:path';")[0]).toMatch(
      /Node built-ins belong in widgets\/lib\/node/,
    );
  });

  it('accept what is allowed', () => {
    expect(
      check(
        'widgets/sampling/core.ts',
        "import type * as TfCore from '@tensorflow/tfjs-core';\nimport { createRng } from '../lib/rng';",
      ),
    ).toEqual([]);
    expect(check('widgets/sampling/x.ts', "import { type A, type B } from '@tensorflow/tfjs-core';")).toEqual([]);
    expect(check('widgets/lib/tf.ts', "const tf = await import('@tensorflow/tfjs-core');")).toEqual([]);
    expect(check('widgets/lib/node/tf.ts', "import * as tf from '@tensorflow/tfjs-core';")).toEqual([]);
    expect(check('widgets/sampling/x.ts', "/** e.g. import x from '../../scripts/y' */\nexport const z = 1;")).toEqual([]);
  });

  it('follow an island through its static imports, not its dynamic or type-only ones', () => {
    const graph: Record<string, Import[]> = {
      'widgets/a/AIsland.tsx': [{ specifier: './core', target: 'widgets/a/core.ts', typeOnly: false, dynamic: false }],
      'widgets/a/core.ts': [
        { specifier: '../lib/models/loader', target: 'widgets/lib/models/loader.ts', typeOnly: false, dynamic: false },
        { specifier: '../lib/models/pca', target: 'widgets/lib/models/pca.ts', typeOnly: true, dynamic: false },
        { specifier: '../lib/node/tf', target: 'widgets/lib/node/tf.ts', typeOnly: false, dynamic: true },
      ],
    };
    expect(islandProblems('widgets/a/AIsland.tsx', (f) => graph[f] ?? [])).toEqual([
      'widgets/a/AIsland.tsx: reaches the TF.js model module statically (widgets/a/AIsland.tsx → ./core → ../lib/models/loader)',
    ]);
  });
});
