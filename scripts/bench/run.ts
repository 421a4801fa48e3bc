/**
 * `npm run bench`: serve the production build and run every benchmark in this
 * folder against it, on WebGL and with WebGL disabled. Each prints measured figures.
 *   npm run build && npm run bench [-- name …]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;
const only = process.argv.slice(2);
const here = new URL('.', import.meta.url).pathname;
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));

const dist = process.env['DIST'] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(
  'npx',
  ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', dist],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  await waitFor(base);
  let failed = 0;
  for (const file of benches) {
    for (const extra of [[], ['--no-webgl']]) {
      console.log(`\n== ${file} ${extra.join(' ') || '(WebGL)'}`);
      const r = spawnSync('npx', ['tsx', `${here}${file}`, '--base', base, ...extra], { stdio: 'inherit' });
      if (r.status !== 0) failed++;
    }
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  if (server.pid) process.kill(-server.pid);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start at ${url}`);
}
