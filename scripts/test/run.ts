/**
 * `npm test`: the stages in order, stopping at the first that fails, then a table of
 * how long each took (CI's budget is kept by watching these numbers as the book grows).
 *   npm test                 every stage
 *   npm test -- --from build  start at a stage (e.g. after fixing an e2e test)
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const STAGES = [
  { name: 'check', script: 'check', what: 'astro check' },
  { name: 'lint', script: 'lint', what: 'ESLint and Prettier' },
  { name: 'unit', script: 'test:unit', what: 'Vitest' },
  { name: 'build', script: 'build', what: 'astro build and Pagefind' },
  { name: 'links', script: 'check:links', what: 'every link within the built site arrives' },
  { name: 'e2e', script: 'test:e2e', what: 'Playwright, both projects' },
] as const;

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const start = values.from ? STAGES.findIndex((s) => s.name === values.from) : 0;
if (start < 0) {
  console.error(`Unknown stage "${values.from}"; the stages are ${STAGES.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

const timings: { name: string; what: string; seconds: number; ok: boolean }[] = [];
let failed = false;
for (const stage of STAGES.slice(start)) {
  const t0 = performance.now();
  const { status } = spawnSync('npm', ['run', stage.script], { stdio: 'inherit' });
  const ok = status === 0;
  timings.push({ name: stage.name, what: stage.what, seconds: (performance.now() - t0) / 1000, ok });
  if (!ok) {
    failed = true;
    break;
  }
}

const total = timings.reduce((s, t) => s + t.seconds, 0);
console.log('\nnpm test, time per stage:');
for (const t of timings) {
  console.log(`  ${t.name.padEnd(6)} ${t.seconds.toFixed(0).padStart(5)} s  ${t.ok ? 'passed' : 'FAILED'}  (${t.what})`);
}
console.log(`  ${'total'.padEnd(6)} ${total.toFixed(0).padStart(5)} s`);
process.exit(failed ? 1 : 0);
