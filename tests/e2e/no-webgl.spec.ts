/** Run by the `chromium-no-webgl` project: TF.js widgets must work on the CPU backend. */
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { expect, test } from './fixtures';
import { CHAPTER_11, emb, numTensors, openFigure, tableWords } from './embedding-helpers';

test('neighbours run on the CPU backend and match the core', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_11, 'nn');
  await expect(fig.getByTestId('nn-results')).toBeVisible({ timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(
    nearestNeighbours(emb, 'frog', 10).neighbours.map((n) => n.word),
  );
  const before = await numTensors(page);
  await fig.getByLabel('Word').fill('river');
  await fig.getByRole('button', { name: 'Find neighbours' }).click();
  await expect(fig.getByTestId('nn-heading')).toContainText('river');
  expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(
    nearestNeighbours(emb, 'river', 10).neighbours.map((n) => n.word),
  );
  expect(await numTensors(page)).toBe(before);
  await expect(fig.getByTestId('nn-timing')).toContainText('on the CPU (TensorFlow.js)');
});
