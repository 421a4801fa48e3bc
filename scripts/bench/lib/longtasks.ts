/**
 * Main-thread long tasks, as the page's own PerformanceObserver sees them
 * (Chromium reports every task over 50 ms), so a benchmark can ask for the
 * longest task in a window of time. A window with no long task reports 0:
 * nothing in it blocked the page for more than 50 ms.
 */
import type { Page } from '@playwright/test';

/** Install before navigation: records every long task of the page from its start. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript({
    content: `
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });`,
  });
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Long tasks that started within [from, to] (performance.now() times of the page), longest first. */
export async function longTasks(page: Page, from = 0, to = Infinity): Promise<LongTask[]> {
  const all = await page.evaluate(() => (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks);
  return all.filter((t) => t.start >= from && t.start <= to).sort((a, b) => b.duration - a.duration);
}

export async function longestTask(page: Page, from = 0, to = Infinity): Promise<number> {
  return (await longTasks(page, from, to))[0]?.duration ?? 0;
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());
