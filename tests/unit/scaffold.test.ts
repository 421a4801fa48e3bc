/**
 * The generators end to end, in a temporary copy of the repository: `npm run new:chapter`
 * and `npm run new:figure` write a chapter and a figure that pass their unit test, ESLint,
 * Prettier, the type checker and the book's own checks, build into a page with a numbered
 * figure, equation, table and exercise, and pass the figure's end-to-end spec and the
 * crawl's checks of that page. Slow (a full build): about 1–2.5 minutes.
 * KEEP_SCAFFOLD_COPY=1 keeps the copy to look into.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planEntries } from '../../src/book/parts.mjs';
import { titleFromSlug } from '../../scripts/new/names';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// The first chapter of the plan that is not written yet, its number, and a figure to put in it.
// Once every planned chapter is written, the copy's plan gains one more, unwritten, at the end of
// Part VI, so that "a planned chapter without a file" is still what the generator meets.
const PLAN = planEntries();
const UNWRITTEN = PLAN.find((e) => e.number !== undefined && !existsSync(join(REPO, e.file)));
const LAST = Math.max(...PLAN.map((e) => e.number ?? 0));
const EXTRA_PLANNED = UNWRITTEN ? undefined : 'further-topics';
const [PART, SLUG] = UNWRITTEN ? (UNWRITTEN.id.split('/') as [string, string]) : (['part-6', EXTRA_PLANNED] as [string, string]);
const NUMBER = UNWRITTEN?.number ?? LAST + 1;
const TITLE = titleFromSlug(SLUG);
const FIGURE = 'demo-figure';
const FIGURE_ID = 'demofigure';
// A slug outside the plan, which new:chapter must add to it, after every planned chapter.
const UNPLANNED = ['part-6', 'afterword'] as const;
const UNPLANNED_NUMBER = LAST + (EXTRA_PLANNED ? 2 : 1);

const MINUTE = 60_000;
let copy = '';

/** Runs a command in the copy on the project's Node; returns its output, or fails the test with it. */
function sh(cmd: string, args: string[], expectOk = true, extraEnv: Record<string, string> = {}): { ok: boolean; out: string } {
  // Vitest puts its mode into process.env (NODE_ENV=test, MODE, DEV=1, PROD, SSR, BASE_URL): an Astro
  // build that inherits them builds for development (no search box, for one). The children get none of it.
  const vitestOnly = /^(VITEST\w*|TEST|NODE_ENV|NODE_OPTIONS|MODE|DEV|PROD|SSR|BASE_URL)$/;
  const inherited = Object.entries(process.env).filter(([k]) => !vitestOnly.test(k));
  const env: Record<string, string | undefined> = { ...Object.fromEntries(inherited), ...extraEnv };
  env['PATH'] = `${join(copy, 'node_modules/node/bin')}:${join(copy, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`;
  const r = spawnSync(cmd, args, { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // Without colour codes, so that the output can be matched.
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[\d;]*m/g, '');
  const ok = r.status === 0;
  if (expectOk && !ok) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status}):\n${out.slice(-6000)}`);
  return { ok, out };
}

/** The working tree as git sees it (tracked and new files, not ignored ones), and node_modules as hard links. */
function copyRepo(to: string) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(REPO, f)));
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    cpSync(join(REPO, f), join(to, f));
  }
  // Hard links: Astro resolves packages through the copy's own path (symlinks have broken that).
  // Caches stay behind, so that nothing here writes into the original's files.
  mkdirSync(join(to, 'node_modules'));
  const entries = readdirSync(join(REPO, 'node_modules')).filter((e) => !['.vite', '.vite-temp', '.astro', '.cache'].includes(e));
  execFileSync('cp', ['-al', ...entries.map((e) => join(REPO, 'node_modules', e)), join(to, 'node_modules')]);
  if (EXTRA_PLANNED) {
    const parts = join(to, 'src/book/parts.mjs');
    const text = readFileSync(parts, 'utf8');
    const planned = text.replace(/('where-to-go-next')\]/, `$1, '${EXTRA_PLANNED}']`);
    if (planned === text) throw new Error('Could not add a planned chapter to the copy of src/book/parts.mjs.');
    writeFileSync(parts, planned);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const read = (path: string) => readFileSync(join(copy, path), 'utf8');

describe('npm run new:chapter and new:figure, in a temporary copy of the repository', () => {
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'lwl-scaffold-'));
    copyRepo(copy);
  }, 2 * MINUTE);

  afterAll(() => {
    if (process.env['KEEP_SCAFFOLD_COPY']) console.log(`The copy is kept in ${copy}.`);
    else if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('writes a planned chapter, and adds an unplanned one to the plan', { timeout: MINUTE }, () => {
    const planned = sh('npm', ['run', '--silent', 'new:chapter', PART, SLUG]).out;
    expect(planned).toContain(`Wrote content/${PART}/${SLUG}.mdx.`);
    expect(planned).toContain('already in the plan');
    const added = sh('npm', ['run', '--silent', 'new:chapter', ...UNPLANNED]).out;
    expect(added).toContain(`Added "${UNPLANNED[1]}" at the end of ${UNPLANNED[0]}'s chapters`);
    const before = EXTRA_PLANNED ? `'${EXTRA_PLANNED}'` : `'where-to-go-next'`;
    expect(read('src/book/parts.mjs')).toContain(`${before}, '${UNPLANNED[1]}']`);
    const again = sh('npm', ['run', '--silent', 'new:chapter', PART, SLUG], false);
    expect(again.ok).toBe(false);
    expect(again.out).toContain('exists already');
  });

  it('writes the figure into the chapter, and refuses a clash or a bad name', { timeout: MINUTE }, () => {
    const out = sh('npm', ['run', '--silent', 'new:figure', FIGURE, '--', '--chapter', `${PART}/${SLUG}`]).out;
    expect(out).toContain(`(id "${FIGURE_ID}")`);
    expect(read(`content/${PART}/${SLUG}.mdx`)).toContain(`import DemoFigure from '~/widgets/${FIGURE}/DemoFigure.astro';`);
    for (const [args, message] of [
      [[FIGURE], 'exists already'],
      [['other-figure', '--', '--id', 'gmm'], 'The id "gmm" is taken'],
      [['Demo_Figure'], 'must be kebab-case'],
    ] as const) {
      const r = sh('npm', ['run', '--silent', 'new:figure', ...args], false);
      expect(r.ok, args.join(' ')).toBe(false);
      expect(r.out).toContain(message);
    }
  });

  it('the new unit test passes', { timeout: MINUTE }, () => {
    expect(sh('npx', ['vitest', 'run', `tests/unit/${FIGURE}.test.ts`]).out).toMatch(/Tests\s+4 passed/);
  });

  it('ESLint, Prettier and the type checker pass on the new files', { timeout: 3 * MINUTE }, () => {
    const files = [`widgets/${FIGURE}`, `tests/unit/${FIGURE}.test.ts`, `tests/e2e/${FIGURE}.spec.ts`];
    sh('npx', ['eslint', '--max-warnings', '0', ...files]);
    sh('npx', ['prettier', '--check', ...files]);
    // The whole project, so the figure's .astro component and the edited chapter's imports are checked too.
    expect(sh('npx', ['astro', 'check']).out).toMatch(/- 0 errors\n- 0 warnings/);
  });

  it('the book’s own checks pass with the new figure and chapters', { timeout: 2 * MINUTE }, () => {
    // Not tests/unit/book-parts.test.ts: it pins the plan, which the unplanned chapter changed.
    const checks = ['figures', 'architecture', 'book-content', 'bib-content'].map((t) => `tests/unit/${t}.test.ts`);
    expect(sh('npx', ['vitest', 'run', ...checks]).out).toMatch(/Test Files\s+4 passed/);
  });

  it('builds, numbering the figure, equation, table and exercise in the new chapter', { timeout: 5 * MINUTE }, () => {
    const started = performance.now();
    sh('npx', ['astro', 'build'], true, { ASTRO_CACHE_DIR: join(copy, '.cache/astro') });
    console.log(`astro build in the copy: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const html = read(`dist/${PART}/${SLUG}/index.html`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${NUMBER} ${TITLE}<`));
    expect(html).toMatch(new RegExp(`<figure[^>]*id="${FIGURE_ID}"`));
    expect(html).toContain(`Figure ${NUMBER}.1 · Demo figure`);
    expect(html).toContain(`Exercise ${NUMBER}.1`);
    expect(html).toContain(`Table ${NUMBER}.1`);
    expect(html).toContain(`>Equation ${NUMBER}.1</a>`);
    expect(html).toMatch(/<astro-island[^>]*DemoFigureIsland/);
    expect(read(`dist/${UNPLANNED.join('/')}/index.html`)).toMatch(new RegExp(`<h1[^>]*>${UNPLANNED_NUMBER} Afterword<`));
  });

  it('passes the figure’s end-to-end spec and the crawl’s checks of its page', { timeout: 3 * MINUTE }, async () => {
    const port = await freePort();
    const specs = [`tests/e2e/${FIGURE}.spec.ts`, 'tests/e2e/crawl.spec.ts'];
    const only = `${FIGURE}\\.spec|/${PART}/${SLUG}/`;
    const env = { DIST: 'dist', E2E_PORT: String(port), PW_OUTPUT: join(copy, 'test-results') };
    const r = sh('npx', ['playwright', 'test', ...specs, '--project=chromium', '-g', only], false, env);
    expect(r.ok, r.out.slice(-6000)).toBe(true);
    // The figure's two tests, and the crawl's two visits of the page (light, and dark at 320 px).
    expect(r.out).toMatch(/4 passed/);
  });
});
