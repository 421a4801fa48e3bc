/** The skip-gram figure: the skip-gram trained in the page is the core's skip-gram, run for run. */
import { CORPUS } from '../../widgets/skipgram/corpus';
import { createSkipGram, trainEpochs } from '../../widgets/skipgram/core';
import { fixed } from '../../widgets/lib/format';
import { expect, test } from './fixtures';
import { CHAPTER_11, openFigure } from './embedding-helpers';

function lossAfter(epochs: number, seed = 1): string {
  const m = createSkipGram(CORPUS, { dims: 10, window: 2, negatives: 5, learningRate: 0.025, seed });
  trainEpochs(m, epochs);
  return `loss ${fixed(m.history.at(-1) ?? NaN)}`;
}

test('it waits for Start (here with reduced motion), then trains to the core’s loss', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fig = await openFigure(page, CHAPTER_11, 'skipgram');
  await expect(fig.getByTestId('skipgram-status')).toHaveText('Ready: press Start.');
  await page.waitForTimeout(500);
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText('Epoch 0 of 200');
  await fig.getByRole('spinbutton', { name: 'Epochs' }).fill('40');
  await fig.getByRole('spinbutton', { name: 'Epochs' }).press('Tab');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText('Epoch 40 of 40', { timeout: 20_000 });
  await expect(fig.getByTestId('skipgram-loss')).toHaveText(lossAfter(40));
  await expect(fig.getByTestId('skipgram-map').locator('svg text', { hasText: 'queen' })).toHaveCount(1);
  await expect(fig.getByRole('button', { name: 'Train again' })).toBeVisible();
  await expect(fig.getByTestId('skipgram-status')).toHaveText('Finished.');
});

test('Step trains ten epochs exactly as the core does', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_11, 'skipgram');
  await fig.getByRole('button', { name: 'Step 10' }).click();
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText('Epoch 10 of 200');
  await expect(fig.getByTestId('skipgram-loss')).toHaveText(lossAfter(10));
  await expect(fig.getByTestId('skipgram-status')).toHaveText('Paused.');
});

test('Pause stops training and Reset starts over', async ({ page }) => {
  const fig = await openFigure(page, `${CHAPTER_11}?skipgram.epochs=2000`, 'skipgram');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect(fig.getByTestId('skipgram-epoch')).not.toHaveText('Epoch 0 of 2000');
  await fig.getByRole('button', { name: 'Pause' }).click();
  const at = await fig.getByTestId('skipgram-epoch').textContent();
  await page.waitForTimeout(600);
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText(at ?? '');
  await fig.getByRole('button', { name: 'Reset' }).click();
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText('Epoch 0 of 2000');
  await expect(fig.getByTestId('skipgram-loss')).toHaveText('not trained yet');
});

test('a shared link restores the settings and reproduces the run', async ({ page }) => {
  await page.goto(`${CHAPTER_11}?skipgram.seed=7&skipgram.epochs=30#skipgram`);
  const fig = page.locator('#skipgram');
  await expect(fig.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('7');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText('Epoch 30 of 30', { timeout: 20_000 });
  await expect(fig.getByTestId('skipgram-loss')).toHaveText(lossAfter(30, 7));
});

test('a malformed link falls back to the defaults and says so', async ({ page }) => {
  await page.goto(`${CHAPTER_11}?skipgram.seed=abc&skipgram.lr=9#skipgram`);
  const fig = page.locator('#skipgram');
  await expect(fig.getByText(/value for “seed” is not a whole number/)).toBeVisible();
  await expect(fig.getByText(/value for “lr” is not a number from 0.001 to 0.5/)).toBeVisible();
  await expect(fig.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('1');
});

test('a learning rate that diverges stops training and says so', async ({ page }) => {
  const m = createSkipGram(CORPUS, { dims: 10, window: 2, negatives: 5, learningRate: 0.5, seed: 1 });
  trainEpochs(m, 200);
  const at = m.diverged?.epoch;
  expect(at).toBeDefined();
  const fig = await openFigure(page, `${CHAPTER_11}?skipgram.lr=0.5`, 'skipgram');
  await fig.getByRole('button', { name: 'Start' }).click();
  await expect(fig.getByText(`Training diverged at epoch ${at} with learning rate 0.5`)).toBeVisible({ timeout: 30_000 });
  await expect(fig.getByTestId('skipgram-epoch')).toHaveText(`Epoch ${at} of 200`);
  await expect(fig.getByTestId('skipgram-status')).toHaveText('Finished.');
});
