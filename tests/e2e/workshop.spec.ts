/**
 * The workshop of "Where to go next", done as a student would do it: follow each exercise's link
 * from the chapter, read the figure, and get the answer the exercise's check expects.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/part-6/where-to-go-next/';
const LONG = { timeout: 60_000 };
test.describe.configure({ timeout: 240_000 });

interface Sheet {
  links: Record<string, string>;
  /** Each check's expected answer by its label: a number, or the chosen choice's text. */
  answers: Record<string, string>;
}

/** The chapter's links to figure views and its checks' expected answers. */
async function readSheet(page: Page): Promise<Sheet> {
  await page.goto(CHAPTER);
  const links = await page
    .locator('a[data-workshop-view]')
    .evaluateAll((as) => Object.fromEntries(as.map((a) => [a.getAttribute('data-workshop-view'), a.getAttribute('href')])));
  const answers = await page.locator('form.exercise-check').evaluateAll((forms) =>
    Object.fromEntries(
      forms.map((f) => {
        const label = f.querySelector('.exercise-check-label')?.textContent?.trim() ?? '';
        const answer = f.getAttribute('data-answer') ?? '';
        if (f.getAttribute('data-kind') === 'number') return [label, answer];
        const choice = f.querySelectorAll('.exercise-check-choice span')[Number(answer)];
        return [label, choice?.textContent?.trim() ?? ''];
      }),
    ),
  );
  return { links, answers };
}

function answer(sheet: Sheet, label: string): string {
  const a = sheet.answers[label];
  if (a === undefined)
    throw new Error(`No check labelled "${label}"; the chapter has: ${Object.keys(sheet.answers).join(' | ')}`);
  return a;
}

const numberIn = async (el: Locator) => Number((await el.textContent())?.replace(/[^\d.]+/g, ''));

test('every workshop answer is what the linked figure shows', async ({ page }) => {
  const sheet = await readSheet(page);
  expect(Object.keys(sheet.links).sort()).toEqual(['anomalyCard', 'denoiseDefault', 'denoisePatch', 'knnQuery', 'recon16']);

  // Session 1: ae-d16's error on the digit, and the first k at which PCA does better.
  await page.goto(sheet.links['recon16']!);
  let fig = page.locator('#recon');
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', LONG);
  const mseOf = async (m: string) => Number(await fig.getByTestId(`recon-mse-${m}`).getAttribute('data-mse'));
  const ae = await mseOf('ae16');
  expect(Math.abs(ae - Number(answer(sheet, "ae-d16's error on this digit:")))).toBeLessThanOrEqual(0.0005);
  const k = Number(answer(sheet, 'The smallest number of PCA components that does better:'));
  for (const [kk, better] of [
    [k - 1, false],
    [k, true],
  ] as const) {
    await page.goto(sheet.links['recon16']!.replace('#recon', `&recon.k=${kk}#recon`));
    fig = page.locator('#recon');
    await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', LONG);
    await expect(fig.getByLabel(/components/i).first()).toHaveValue(String(kk));
    expect((await mseOf('pca')) < (await mseOf('ae16')), `PCA with ${kk} components`).toBe(better);
  }

  // Session 2: the confusion counts at the card's threshold.
  await page.goto(sheet.links['anomalyCard']!);
  fig = page.locator('#anomaly');
  await expect(fig.getByTestId('anomaly-auc')).toBeVisible(LONG);
  await expect(fig.getByTestId('anomaly-tp')).toHaveText(`TP ${answer(sheet, 'Garments caught:')}`);
  await expect(fig.getByTestId('anomaly-fp')).toHaveText(`FP ${answer(sheet, 'Digits flagged:')}`);

  // Session 3: the query's neighbours of its own class in two spaces.
  await page.goto(sheet.links['knnQuery']!);
  fig = page.locator('#knn .widget-live');
  await expect(fig.getByTestId('knn-list-pixels').locator('li')).toHaveCount(5, LONG);
  await expect(fig.getByTestId('knn-acc-ae-d16')).toHaveText(/accuracy/, LONG);
  const fours = (rep: string) =>
    fig
      .getByTestId(`knn-list-${rep}`)
      .locator('.knn-label')
      .evaluateAll((ls) => ls.filter((l) => l.textContent === '4').length);
  expect(String(await fours('pixels'))).toBe(answer(sheet, '4s among the five nearest in pixel space:'));
  expect(String(await fours('ae-d16'))).toBe(answer(sheet, '4s among the five nearest ae-d16 codes:'));

  // Session 4: the share of the error removed, and the closest image under a patch.
  const errors = async () => {
    const f = page.locator('#denoise');
    await expect(f.getByTestId('denoise-mse-dae')).toHaveText(/MSE \d/, LONG);
    return {
      'the damaged input': await numberIn(f.getByTestId('denoise-mse-corrupted')),
      'dae-d16’s output': await numberIn(f.getByTestId('denoise-mse-dae')),
      'ae-d16’s output': await numberIn(f.getByTestId('denoise-mse-ae')),
    };
  };
  await page.goto(sheet.links['denoiseDefault']!);
  const e = await errors();
  const removed = 100 * (1 - e['dae-d16’s output'] / e['the damaged input']);
  expect(Math.abs(removed - Number(answer(sheet, 'Share of the error removed on this digit:')))).toBeLessThanOrEqual(1);
  await page.goto(sheet.links['denoisePatch']!);
  const p = await errors();
  const closest = (Object.keys(p) as (keyof typeof p)[]).reduce((a, b) => (p[b] < p[a] ? b : a));
  expect(closest).toBe(answer(sheet, 'Closest to the clean digit:'));
});
