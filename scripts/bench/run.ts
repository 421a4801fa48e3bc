/**
 * `npm run bench`: every benchmark in this folder against the production build,
 * on WebGL and with WebGL disabled, each repeated (5 times unless told), plus the
 * sizes read from dist/; then one table of measures (median and range over the
 * repeats) against their budgets (./budgets.ts), and a JSON report.
 *   npm run bench [-- --build] [-- --repeats 5] [-- --runs 20] [-- --port 4390] [-- --force cpu|webgl] [-- name …]
 * `--force` opens every page with `?backend=…` (to measure the backend policy's choices against the other
 * backend); the "ran on" column is the backend each figure's badge reported.
 * `--build` rebuilds dist/ first and times the build; otherwise dist/ is reused.
 * The verdict is the median's. The exit code is 1 only if a benchmark failed to run.
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildCode } from '../lib/chunks';
import { BUDGETS, budget, type BudgetName } from './budgets';
import type { Measure } from './lib/browser';

const { values, positionals: only } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'boolean', default: false },
    repeats: { type: 'string', default: '5' },
    runs: { type: 'string', default: '20' },
    port: { type: 'string', default: '4390' },
    force: { type: 'string' },
  },
});
const repeats = Number(values.repeats);
const base = `http://127.0.0.1:${values.port}`;
const here = new URL('.', import.meta.url).pathname;
const dist = process.env['DIST'] ?? 'dist';
const outDir = '.cache/bench';
const jsonl = join(outDir, 'measures.jsonl');
mkdirSync(outDir, { recursive: true });
rmSync(jsonl, { force: true });

/** Benchmarks whose measures do not depend on the backend, or do not vary, run once on WebGL. */
const ONCE = new Set(['page-weight.ts']);
const BACKEND_FREE = new Set(['blocking.ts']);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'budgets.ts'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));

const measures: Measure[] = [];
const loadBefore = loadavg();

if (values.build || !existsSync(`${dist}/index.html`)) {
  if (dist !== 'dist') throw new Error('--build builds dist/; unset DIST');
  const t0 = Date.now();
  execSync('npx astro build', { stdio: 'inherit' });
  measures.push({ name: 'full build', value: (Date.now() - t0) / 1000, unit: 's', budget: 'build', backend: 'any' });
}
measures.push(...sizes());

