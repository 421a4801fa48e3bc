/** Shared by the Part V end-to-end tests: the pages, the asset as Node decodes it, and page probes. */
import type { Locator, Page } from '@playwright/test';
import { buildTimeEmbeddings } from '../../widgets/lib/node/embeddings';
import { expect } from './fixtures';

export { numTensors } from './probes';

export const CHAPTER_11 = '/part-5/word-embeddings/';
export const CHAPTER_12 = '/part-5/bias-in-embeddings/';

/** The shipped vectors, decoded in Node with the same core the page uses. */
export const emb = buildTimeEmbeddings();

/** The words of a ScoreTable, in rank order. */
export async function tableWords(table: Locator): Promise<string[]> {
  const cells = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  return cells.map((c) => c.replace(/question word$/, '').trim());
}

/** Start recording the longest main-thread task from now on (Long Tasks API). */
export async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

/** Ten thousand distinct words as a reader might paste them. */
export function bigPaste(): string {
  return emb.words
    .slice(0, 9_990)
    .concat(Array.from({ length: 10 }, (_, i) => `zzq${i}`))
    .join(', ');
}

export async function openFigure(page: Page, url: string, id: string): Promise<Locator> {
  await page.goto(url);
  const fig = page.locator(`#${id}`);
  // Figures above may grow as they hydrate and push this one out of view again; scroll until it hydrates.
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  return fig;
}
