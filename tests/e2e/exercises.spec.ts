/**
 * Exercises on a real chapter: answers checked in the page (numbers within a tolerance,
 * choices), hints and answers revealed on request, readable without JavaScript, printed
 * open, and accessible in both themes before and after a check.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHAPTER = '/part-1/why-learn-without-labels/';
// Exercise "Cholesky by hand": log |Σ| for Σ = [[4, 2], [2, 2]] is log 4.
const LOG_DET = Math.log(4);

const cholesky = (page: Page) => page.getByRole('group', { name: /· Cholesky by hand$/ });
const widgetExercise = (page: Page) => page.getByRole('group', { name: /· With the widget$/ });
const messageOf = (form: ReturnType<Page['locator']>) => form.locator('[aria-live="polite"]');

test('a number is checked against its tolerance, and the reader is told which way it is off', async ({ page }) => {
  await page.goto(CHAPTER);
  const exercise = cholesky(page);
  await expect(exercise.getByRole('heading', { level: 3 })).toHaveText(/^Exercise 1\.\d+ · Cholesky by hand$/);
  await expect(exercise.getByRole('link', { name: /^Link to Exercise 1\.\d+$/ })).toHaveAttribute('href', '#cholesky-by-hand');
  const input = exercise.getByRole('textbox');
  const check = exercise.getByRole('button', { name: 'Check' });
  const message = messageOf(exercise.locator('form'));
  await expect(input).toHaveAccessibleDescription(/within ±0\.001/);
  await expect(exercise.getByText('within ±0.001', { exact: true })).toBeVisible();

  await input.fill(LOG_DET.toFixed(3));
  await check.click();
  await expect(message).toHaveText(`Right: ${LOG_DET.toFixed(3)} is within ±0.001 of the answer.`);

  // Enter in the input checks too.
  await input.fill((LOG_DET + 0.01).toFixed(3));
  await input.press('Enter');
  await expect(message).toHaveText('Not quite: your answer is too high.');

  await input.fill('1,3');
  await input.press('Enter');
  await expect(message).toHaveText('Not quite: your answer is too low.');

  // Editing clears a verdict that no longer belongs to what is typed.
  await input.fill(' 1386.3e-3 ');
  await expect(message).toHaveText('');
  await input.press('Enter');
  await expect(message).toHaveText('Right: 1.3863 is within ±0.001 of the answer.');

  await input.fill('log 4');
  await input.press('Enter');
  await expect(message).toHaveText('Enter a number, such as 0.25.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
});

test("a reader's text is never read as HTML", async ({ page }) => {
  await page.goto(CHAPTER);
  const exercise = cholesky(page);
  await exercise.getByRole('textbox').fill('<img src=x onerror=alert(1)>');
  await exercise.getByRole('textbox').press('Enter');
  await expect(messageOf(exercise.locator('form'))).toHaveText('Enter a number, such as 0.25.');
  await expect(exercise.locator('img')).toHaveCount(0);
});

test('a choice is checked', async ({ page }) => {
  await page.goto(CHAPTER);
  const form = widgetExercise(page)
    .locator('form')
    .filter({ has: page.getByRole('radio') });
  const message = messageOf(form);
  const check = form.getByRole('button', { name: 'Check' });

  await check.click();
  await expect(message).toHaveText('Choose one of the answers first.');
  await form.getByRole('radio', { name: 'towards the heavier first cluster' }).check();
  await expect(message).toHaveText('');
  await check.click();
  await expect(message).toHaveText('Not this one.');
  await form.getByRole('radio', { name: 'towards the lighter second cluster' }).check();
  await check.click();
  await expect(message).toHaveText('Right.');
});

test('the keyboard reaches and works every part of an exercise', async ({ page }) => {
  await page.goto(CHAPTER);
  const exercise = cholesky(page);
  const hint = exercise.locator('details', {
    has: page.locator('summary', { hasText: 'Hint' }),
  });
  await hint.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(hint).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(exercise.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('1.3863');
  await page.keyboard.press('Tab');
  await expect(exercise.getByRole('button', { name: 'Check' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(messageOf(exercise.locator('form'))).toHaveText(/^Right: /);
  await page.keyboard.press('Tab');
  await expect(exercise.locator('summary', { hasText: 'Answer' })).toBeFocused();

  const choice = widgetExercise(page)
    .locator('form')
    .filter({ has: page.getByRole('radio') });
  const radios = choice.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(messageOf(choice)).toHaveText('Right.');
});

test('hints and answers open on request', async ({ page }) => {
  await page.goto(CHAPTER);
  const exercise = cholesky(page);
  const hintText = exercise.getByText(/multiply out/);
  const answerText = exercise.getByText(/in agreement with/);
  await expect(hintText).toBeHidden();
  await expect(answerText).toBeHidden();
  await exercise.getByText('Hint', { exact: true }).click();
  await expect(hintText).toBeVisible();
  await expect(answerText).toBeHidden();
  await exercise.getByText('Answer', { exact: true }).click();
  await expect(answerText).toBeVisible();
});

test('in print, hints and answers show and the checks do not', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.emulateMedia({ media: 'print' });
  const exercise = cholesky(page);
  await expect(exercise.locator('details:not([open])')).toHaveCount(2);
  await expect(exercise.getByText(/multiply out/)).toBeVisible();
  await expect(exercise.getByText(/in agreement with/)).toBeVisible();
  await expect(exercise.locator('form')).toBeHidden();
});

test('pages without exercises carry no exercise script', async ({ page }) => {
  const home = await (await page.request.get('/')).text();
  expect(home).not.toContain('exercise-check');
  const chapter = await (await page.request.get(CHAPTER)).text();
  expect(chapter).toContain('exercise-check');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the question and its answer read, and the check is hidden', async ({ page }) => {
    await page.goto(CHAPTER);
    const exercise = cholesky(page);
    await expect(exercise.getByText(/Find the lower-triangular/)).toBeVisible();
    await expect(exercise.locator('form')).toBeHidden();
    await exercise.getByText('Answer', { exact: true }).click();
    await expect(exercise.getByText(/in agreement with/)).toBeVisible();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`an exercise passes axe before and after a check (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(CHAPTER);
    const exercise = cholesky(page);
    await exercise.getByRole('textbox').waitFor();
    const axe = async () => {
      const results = await new AxeBuilder({ page })
        .include('section.exercise:has(#cholesky-by-hand)')
        .include('section.exercise:has(#gmm-with-the-widget)')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
    };
    expect(await axe()).toEqual([]);

    await exercise.getByText('Hint', { exact: true }).click();
    await exercise.getByText('Answer', { exact: true }).click();
    await exercise.getByRole('textbox').fill('2');
    await exercise.getByRole('textbox').press('Enter');
    await expect(messageOf(exercise.locator('form'))).toHaveText(/too high/);
    const choice = widgetExercise(page)
      .locator('form')
      .filter({ has: page.getByRole('radio') });
    await choice.getByRole('radio').nth(1).check();
    await choice.getByRole('button', { name: 'Check' }).click();
    await expect(messageOf(choice)).toHaveText('Right.');
    expect(await axe()).toEqual([]);
  });
}