const server = spawn(
  'npx',
  ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', values.port, '--outDir', dist],
  { stdio: 'ignore', detached: true },
);
let failed = 0;
try {
  await waitFor(base);
  for (const file of benches) {
    const backends = BACKEND_FREE.has(file) || ONCE.has(file) ? ['webgl'] : ['webgl', 'cpu'];
    for (const backend of backends) {
      for (let r = 0; r < (ONCE.has(file) ? 1 : repeats); r++) {
        console.log(`\n== ${file} (${backend === 'webgl' ? 'WebGL' : 'CPU, WebGL disabled'}), repeat ${r + 1}`);
        const args = ['tsx', `${here}${file}`, '--base', base, ...(backend === 'cpu' ? ['--no-webgl'] : [])];
        if (file !== 'flows.ts') args.push('--runs', values.runs);
        const run = spawnSync('npx', args, {
          stdio: 'inherit',
          env: {
            ...process.env,
            BENCH_OUT: jsonl,
            BENCH_BACKEND: backend,
            ...(values.force ? { BENCH_FORCE: values.force } : {}),
          },
        });
        if (run.status !== 0) failed++;
      }
    }
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
if (existsSync(jsonl)) {
  for (const line of readFileSync(jsonl, 'utf8').split('\n').filter(Boolean)) measures.push(JSON.parse(line) as Measure);
}

const rows = aggregate(measures);
const load = { before: loadBefore, after: loadavg(), cores: cpus().length };
printTable(rows);
console.log(
  `\nload average (1, 5, 15 min): before ${load.before.map((l) => l.toFixed(2)).join(', ')}; after ${load.after.map((l) => l.toFixed(2)).join(', ')}; ${load.cores} cores`,
);
const report = {
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD').toString().trim(),
  repeats,
  load,
  failedRuns: failed,
  rows,
};
writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`report: ${join(outDir, 'report.json')}; ${rows.filter((r) => r.verdict === 'FAIL').length} FAIL`);
process.exitCode = failed ? 1 : 0;

interface Row {
  measure: string;
  backend: string;
  ran: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  n: number;
  budget: number | null;
  verdict: 'PASS' | 'FAIL' | '';
}

function aggregate(all: Measure[]): Row[] {
  const groups = new Map<string, Measure[]>();
  for (const m of all) {
    const key = `${m.name}\u0000${m.backend ?? 'any'}\u0000${m.ran ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((ms) => {
    const first = ms[0] as Measure;
    const v = ms.map((m) => m.value).sort((a, b) => a - b);
    const mid =
      v.length % 2 ? (v[(v.length - 1) / 2] as number) : ((v[v.length / 2 - 1] as number) + (v[v.length / 2] as number)) / 2;
    const max = first.budget && first.budget in BUDGETS ? budget(first.budget as BudgetName) : null;
    return {
      measure: first.name,
      backend: first.backend ?? 'any',
      ran: first.ran ?? '—',
      unit: first.unit,
      median: mid,
      min: v[0] as number,
      max: v[v.length - 1] as number,
      n: v.length,
      budget: max,
      verdict: max === null ? '' : mid <= max ? 'PASS' : 'FAIL',
    };
  });
}

function show(value: number, unit: string): string {
  // Kilobytes of 1,024 bytes as the page budgets are written; megabytes of 10⁶ as the embeddings budget is.
  if (unit === 'bytes') return value >= 1e6 ? `${(value / 1e6).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

function printTable(rs: Row[]): void {
  const lines = rs.map((r) => [
    r.measure,
    r.backend,
    r.ran,
    r.n > 1 ? `${show(r.median, r.unit)} (${show(r.min, r.unit)}–${show(r.max, r.unit)}, n ${r.n})` : show(r.median, r.unit),
    r.budget === null ? '—' : `≤ ${show(r.budget, r.unit)}`,
    r.verdict,
  ]);
  const head = ['measure', 'backend', 'ran on', 'value: median (range, repeats)', 'budget', 'verdict'];
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log('\n' + fmt(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
}

/** Sizes read from the build: each figure's code, TF.js, Plot, each model, the word vectors. */
function sizes(): Measure[] {
  const out: Measure[] = [];
  const code = buildCode(dist);
  for (const f of code.figures) {
    out.push({ name: `#${f.id} own code, gzipped`, value: f.ownGzip, unit: 'bytes', budget: 'figureJs', backend: 'any' });
    out.push({ name: `#${f.id} with shared code, gzipped`, value: f.codeGzip, unit: 'bytes', backend: 'any' });
  }
  out.push({ name: 'TF.js, gzipped', value: code.tfGzip, unit: 'bytes', budget: 'tfJs', backend: 'any' });
  out.push({ name: 'Plot with d3, gzipped', value: code.plotGzip, unit: 'bytes', backend: 'any' });
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const models = join(dist, 'models');
  for (const id of existsSync(models) ? readdirSync(models).sort() : []) {
    const card = JSON.parse(readFileSync(join(models, id, 'card.json'), 'utf8')) as { files: { path: string }[] };
    const value = card.files.reduce((n, f) => n + gz(join(models, id, f.path)), 0);
    out.push({ name: `model ${id}, gzipped`, value, unit: 'bytes', budget: 'model', backend: 'any' });
  }
  const glove = join(dist, 'data/glove');
  if (existsSync(glove)) {
    const value = gz(join(glove, 'vectors.bin')) + gz(join(glove, 'words.txt'));
    out.push({ name: 'embeddings, gzipped', value, unit: 'bytes', budget: 'embeddings', backend: 'any' });
  }
  return out;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}
