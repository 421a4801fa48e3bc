/**
 * If the GPU goes away while a page is open (a lost WebGL context), the runtime
 * switches to the CPU backend, the widget says so, reloads what lived on the GPU,
 * and keeps giving the right answers. The page forces WebGL (`?backend=webgl`),
 * since the backend policy would otherwise keep this machine's software WebGL idle.
 */
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { expect, test } from './fixtures';
import { REASONS } from '../../widgets/lib/backend-policy';
import { CHAPTER_11, emb, openFigure, tableWords } from './embedding-helpers';

test('a lost WebGL context moves the figure to the CPU and it carries on', async ({ page }) => {
  const fig = await openFigure(page, `${CHAPTER_11}?backend=webgl`, 'nn');
  await expect(fig.getByTestId('nn-results')).toBeVisible({ timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl');

  const lost = await page.evaluate(() => {
    type Gl = { getExtension(name: string): { loseContext(): void } | null };
    const engine = (globalThis as unknown as { _tfengine: { registry: Record<string, { gpgpu?: { gl?: Gl } }> } })._tfengine;
    const ext = engine.registry['webgl']?.gpgpu?.gl?.getExtension('WEBGL_lose_context');
    ext?.loseContext();
    return Boolean(ext);
  });
  expect(lost).toBe(true);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'cpu');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.lost);

  await fig.getByLabel('Word').fill('river');
  await fig.getByRole('button', { name: 'Find neighbours' }).click();
  await expect(fig.getByTestId('nn-heading')).toContainText('river');
  expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(
    nearestNeighbours(emb, 'river', 10).neighbours.map((n) => n.word),
  );
});
