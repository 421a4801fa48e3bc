/**
 * Chapter 4's model figures: time from scrolling Figures 4.2 and 4.3 into view
 * to ready, and the latent-space figure's decode-and-draw time per update during a
 * simulated drag (read from the canvas's data-decode-ms, measured in the page
 * around decodePoint + putImageData).
 *   npx tsx scripts/bench/autoencoders.ts --base http://127.0.0.1:4321 [--no-webgl] [--runs 60]
 * (AE_CHAPTER=/path/ measures a development copy of the chapter.)
 */
import { benchArgs, launch, newPage, noteBackend, record, recordSeries, summary } from './lib/browser';

const { base, noWebgl, runs } = benchArgs();
const path = process.env['AE_CHAPTER'] ?? '/part-2/autoencoders/';
const browser = await launch(noWebgl);
console.log(`backend: ${noWebgl ? 'CPU (WebGL disabled)' : 'WebGL if available'}; page ${path}`);

/** A fresh page each time, so nothing is cached in memory from the other figure. */
async function readyTime(id: string, readySelector: string): Promise<number> {
  const page = await newPage(browser);
  await page.goto(`${base}${path}`);
  const ms = await page.evaluate(
    async ([figId, sel]) => {
      const fig = document.getElementById(figId);
      if (!fig) throw new Error(`no #${figId} figure`);
      const t0 = performance.now();
      fig.scrollIntoView();
      while (!fig.querySelector(sel)) await new Promise((r) => setTimeout(r, 5));
      return performance.now() - t0;
    },
    [id, readySelector] as const,
  );
  await noteBackend(page, id);
  await page.close();
  return ms;
}

const recon = await readyTime('recon', '[data-testid=recon-results][data-ready=true]');
console.log(`4.2 reconstruction ready after scrolling into view: ${recon.toFixed(0)} ms`);
record({ name: '#recon ready', value: recon, unit: 'ms', budget: 'ready' });
const latent = await readyTime('latent', '[data-testid=latent-decoded][data-ready=true]');
console.log(`4.3 latent space ready (first decode drawn) after scrolling into view: ${latent.toFixed(0)} ms`);
record({ name: '#latent ready', value: latent, unit: 'ms', budget: 'ready' });

const page = await newPage(browser);
await page.goto(`${base}${path}#latent`);
const fig = page.locator('#latent');
await fig.scrollIntoViewIfNeeded();
const canvas = fig.getByTestId('latent-decoded');
await page.locator('#latent [data-testid=latent-decoded][data-ready=true]').waitFor({ timeout: 30_000 });
console.log(await fig.getByTestId('backend').textContent());
const box = await fig.getByTestId('latent-plane').locator('svg').boundingBox();
if (!box) throw new Error('plane not rendered');
const decodes = async () => Number((await canvas.getAttribute('data-decodes')) ?? 0);
// Warm up (first decodes compile WebGL shaders), then drag in a loop: one measured update per step.
await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
await page.mouse.down();
const times: number[] = [];
for (let i = 0; i < runs + 5; i++) {
  const before = await decodes();
  const t = i / (runs + 5);
  await page.mouse.move(box.x + box.width * (0.15 + 0.7 * t), box.y + box.height * (0.3 + 0.4 * Math.sin(6 * t)));
  while ((await decodes()) === before) await page.waitForTimeout(1);
  if (i >= 5) times.push(Number(await canvas.getAttribute('data-decode-ms')));
}
await page.mouse.up();
console.log(summary('4.3 drag: decode + draw per update', times));
recordSeries('#latent drag update', times, 'frameP95');
await browser.close();
