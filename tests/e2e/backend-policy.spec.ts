/**
 * The backend policy in a real browser: interactive figures run on the CPU
 * backend, batched work follows the renderer, `?backend=` forces either one,
 * the badge says which and why, and the numbers do not change.
 */
import type { Page } from '@playwright/test';
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { chooseBackend, classifyWebgl, REASONS } from '../../widgets/lib/backend-policy';
import { fixed } from '../../widgets/lib/format';
import { CHAPTER, expectedErrors } from './autoencoders-expected';
import { CHAPTER_11, emb, openFigure, tableWords } from './embedding-helpers';
import { expect, test } from './fixtures';

async function reconstruction(page: Page, query: string) {
  await page.goto(`${CHAPTER}?recon.digit=42&recon.k=8${query}#recon`);
  const fig = page.locator('#recon');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  return fig;
}

const cases = [
  { query: '', backend: 'cpu', reason: REASONS.small, tolerance: 1e-7 },
  { query: '&backend=cpu', backend: 'cpu', reason: REASONS.forced, tolerance: 1e-7 },
  // WebGL computes in its own float32 order: the same numbers to a few ulps of the error.
  { query: '&backend=webgl', backend: 'webgl', reason: REASONS.forced, tolerance: 2e-6 },
] as const;

for (const c of cases) {
  test(`reconstruction${c.query ? ` with ${c.query.slice(1)}` : ''} runs on ${c.backend} and matches Node`, async ({ page }) => {
    const fig = await reconstruction(page, c.query);
    const badge = fig.getByTestId('backend');
    await expect(badge).toHaveAttribute('data-backend', c.backend);
    await expect(badge).toHaveAttribute('data-reason', c.reason);
    await expect(badge).toHaveAttribute('title', c.reason);
    const engine = await page.evaluate(
      () => (globalThis as unknown as { _tfengine: { backendName: string } })._tfengine.backendName,
    );
    expect(engine).toBe(c.backend);
    const want = await expectedErrors(42, 8);
    for (const m of ['ae16', 'ae2', 'pca'] as const) {
      await expect(fig.getByTestId(`recon-mse-${m}`)).toHaveText(`MSE ${fixed(want[m], 4)}`);
      expect(Math.abs(Number(await fig.getByTestId(`recon-mse-${m}`).getAttribute('data-mse')) - want[m])).toBeLessThan(
        c.tolerance,
      );
    }
  });
}

test('neighbours, batched work, run where the policy puts them for this renderer', async ({ page }) => {
  const fig = await openFigure(page, CHAPTER_11, 'nn');
  await expect(fig.getByTestId('nn-results')).toBeVisible({ timeout: 30_000 });
  const probe = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
    const strict = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    return { any: gl !== null, renderer, strict: strict !== null };
  });
  expect(probe.any).toBe(true);
  const want = chooseBackend({ kind: 'batched' }, { forced: null, webgl: classifyWebgl(probe.renderer, probe.strict) });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', want.backend);
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', want.reason);
  await expect(fig.getByTestId('nn-timing')).toContainText(want.backend === 'cpu' ? 'on the CPU' : 'WebGL');
  expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(
    nearestNeighbours(emb, 'frog', 10).neighbours.map((n) => n.word),
  );
});

test('neighbours with ?backend=webgl run on WebGL and give the same words', async ({ page }) => {
  const fig = await openFigure(page, `${CHAPTER_11}?backend=webgl`, 'nn');
  await expect(fig.getByTestId('nn-results')).toBeVisible({ timeout: 30_000 });
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-backend', 'webgl');
  await expect(fig.getByTestId('backend')).toHaveAttribute('data-reason', REASONS.forced);
  await fig.getByLabel('Word').fill('river');
  await fig.getByRole('button', { name: 'Find neighbours' }).click();
  await expect(fig.getByTestId('nn-heading')).toContainText('river');
  expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(
    nearestNeighbours(emb, 'river', 10).neighbours.map((n) => n.word),
  );
});
