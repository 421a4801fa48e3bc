/**
 * The figures that run TensorFlow.js, and a fast scripted reader for them: the
 * leak and context-loss tests drive each with the kinds of interaction it
 * really has (sliders, selects, toggles, buttons, words, arrow keys, pointer
 * drags). The interactions are dispatched inside the page, one frame apart, so
 * hundreds take seconds rather than a round trip to the test each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/pages';
import { expect } from './fixtures';
import { pageWithFigure } from './figure-page';

/** Every figure whose frame is marked `usesTf` (checked against the build by `tfFiguresInBuild`), by id. */
export const TF_FIGURES = [
  'eigen',
  'lc',
  'recon',
  'latent',
  'denoise',
  'anomaly',
  'disagg',
  'sample',
  'interp',
  'map',
  'flow',
  'nn',
  'analogy',
  'knn',
  'diff',
  'gan',
  'fewlabels',
  'simclr',
  'pretext',
] as const;
export type TfFigure = (typeof TF_FIGURES)[number];

/** Words the embedding figures know, for their text fields. */
const WORDS = ['river', 'king', 'queen', 'man', 'woman', 'paris', 'france', 'water', 'music', 'frog'];

/** Open a figure's page with WebGL forced, and wait until the figure is live and its badge names a backend. */
export async function openTfFigure(page: Page, id: TfFigure, query = ''): Promise<Locator> {
  await page.goto(`/${pageWithFigure(id)}/?backend=webgl${query}#${id}`.replace(/\/+/g, '/'));
  const fig = page.locator(`#${id}`);
  // Figures above may grow as they hydrate and push this one out of view again; scroll until it is live.
  await expect(async () => {
    await fig.scrollIntoViewIfNeeded();
    await expect(fig.locator('.widget-live[data-ready=true]')).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 60_000 });
  // A figure that downloads nothing before its first Train press (the few-labels probes) starts TF.js on it.
  const train = fig.getByRole('button', { name: /^Train / });
  if ((await fig.getByTestId('backend').count()) === 0 && (await train.count()) > 0) await train.first().click();
  await expect(fig.getByTestId('backend').first()).toHaveAttribute('data-backend', 'webgl', { timeout: 60_000 });
  return fig;
}

/** Lose the page's WebGL context, as a GPU reset would; true if there was one to lose. */
export function loseWebglContext(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Gl = { getExtension(name: string): { loseContext(): void } | null };
    const engine = (globalThis as unknown as { _tfengine: { registry: Record<string, { gpgpu?: { gl?: Gl } }> } })._tfengine;
    const ext = engine.registry['webgl']?.gpgpu?.gl?.getExtension('WEBGL_lose_context');
    ext?.loseContext();
    return Boolean(ext);
  });
}

/** A small seeded generator, so a failing run can be repeated. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` interactions with the figure, chosen by `rand` among the controls it shows
 * at that moment, run in the page a frame apart without waiting for results.
 * Returns what each one did, for a failure's message.
 */
