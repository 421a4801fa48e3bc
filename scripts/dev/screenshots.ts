/**
 * Screenshots of built pages for a person to look at: light and dark, desktop
 * and phone width. Serve the build first (`npm run preview`), then:
 *   npx tsx scripts/dev/screenshots.ts [--base http://127.0.0.1:4321] [--out .cache/shots] [--no-webgl] /path/ …
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_WEBGL_ARGS, findChromium } from '../lib/chromium';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    out: { type: 'string', default: '.cache/shots' },
    'no-webgl': { type: 'boolean', default: false },
    wait: { type: 'string', default: '1500' },
    /** Cut the full page into viewport-high slices (long chapters are unreadable as one image). */
    slices: { type: 'boolean', default: false },
    /** One image per interactive figure instead of the page. */
    figures: { type: 'boolean', default: false },
  },
});

const paths = positionals.length ? positionals : ['/'];
mkdirSync(values.out, { recursive: true });
const args = values['no-webgl'] ? [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] : CHROMIUM_ARGS;
const browser = await chromium.launch({ executablePath: findChromium(), args });
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 800 } },
];
for (const theme of ['light', 'dark'] as const) {
  for (const view of views) {
    const context = await browser.newContext({ viewport: view.viewport, colorScheme: theme });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`  console error: ${m.text()}`));
    for (const path of paths) {
      await page.goto(values.base + path);
      // Scroll through so every island hydrates, then back to the top.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 60));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForTimeout(Number(values.wait));
      const stem = `${values.out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${theme}-${view.name}`;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const note = overflow > 0 ? `  (horizontal overflow: ${overflow}px)` : '';
      if (values.figures) {
        // A figure taller than the window is stitched from several scrolls; the sticky page
        // header would be painted over it in each, so it is hidden for these pictures.
        // (Through the CSSOM: the pages' Content-Security-Policy refuses an added <style>.)
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('header.header, mobile-starlight-toc'))
            el.style.visibility = 'hidden';
        });
        const figures = page.locator('figure.widget');
        const count = await figures.count();
        for (let i = 0; i < count; i++) {
          const fig = figures.nth(i);
          const id = (await fig.getAttribute('id')) ?? String(i);
          await fig.scrollIntoViewIfNeeded();
          await page.waitForTimeout(Number(values.wait));
          await fig.screenshot({ path: `${stem}-${id}.png` });
        }
        console.log(`${stem}-<figure>.png: ${count} figures${note}`);
        continue;
      }
      if (!values.slices) {
        await page.screenshot({ path: `${stem}.png`, fullPage: true });
        console.log(`${stem}.png${note}`);
        continue;
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const h = view.viewport.height;
      for (let i = 0; i * h < height; i++) {
        const clip = { x: 0, y: i * h, width: view.viewport.width, height: Math.min(h, height - i * h) };
        await page.screenshot({ path: `${stem}-${String(i).padStart(2, '0')}.png`, fullPage: true, clip });
      }
      console.log(`${stem}-NN.png: ${Math.ceil(height / h)} slices${note}`);
    }
    await context.close();
  }
}
await browser.close();
