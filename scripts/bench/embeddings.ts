/**
 * How fast the chapter-11 figures answer, measured through their own UI in
 * headless Chromium: each query's "Computed in N ms" (the matrix product of
 * the query against all 40k words plus the top-k pass), for WebGL and for
 * the CPU backend, and how long the word vectors take to arrive.
 * Serve a build first (`npm run preview`), then:
 *   npx tsx scripts/bench/embeddings.ts [--base http://127.0.0.1:4321] [--runs 30] [--no-webgl]
 */
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, findChromium } from '../lib/chromium';
import { forceBackend, noteBackend, record, recordSeries } from './lib/browser';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    page: { type: 'string', default: '/part-5/word-embeddings/' },
    runs: { type: 'string', default: '30' },
    /** The CPU run (Chromium without WebGL) instead of the WebGL one. */
    'no-webgl': { type: 'boolean', default: false },
  },
});

const RUNS = Number(values.runs);
const WORDS = [
  'paris',
  'river',
  'music',
  'doctor',
  'computer',
  'winter',
  'football',
  'bread',
  'happy',
  'science',
  'king',
  'ocean',
  'tiger',
  'guitar',
  'rain',
  'village',
  'engine',
  'poetry',
  'garden',
  'mountain',
];
const TRIPLES = [
  ['king', 'man', 'woman'],
  ['paris', 'france', 'poland'],
  ['biking', 'today', 'yesterday'],
  ['doctor', 'he', 'she'],
  ['tokyo', 'japan', 'italy'],
  ['walking', 'walk', 'swim'],
  ['bigger', 'big', 'small'],
  ['sister', 'brother', 'uncle'],
] as const;

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (n = ${s.length})`;
};

async function timing(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const ms = Number(text.match(/Computed in ([\d.]+) ms/)?.[1]);
  if (!Number.isFinite(ms)) throw new Error(`no timing in “${text}”`);
  return ms;
}

async function bench(label: string, args: string[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await forceBackend(page);
  const t0 = Date.now();
  await page.goto(values.base + values.page);
  const nn = page.locator('#nn');
  await nn.scrollIntoViewIfNeeded();
  await nn.getByTestId('nn-results').waitFor({ timeout: 60_000 });
  const firstAnswer = Date.now() - t0;
  const resources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /data\/glove\//.test(e.name))
      .map((e) => ({ name: e.name.split('/').pop(), ms: (e as PerformanceResourceTiming).responseEnd - e.startTime })),
  );
  const backend = await noteBackend(page, 'nn');

  const nnMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const word = WORDS[i % WORDS.length] ?? 'paris';
    const previous = i === 0 ? 'frog' : WORDS[(i - 1) % WORDS.length];
    // Same word twice in a row would not re-run the query; alternate with frog.
    const target = word === previous ? 'frog' : word;
    await nn.getByLabel('Word').fill(target);
    await nn.getByRole('button', { name: 'Find neighbours' }).click();
    await nn
      .getByTestId('nn-heading')
      .filter({ hasText: `closest to ${target},` })
      .waitFor();
    nnMs.push(await timing(page, 'nn-timing'));
  }

  const an = page.locator('#analogy');
  await an.scrollIntoViewIfNeeded();
  await an.getByTestId('analogy-results').waitFor();
  await noteBackend(page, 'analogy');
  const anMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [a, b, c] = TRIPLES[(i + 1) % TRIPLES.length] ?? TRIPLES[0];
    const method = i % 2 === 0 ? '3CosAdd' : '3CosMul';
    await an.getByLabel('Method').selectOption(method);
    await an.getByLabel('a', { exact: true }).fill(a);
    await an.getByLabel('− b').fill(b);
    await an.getByLabel('+ c').fill(c);
    await an.getByRole('button', { name: 'Solve' }).click();
    await an
      .getByTestId('analogy-heading')
      .filter({ hasText: `${a} − ${b} + ${c} ≈` })
      .filter({ hasText: method })
      .waitFor();
    anMs.push(await timing(page, 'analogy-timing'));
  }
  console.log(`\n${label} (TF.js backend: ${backend})`);
  console.log(
    `  asset: ${resources.map((r) => `${r.name} ${r.ms.toFixed(0)} ms`).join(', ')}; first answer ${firstAnswer} ms after navigation`,
  );
  console.log(`  neighbours: ${stats(nnMs)}`);
  console.log(`  analogies (3CosAdd and 3CosMul alternating): ${stats(anMs)}`);
  record({ name: '#nn first answer after navigation', value: firstAnswer, unit: 'ms' });
  recordSeries('#nn query', nnMs, 'queryP95');
  recordSeries('#analogy query', anMs, 'queryP95');
  await browser.close();
}

if (values['no-webgl']) await bench('Chromium without WebGL', [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS]);
else await bench('Chromium with WebGL', CHROMIUM_ARGS);
