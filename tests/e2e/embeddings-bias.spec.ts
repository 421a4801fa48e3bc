/** Chapter 12's bias figures and tables in a real browser, checked against the core and card.json. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fixed } from '../../widgets/lib/format';
import type { GloveCard } from '../../widgets/lib/embeddings/card';
import { weat } from '../../widgets/lib/embeddings/core/weat';
import { formatP } from '../../widgets/lib/embeddings/weat-format';
import { expect, test } from './fixtures';
import { CHAPTER_12, bigPaste, emb, openFigure, watchLongTasks } from './embedding-helpers';

const card = JSON.parse(readFileSync('public/data/glove/card.json', 'utf8')) as GloveCard;
const pct = (x: number) => `${Math.round(x * 100)}%`;

interface PoolShares {
  before: { sheWords: number };
  after: { sheWords: number };
}

/** The debias figure's numbers from the core, computed in a Node child process (see expected/debias.ts). */
function expectedDebias(dir: string): PoolShares {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/e2e/expected/debias.ts', dir, '10'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as PoolShares;
}

test('bias probe: the he–she extremes are the card’s, and a 10,000-word paste does not freeze the page', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_12, 'bias');
  const summary = fig.getByTestId('bias-summary');
  const { he, she } = card.results.professions;
  await expect(summary).toContainText(`Most “she”: ${she[0]?.word}`, { timeout: 30_000 });
  await expect(summary).toContainText(`most “he”: ${he[0]?.word}`);
  await expect(fig.getByTestId('bias-chart').locator('svg')).toBeVisible();
  await expect(fig.getByTestId('bias-paper')).toContainText('✓ also ours');
  const longest = await watchLongTasks(page);
  await fig.getByLabel('Words to rank (empty: professions)').fill(bigPaste());
  await fig.getByRole('button', { name: 'Rank' }).click();
  await expect(summary).toContainText('9,990 words ranked');
  await expect(fig.getByTestId('bias-unknown')).toContainText('zzq0');
  expect(await longest()).toBeLessThan(1000);
});

test('bias probe: pairs that cannot be used are reported', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_12, 'bias');
  await expect(fig.getByTestId('bias-summary')).toBeVisible({ timeout: 30_000 });
  await fig.getByLabel('Pairs (first word → positive end)').fill('qwzx zzqy, oops');
  await fig.getByRole('button', { name: 'Rank' }).click();
  await expect(fig.getByText(/No usable pair/)).toBeVisible();
  await expect(fig.getByText(/ignored: “oops”/)).toBeVisible();
});

test('WEAT: the default test and a chosen preset give the card’s numbers; missing words are listed', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_12, 'weat');
  for (const id of ['weat1', 'weat6']) {
    const row = card.results.weat.tests.find((t) => t.id === id);
    if (!row) throw new Error(`${id} missing from the card`);
    if (id !== 'weat1') await fig.getByLabel('Test').selectOption(id);
    await expect(fig.getByTestId('weat-d')).toHaveText(`d = ${fixed(row.effectSize, 3)}`, { timeout: 30_000 });
    await expect(fig.getByTestId('weat-p')).toHaveText(`p = ${formatP(row.pValue)}`);
  }
  await fig.getByLabel('Test').selectOption('weat1');
  await expect(fig.getByTestId('weat-missing')).toContainText('gladiola');
  await expect(fig.getByTestId('weat-chart').locator('svg')).toBeVisible();
  expect(page.url()).not.toContain('weat.test');
});

