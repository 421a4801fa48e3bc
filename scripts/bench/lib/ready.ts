/**
 * A figure's ready time on a fresh page (so downloads and start-up are
 * counted): from scrolling it into view until `selector` matches inside its
 * hydrated island, and the longest main-thread task from navigation to then.
 */
import type { Browser, Page } from '@playwright/test';
import { newPage, noteBackend } from './browser';
import { longestTask, watchLongTasks } from './longtasks';

export interface Ready {
  /** The page, left open (with its long tasks watched) for the caller's next measures. */
  page: Page;
  ms: number;
  longest: number;
}

export async function readyAfterScroll(browser: Browser, url: string, id: string, selector: string): Promise<Ready> {
  const page = await newPage(browser);
  await watchLongTasks(page);
  await page.goto(url);
  const ms = await page.evaluate(
    async ([figId, sel]) => {
      const fig = document.getElementById(figId);
      if (!fig) throw new Error(`no #${figId}`);
      const t0 = performance.now();
      for (let i = 0; ; i++) {
        // Figures above may grow as they hydrate: keep this one in view.
        if (i % 20 === 0) fig.scrollIntoView();
        if (fig.querySelector(`.widget-live[data-ready=true] ${sel}`)) break;
        await new Promise((r) => setTimeout(r, 5));
      }
      return performance.now() - t0;
    },
    [id, selector] as const,
  );
  if ((await page.locator(`#${id} [data-testid=backend]`).count()) > 0) await noteBackend(page, id);
  return { page, ms, longest: await longestTask(page) };
}