export function interact(fig: Locator, n: number, rand: () => number): Promise<string[]> {
  const rs = Array.from({ length: n }, () => [rand(), rand(), rand()] as const);
  return fig.evaluate(
    async (root, [rs, words]) => {
      const done: string[] = [];
      for (const r of rs) {
        done.push(once(r[0], r[1], r[2]));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return done;

      function once(r: number, u: number, v: number): string {
        const pick = <T>(xs: readonly T[], w: number): T => xs[Math.min(xs.length - 1, Math.floor(w * xs.length))] as T;
        const live = root.querySelector('.widget-live') ?? root;
        const usable = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && !el.matches(':disabled');
        const all = <E extends Element>(sel: string) => Array.from(live.querySelectorAll<E>(sel)).filter(usable);
        const fire = (el: Element, ...types: string[]) => types.forEach((t) => el.dispatchEvent(new Event(t, { bubbles: true })));
        const kinds: Array<() => string> = [];

        const numeric = all<HTMLInputElement>('input[type=range], input[type=number]');
        if (numeric.length)
          kinds.push(() => {
            const el = pick(numeric, u);
            const min = Number(el.min || 0);
            const max = Number(el.max || min + 10);
            const step = el.step && el.step !== 'any' ? Number(el.step) : (max - min) / 100;
            el.value = String(Math.min(max, min + Math.round((v * (max - min)) / step) * step));
            fire(el, 'input', 'change');
            return `${el.type} ${el.getAttribute('aria-label') ?? el.id} = ${el.value}`;
          });
        const selects = all<HTMLSelectElement>('select');
        if (selects.length)
          kinds.push(() => {
            const el = pick(selects, u);
            el.selectedIndex = Math.floor(v * el.options.length);
            fire(el, 'input', 'change');
            return `select ${el.value}`;
          });
        const toggles = all<HTMLInputElement>('input[type=radio], input[type=checkbox]');
        if (toggles.length)
          kinds.push(() => {
            const el = pick(toggles, u);
            el.click();
            return `${el.type} ${el.value}`;
          });
        // The figure menu (copy link, present) and Retry are not the figure's own controls.
        const buttons = all<HTMLButtonElement>('button:not([type=submit])').filter(
          (b) => !b.closest('.figure-menu') && !/^Retry/.test(b.textContent?.trim() ?? ''),
        );
        if (buttons.length)
          kinds.push(() => {
            const el = pick(buttons, u);
            el.click();
            return `button ${el.textContent?.trim() || el.getAttribute('aria-label')}`;
          });
        const texts = all<HTMLInputElement>('input[type=text], input[type=search], input:not([type])');
        if (texts.length)
          kinds.push(() => {
            for (const [i, el] of texts.entries()) {
              el.value = pick(words, (u * (7 + i * 3)) % 1);
              fire(el, 'input', 'change');
            }
            texts[0]?.form?.requestSubmit();
            return `words ${texts.map((t) => t.value).join(' ')}`;
          });
        const planes = all<HTMLElement>('[role=application], canvas[tabindex], svg[tabindex], [data-testid$=pad]');
        if (planes.length) {
          kinds.push(() => {
            const el = pick(planes, u);
            const key = pick(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', ' ', '+', '-'], v);
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            return `key ${key} on ${el.dataset['testid'] ?? el.tagName}`;
          });
          kinds.push(() => {
            // A drag with the mouse's pointer id, as the real mouse would send it.
            const el = pick(planes, u);
            const box = el.getBoundingClientRect();
            const at = (w: number, z: number) => ({
              clientX: box.left + box.width * (0.1 + 0.8 * w),
              clientY: box.top + box.height * (0.1 + 0.8 * z),
              pointerId: 1,
              pointerType: 'mouse',
              isPrimary: true,
              bubbles: true,
              cancelable: true,
              composed: true,
            });
            el.dispatchEvent(new PointerEvent('pointerdown', { ...at(u, v), button: 0, buttons: 1 }));
            for (let i = 1; i <= 4; i++) {
              el.dispatchEvent(new PointerEvent('pointermove', { ...at((u + 0.2 * i) % 1, (v + 0.13 * i) % 1), buttons: 1 }));
            }
            el.dispatchEvent(new PointerEvent('pointerup', { ...at((u + 0.8) % 1, (v + 0.52) % 1), button: 0, buttons: 0 }));
            return `drag on ${el.dataset['testid'] ?? el.tagName}`;
          });
        }
        if (kinds.length === 0) return 'nothing to do';
        return pick(kinds, r)();
      }
    },
    [rs, WORDS] as const,
  );
}

/** The page's live tensors. */
export function numTensors(page: Page): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors,
  );
}

/**
 * Wait until the figure has stopped working: training paused, no download in
 * progress, and the page's tensor count unchanged over several frames. Returns that count.
 */
export async function settle(page: Page, fig: Locator): Promise<number> {
  const pause = fig.getByRole('button', { name: 'Pause' });
  if (await pause.isVisible()) await pause.click();
  // A training step still in flight (its result not yet read back from the GPU).
  await expect(fig.getByText('Finishing the current step…')).toHaveCount(0, { timeout: 60_000 });
  await expect(fig.locator('.widget-progress')).toHaveCount(0, { timeout: 60_000 });
  return page.evaluate(async () => {
    const count = () => (globalThis as unknown as { _tfengine: { state: { numTensors: number } } })._tfengine.state.numTensors;
    const pause = () => new Promise((r) => setTimeout(() => requestAnimationFrame(r), 100));
    let last = count();
    for (let same = 0; same < 5;) {
      await pause();
      const now = count();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return last;
  });
}

/** The JS heap after a forced full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The ids of the figures marked `usesTf` in the build under test, so that TF_FIGURES stays complete. */
export function tfFiguresInBuild(dist = process.env['DIST'] ?? 'dist'): string[] {
  const ids = builtPages(dist).flatMap((path) =>
    Array.from(readFileSync(join(dist, path, 'index.html'), 'utf8').matchAll(/<figure\b[^>]*>/g), (m) => m[0])
      .filter((tag) => /\bdata-uses-tf\b/.test(tag))
      .map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1] ?? ''),
  );
  return ids.sort();
}

/**
 * Try every option of the figure's selects and radio buttons once, so that each
 * model it can show is loaded (the figures keep loaded models for the page), then
 * return the figure to the view in `search`.
 */
export async function visitEveryOption(page: Page, fig: Locator, search: string): Promise<void> {
  await fig.evaluate(async (root) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    const live = root.querySelector('.widget-live') ?? root;
    for (const el of Array.from(live.querySelectorAll('select'))) {
      for (let i = 0; i < el.options.length; i++) {
        el.selectedIndex = i;
        el.dispatchEvent(new Event('change', { bubbles: true }));
        await frame();
      }
    }
    for (const el of Array.from(live.querySelectorAll<HTMLInputElement>('input[type=radio]'))) {
      el.click();
      await frame();
    }
  });
  await restoreView(page, fig, search);
}

/**
 * Bring the figure back to the view in `search` (a page query string) as the Back
 * button would, and start a training figure afresh, so that equal views hold equal tensors.
 */
export async function restoreView(page: Page, fig: Locator, search: string): Promise<void> {
  await page.evaluate((s) => {
    history.pushState(null, '', `${location.pathname}${s}${location.hash}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
  await settle(page, fig);
  const reset = fig.getByRole('button', { name: 'Reset', exact: true });
  if (await reset.isVisible()) await reset.click();
}
