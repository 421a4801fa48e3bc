/**
 * Hostile links against every figure in the built book: a page load per figure whose query
 * string sets every parameter of the figure at once (payload classes rotating, so that over the
 * run every class reaches every kind of field), then, reached through the history as Back and
 * Forward reach a link (the figure re-reads the address, validated as a fresh link), every
 * parameter three times with hostile names besides, then a wholly broken query string (the same
 * parser reads a first load, and `tests/unit/url-fuzz.test.ts` fuzzes it). One load per figure
 * rather than three keeps the run short. No payload runs (the canary stays unset), the
 * fixtures see no console or page error, each rejected value gets its notice, and afterwards
 * the figure still shows its readout and answers its first control.
 */
import type { Locator, Page } from '@playwright/test';
import { readState, type Field } from '../../widgets/lib/url-state';
import { CANARY, CLASSES, hostileValues, queryValue, type Hostile, type Kind, type PayloadClass } from '../lib/hostile';
import { figureSchemas, kindOf, type FigureSchema } from '../lib/hostile-figures';
import { pageWithFigure } from './figure-page';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const figures = await figureSchemas();

/** The next class for a field of `kind`, taking turns over the whole run. */
const turns = new Map<Kind, number>();
const used = new Map<Kind, Set<PayloadClass>>();
function next(kind: Kind): Hostile {
  const turn = turns.get(kind) ?? 0;
  turns.set(kind, turn + 1);
  const cls = CLASSES[turn % CLASSES.length] as PayloadClass;
  used.set(kind, (used.get(kind) ?? new Set()).add(cls));
  const values = hostileValues(kind).filter((v) => v.cls === cls);
  return values[Math.floor(turn / CLASSES.length) % values.length] as Hostile;
}

function queries({ id, schema }: FigureSchema): string[] {
  const keys = Object.keys(schema);
  const param = (key: string) => `${id}.${key}=${queryValue(next(kindOf(schema[key] as Field<unknown>)))}`;
  const once = () => `?${keys.map(param).join('&')}`;
  const names = ['__proto__', 'constructor', 'prototype', 'toString', `<img src=x onerror=window.${CANARY}=1>`];
  const thrice = [...keys.map(param), ...keys.map(param), ...keys.map(param)];
  const repeated = `?${[...thrice, ...names.map((n) => `${id}.${encodeURIComponent(n)}=1`)].join('&')}`;
  const broken = `?%E0%A4%A&%%&=&${id}.%ZZ=%&&${id}&=${id}.&${id}.${encodeURIComponent(keys[0] as string)}%=%`;
  return [once(), repeated, broken];
}

const plans = figures.map((f) => ({ ...f, queries: queries(f) }));

test('over the run, every payload class reaches every kind of field the built-in codecs make', () => {
  for (const kind of ['int', 'num', 'oneOf', 'bool', 'text'] as const)
    expect([...(used.get(kind) ?? [])].sort(), kind).toEqual([...CLASSES].sort());
});

async function hydrate(page: Page, fig: Locator): Promise<void> {
  // Figures above may grow as they hydrate and push this one out of view again.
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 60_000 });
  expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY)).toBeUndefined();
}

/** Change the figure's first control that its state is written from, and see the address bar follow. */
async function useFirstControl(page: Page, fig: Locator, id: string): Promise<void> {
  const live = fig.locator('.widget-live');
  const select = live.locator('select:visible:enabled').first();
  const range = live.locator('input[type=range]:visible:enabled').first();
  const radio = live.locator('input[type=radio]:visible:enabled:not(:checked)').first();
  const checkbox = live.locator('input[type=checkbox]:visible:enabled').first();
  const number = live.locator('input[type=number]:visible:enabled').first();
  if ((await select.count()) > 0) {
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.filter((o) => !(o as HTMLOptionElement).selected).map((o) => (o as HTMLOptionElement).value));
    await select.selectOption(options[0] as string);
  } else if ((await range.count()) > 0) {
    await range.focus();
    const atMax = await range.evaluate((el) => (el as HTMLInputElement).value === (el as HTMLInputElement).max);
    await range.press(atMax ? 'Home' : 'End');
  } else if ((await radio.count()) > 0) {
    await radio.check();
  } else if ((await checkbox.count()) > 0) {
    await checkbox.click();
  } else if ((await number.count()) === 0) {
    // Only text boxes: a word the figure knows, submitted.
    const box = live.locator('textarea:visible, input[type=text]:visible, input:not([type]):visible').first();
    await box.fill('river');
    await box.evaluate((el) => (el as HTMLInputElement).form?.requestSubmit());
  } else {
    const min = await number.getAttribute('min');
    await number.fill(String(Number(min ?? 0) + 1));
    await number.press('Enter');
  }
  await expect.poll(() => new URL(page.url()).search, 'the address bar follows the control').toContain(`${id}.`);
}

for (const { id, schema, queries: loads } of plans) {
  test(`${id}: hostile links fall back with a notice, inject nothing, and leave the figure working`, async ({ page }) => {
    test.setTimeout(300_000);
    const path = pageWithFigure(id);
    const fig = page.locator(`#${id}`);
    // Servers refuse request lines this long (431), so each query is put in place before the
    // page's first script runs, as a link followed inside the page would leave it.
    await page.addInitScript((all) => {
      const i = new URLSearchParams(location.search).get('hostile-load');
      if (i !== null) history.replaceState(null, '', location.pathname + (all[Number(i)] as string) + location.hash);
    }, loads);
    for (const [i, search] of loads.entries()) {
      if (i === 0) await page.goto(`${path}?hostile-load=${i}`, { waitUntil: 'domcontentloaded' });
      else
        await page.evaluate((query) => {
          history.pushState(null, '', location.pathname + query + location.hash);
          dispatchEvent(new PopStateEvent('popstate'));
        }, search);
      await hydrate(page, fig);
      for (const problem of readState(id, schema, search).problems) {
        await expect(fig.locator('.widget-message', { hasText: problem }).first(), problem).toBeVisible();
      }
    }
    // After the last, wholly broken link: the readout appears and the first control works.
    await expect(fig.locator('.widget-progress')).toHaveCount(0, { timeout: 60_000 });
    await expect(fig.locator('[data-kind=error]')).toHaveCount(0);
    await expect(fig.locator('.widget-live').locator('.widget-readout, [data-testid]').first()).toBeVisible({ timeout: 30_000 });
    // A text box takes hostile text too: hostile-text.spec.ts finds the figures with one by their text parameters.
    const hasTextParameter = Object.values(schema).some((f) => kindOf(f as Field<unknown>) === 'text');
    const textBoxes = fig.locator('.widget-live').locator('textarea, input[type=text], input[type=search], input:not([type])');
    expect((await textBoxes.count()) > 0, 'a text box without a text parameter escapes hostile-text.spec.ts').toBe(
      hasTextParameter,
    );
    await useFirstControl(page, fig, id);
    await expect(fig.locator('[data-kind=error]')).toHaveCount(0);
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], CANARY)).toBeUndefined();
  });
}
