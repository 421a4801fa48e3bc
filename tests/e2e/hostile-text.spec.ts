/**
 * Hostile text in every text field of every figure that has one (a figure with a text
 * parameter; hostile-links.spec.ts checks that no other figure shows a text box): word lists
 * made of every payload class, ten thousand words, nothing, and only whitespace. Each gets a
 * clear message, nothing runs (the canary stays unset), the fixtures see no console or page
 * error, and no main-thread task lasts over a second, the bound for a hang, not a speed test.
 */
import type { Locator, Page } from '@playwright/test';
import type { Field } from '../../widgets/lib/url-state';
import { CANARY, hostileWordLists, tenThousandWords } from '../lib/hostile';
import { figureSchemas, kindOf } from '../lib/hostile-figures';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const withText = (await figureSchemas()).filter(({ schema }) =>
  Object.values(schema).some((f) => kindOf(f as Field<unknown>) === 'text'),
);

// Three classes to a list keeps the submissions few; every class is in one of them.
const lists = hostileWordLists();
const inputs = [
  ...Array.from({ length: Math.ceil(lists.length / 3) }, (_, i) => {
    const group = lists.slice(3 * i, 3 * i + 3);
    return { name: group.map((h) => h.cls).join(' + '), value: group.map((h) => h.value).join(' ') };
  }),
  { name: '10,000 words', value: tenThousandWords() },
  { name: 'empty', value: '' },
  { name: 'whitespace only', value: ' \t \u00a0 \n ' },
];

/** Record the longest main-thread task from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { hostileLongest: number };
    w.hostileLongest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.hostileLongest = Math.max(w.hostileLongest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { hostileLongest: number }).hostileLongest);
}

async function submit(field: Locator): Promise<void> {
  await field.evaluate((el) => {
    const form = (el as HTMLInputElement).form;
    if (form) form.requestSubmit();
    else el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

test('the figures with text parameters are found', () => {
  expect(withText.map((f) => f.id).sort()).toEqual(expect.arrayContaining(['analogy', 'nn']));
});

for (const { id } of withText) {
  test(`${id}: hostile text in every text field gets a clear message and runs nothing`, async ({ page }) => {
    test.setTimeout(300_000);
    const fig = page.locator(`#${id}`);
    await page.goto(pageWithFigure(id));
    await expect(async () => {
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 500 });
    }).toPass({ timeout: 30_000 });
    await expect(fig.locator('.widget-progress')).toHaveCount(0, { timeout: 60_000 });
    const fields = await fig
      .locator('.widget-live')
      .locator('textarea, input[type=text], input[type=search], input:not([type])')
      .all();
    expect(fields.length, 'text fields').toBeGreaterThan(0);
    const longest = await watchLongTasks(page);
    for (const field of fields) {
      const label =
        (await field.getAttribute('aria-label')) ??
        (await field.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? el.id));
      for (const input of inputs) {
        // Nothing, or only whitespace, goes in every box: one box left empty beside a filled one is a valid query.
        const blank = input.value.trim() === '';
        for (const f of blank ? fields : [field]) await f.fill(input.value);
        await submit(field);
        const what = `${label}: ${input.name}`;
        await expect(fig.locator('.widget-message:visible, [role=alert]:visible').first(), what).toBeVisible();
        expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY), what).toBeUndefined();
      }
    }
    await expect(fig.locator('.widget-live')).toBeVisible();
    expect(await longest(), 'longest main-thread task, ms').toBeLessThan(1000);
  });
}