test('WEAT: custom sets run in the background; an empty set is explained; a huge paste is cut', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_12, 'weat');
  await expect(fig.getByTestId('weat-d')).toBeVisible({ timeout: 30_000 });
  const longest = await watchLongTasks(page);
  await fig.getByLabel(/^Set X/).fill(bigPaste());
  await fig.getByRole('button', { name: 'Run the test on these sets' }).click();
  await expect(fig.getByText(/Set X: Only the first 1,000 distinct words were used/)).toBeVisible();
  await expect(fig.getByTestId('weat-d')).toBeVisible({ timeout: 30_000 });
  expect(await longest()).toBeLessThan(1000);

  const sets = { X: 'rose, tulip, daisy', Y: 'ant, wasp, qwzxq', A: 'love, peace', B: 'hatred, war' };
  for (const [k, v] of Object.entries(sets)) await fig.getByLabel(new RegExp(`^Set ${k}`)).fill(v);
  await fig.getByRole('button', { name: 'Run the test on these sets' }).click();
  const r = weat(emb, { X: ['rose', 'tulip', 'daisy'], Y: ['ant', 'wasp', 'qwzxq'], A: ['love', 'peace'], B: ['hatred', 'war'] });
  await expect(fig.getByTestId('weat-d')).toHaveText(`d = ${fixed(r.effectSize, 3)}`);
  await expect(fig.getByTestId('weat-missing')).toContainText('qwzxq');
  expect(page.url()).toContain('weat.test=custom');

  await fig.getByLabel(/^Set B/).fill('qwzxq zzqy');
  await fig.getByRole('button', { name: 'Run the test on these sets' }).click();
  await expect(fig.getByText(/No known words in set B/)).toBeVisible();
});

test('a shared link restores the chapter 12 views; a malformed one falls back and says so', async ({ page }) => {
  await page.goto(`${CHAPTER_12}?bias.dir=definitional&bias.n=5&weat.test=weat8&debias.k=3#weat`);
  const row = card.results.weat.tests.find((t) => t.id === 'weat8');
  const wf = page.locator('#weat');
  await expect(wf.getByTestId('weat-d')).toHaveText(`d = ${fixed(row?.effectSize ?? NaN, 3)}`, { timeout: 30_000 });
  const bias = page.locator('#bias');
  await bias.scrollIntoViewIfNeeded();
  await expect(bias.getByLabel('Direction')).toHaveValue('definitional');
  await expect(bias.getByTestId('bias-summary')).toContainText('its first principal component');

  await page.goto(`${CHAPTER_12}?weat.test=weat99&bias.n=abc&debias.dir=%3Cb%3E#weat`);
  await expect(wf.getByText(/value for “test” is not one of weat1/)).toBeVisible();
  await expect(wf.getByTestId('weat-d')).toHaveText(`d = ${fixed(card.results.weat.tests[0]?.effectSize ?? NaN, 3)}`, {
    timeout: 30_000,
  });
  await bias.scrollIntoViewIfNeeded();
  await expect(bias.getByText(/value for “n” is not a whole number/)).toBeVisible();
  const debias = page.locator('#debias');
  await debias.scrollIntoViewIfNeeded();
  await expect(debias.getByText(/value for “dir” is not one of definitional, heshe/)).toBeVisible();
});

test('debiasing: projections vanish but neighbourhoods keep their gender, as the core computes', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_12, 'debias');
  const def = expectedDebias('definitional');
  await expect(fig.getByTestId('debias-she-before')).toHaveText(pct(def.before.sheWords), { timeout: 30_000 });
  await expect(fig.getByTestId('debias-she-after')).toHaveText(pct(def.after.sheWords));
  await expect(fig.locator('.widget-live').getByTestId('debias-probe')).toContainText('homemaker');
  await expect(fig.locator('.widget-live').getByTestId('debias-analogies')).toContainText('doctor − he + she');
  await fig.getByLabel('Gender direction').selectOption('heshe');
  await expect(page).toHaveURL(/debias\.dir=heshe/);
  await expect(fig.getByTestId('debias-she-after')).toHaveText(pct(expectedDebias('heshe').after.sheWords));
});

test('the WEAT and profession tables are the card’s numbers', async ({ page }) => {
  await page.goto(CHAPTER_12);
  const rows = page.getByTestId('weat-table').locator('tbody tr');
  await expect(rows).toHaveCount(card.results.weat.tests.length);
  for (const [i, t] of card.results.weat.tests.entries()) {
    await expect(rows.nth(i).locator('td').nth(2)).toHaveText(fixed(t.effectSize, 2));
    await expect(rows.nth(i).locator('td').nth(3)).toHaveText(fixed(t.paperEffectSize, 2));
  }
  const prof = page.getByTestId('profession-table');
  await expect(prof.locator('tbody tr').first()).toContainText(card.results.professions.she[0]?.word ?? '?');
  await expect(prof.locator('tbody tr').first()).toContainText(card.results.professions.he[0]?.word ?? '?');
});
