/**
 * If the GPU goes away while a page is open (a lost WebGL context), the runtime
 * switches to the CPU backend, every TensorFlow.js figure says so, reloads what
 * lived on the GPU, and keeps giving the core's answers: for each figure, opened
 * with WebGL forced (`?backend=webgl`, since the backend policy would otherwise
 * keep this machine's software WebGL idle), used, its context lost, then used
 * again and compared with what the Node core computes for the same inputs.
 */
import type { Locator, Page } from '@playwright/test';
import { analogy } from '../../widgets/lib/embeddings/core/analogy';
import { nearestNeighbours } from '../../widgets/lib/embeddings/core/similarity';
import { REASONS } from '../../widgets/lib/backend-policy';
import { corruptDigit, mse, reconstructOne } from '../../widgets/denoising/core';
import { reconstructionErrors, rocCurve, trapezoidAuc } from '../../widgets/anomaly/core';
import { priorCodes } from '../../widgets/sampling/core';
import { decodePath } from '../../widgets/interpolation/encode';
import { makeDataset } from '../../widgets/flow-2d/data';
import { TEST_SIZE } from '../../widgets/flow-2d/trainer';
import { digitPixels } from '../../widgets/lib/digits/sets';
import { fixed } from '../../widgets/lib/format';
import { expectedDecode, expectedErrors } from './autoencoders-expected';
import { canvasGrey, gridOf, meanAbsDiff, nodeDigits, nodeModel, nodeTf } from './autoencoder-helpers';
import { emb, tableWords } from './embedding-helpers';
import { codeLengthsMatch } from './readouts';
import { expect, test } from './fixtures';
import { expectCells, nodeCells } from './disaggregated-helpers';
import { TF_FIGURES, loseWebglContext, openTfFigure, type TfFigure } from './tf-figures';
import { expectedRebuild } from './eigen-helpers';
import { expectSamplesMatch } from './diffusion-helpers';
import { expectView } from './learned-clusters-expected';
import { expectedEnergy } from './gan-expected';
import { REPRESENTATION_LABEL } from '../../widgets/learned-clusters/core';
import { REPRESENTATIONS as KNN_SPACES } from '../../widgets/retrieval/core';
import { expectView as expectKnnView } from './retrieval-expected';
import { cardDraw, cardPoints } from '../../widgets/few-labels/core';
import simclrCard from '../../public/models/simclr-d128/card.json' with { type: 'json' };
import { expectView as expectSimclrView } from './contrastive-codes-expected';
import { expectTurns } from './pretext-expected';

test.describe.configure({ mode: 'parallel' });

async function nodeDecode(id: 'vae-d16' | 'vae-d2', codes: Float32Array, d: number): Promise<Float32Array> {
  const tf = await nodeTf();
  const m = await nodeModel(id);
  const out = tf.tidy(() => m.decode(tf.tensor2d(codes, [codes.length / d, d])));
  const v = out.dataSync() as Float32Array;
  out.dispose();
  return v;
}

const words = (list: { word: string }[]) => list.map((w) => w.word);

interface Case {
  /** Extra query parameters for the page. */
  query?: string;
  /** Wait until the figure shows a result on WebGL. */
  ready: (fig: Locator) => Promise<void>;
  /** Use the figure after the switch and check its output against the Node core. */
  after: (fig: Locator, page: Page) => Promise<void>;
}

const FEW_LABELS = cardPoints(simclrCard.fewLabels);
const fewLabelsAccuracy = (fig: Locator) => fig.getByTestId('fewlabels-live-simclr-d128');

const CASES: Record<TfFigure, Case> = {
  fewlabels: {
    query: '&fewlabels.pixels=0&fewlabels.rotation=0',
    // On WebGL the features may differ from Node's CPU ones in the last bits: wait only for an accuracy.
    ready: (fig) => expect(fewLabelsAccuracy(fig)).not.toHaveAttribute('data-accuracy', '', { timeout: 120_000 }),
    after: async (fig) => {
      // The model reloaded on the CPU is a new cache key: its features are computed again, as Node computes them.
      await fig.getByRole('combobox', { name: 'Draw' }).selectOption('1');
      await fig.getByRole('button', { name: /^Train/ }).click();
      await expect(fewLabelsAccuracy(fig)).toHaveAttribute('data-accuracy', String(cardDraw(FEW_LABELS, 'simclr-d128', 100, 1)), {
        timeout: 120_000,
      });
    },
  },
  eigen: {
    ready: (fig) => expect(fig.getByTestId('eigen-results')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 }),
    after: async (fig) => {
      const slider = fig.getByRole('slider', { name: /Components k/ });
      await slider.focus();
      for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
      const want = await expectedRebuild(0, 20);
      const summary = fig.getByTestId('eigen-summary');
      await expect(summary).toContainText(`mean squared error per pixel ${fixed(want.mse, 4)}`);
      expect(Math.abs(Number(await summary.getAttribute('data-mse')) - want.mse)).toBeLessThan(1e-12);
    },
  },
  lc: {
    query: '&lc.rep=pca16&lc.k=6&lc.seed=7',
    ready: (fig) => expectView(fig, 'pca16', 6, 7),
    after: async (fig) => {
      await fig.getByRole('radio', { name: REPRESENTATION_LABEL.ae16 }).check();
      await expectView(fig, 'ae16', 6, 7);
    },
  },
  recon: {
    ready: (fig) => expect(fig.getByTestId('recon-results')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByRole('button', { name: 'Digit #16, a 0' }).click();
      await expect(fig.getByRole('button', { name: 'Digit #16, a 0' })).toHaveAttribute('aria-pressed', 'true');
      const want = await expectedErrors(16, 16);
      for (const m of ['ae16', 'ae2', 'pca'] as const) {
        const el = fig.getByTestId(`recon-mse-${m}`);
        await expect(el).toHaveText(`MSE ${fixed(want[m], 4)}`);
        expect(Math.abs(Number(await el.getAttribute('data-mse')) - want[m])).toBeLessThan(2e-6);
      }
    },
  },
  latent: {
    query: '&latent.model=vae-d2&latent.z1=1.5&latent.z2=-2',
    ready: (fig) => expect(fig.getByTestId('latent-decoded')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 }),
    after: async (fig, page) => {
      await fig.getByTestId('latent-plane').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => new URL(page.url()).searchParams.get('latent.z1')).not.toBe('1.5');
      const url = new URL(page.url());
      const z: [number, number] = [Number(url.searchParams.get('latent.z1')), Number(url.searchParams.get('latent.z2'))];
      const want = await expectedDecode('vae-d2', z);
      await expect.poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('latent-decoded')), want)).toBeLessThan(0.5);
    },
  },
  denoise: {
    ready: (fig) => expect(fig.getByTestId('denoise-mse-dae')).toHaveText(/MSE \d/, { timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByRole('combobox', { name: 'Corruption' }).selectOption('patch');
      const tf = await nodeTf();
      const clean = digitPixels(await nodeDigits('mnist-heldout'), 3);
      const corrupted = corruptDigit(clean, 'patch', 0.5, 1);
      await expect(fig.getByTestId('denoise-mse-corrupted')).toHaveText(`MSE ${fixed(mse(corrupted, clean), 4)}`);
      for (const [key, id] of [
        ['dae', 'dae-d16'],
        ['ae', 'ae-d16'],
      ] as const) {
        const want = fixed(mse(reconstructOne(tf, await nodeModel(id), corrupted), clean), 4);
        await expect(fig.getByTestId(`denoise-mse-${key}`)).toHaveText(`MSE ${want}`);
      }
    },
  },
  anomaly: {
    ready: (fig) => expect(fig.getByTestId('anomaly-auc')).toHaveText(/AUC = \d/, { timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByRole('combobox', { name: 'Model' }).selectOption('dae-d16');
      const tf = await nodeTf();
      const m = await nodeModel('dae-d16');
      const d = await nodeDigits('mnist-heldout');
      const f = await nodeDigits('fashion-ood');
      const digits = await reconstructionErrors(tf, m, d.images, 0, d.count);
      const fashion = await reconstructionErrors(tf, m, f.images, 0, f.count);
      await expect(fig.getByTestId('anomaly-auc')).toHaveText(`AUC = ${fixed(trapezoidAuc(rocCurve(digits, fashion)))}`, {
        timeout: 60_000,
      });
    },
  },
  disagg: {
    ready: (fig) => expect(fig.getByTestId('disagg-source')).toContainText('Recomputed in your browser', { timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByRole('combobox', { name: 'Model' }).selectOption('pca');
      await expect(fig.getByTestId('disagg-time')).toBeVisible({ timeout: 60_000 });
      await expectCells(fig, await nodeCells('pca', 'mse', 'ink'), 1e-5);
    },
  },
  sample: {
    ready: (fig) => expect.poll(async () => (await canvasGrey(fig.getByTestId('sample-vae'))).some((v) => v > 0)).toBe(true),
    after: async (fig) => {
      await fig.getByRole('button', { name: 'Reseed' }).click();
      await expect(fig.getByTestId('sample-seed')).toHaveText('Seed 2');
      const want = gridOf(await nodeDecode('vae-d16', priorCodes(64, 16, 1, 2), 16), 64, 8);
      await expect.poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('sample-vae')), want)).toBeLessThan(0.5);
    },
  },
  interp: {
    ready: (fig) => expect(fig.getByTestId('interp-vae-norms')).toHaveText(/‖z‖: \d/, { timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByRole('radio', { name: 'spherical (slerp)' }).check();
      const tf = await nodeTf();
      const set = await nodeDigits('mnist-heldout');
      const want = decodePath(tf, await nodeModel('vae-d16'), digitPixels(set, 9), digitPixels(set, 0), 8, 'slerp');
      await expect
        .poll(async () => codeLengthsMatch(await fig.getByTestId('interp-vae-norms').textContent(), want.norms))
        .toBe(true);
      await expect
        .poll(async () => meanAbsDiff(await canvasGrey(fig.getByTestId('interp-vae')), gridOf(want.images, 8, 8)))
        .toBeLessThan(0.5);
    },
  },
  map: {
    query: '&map.dots=0&map.contours=0',
    ready: (fig) => expect(fig.getByTestId('map-update')).toBeVisible({ timeout: 60_000 }),
    after: async (fig) => {
      // Pan away and back: the tiles at the origin are decoded again, now on the CPU.
      const canvas = fig.getByTestId('map-canvas');
      await canvas.focus();
      await canvas.press('ArrowRight');
      await expect(fig.getByTestId('map-view')).toContainText('Centre (0.40, 0.00)');
      await canvas.press('ArrowLeft');
      await expect(fig.getByTestId('map-view')).toContainText('Centre (0.00, 0.00)');
      const want = await nodeDecode('vae-d2', new Float32Array([0, 0]), 2);
      // The origin's tile is the middle one of 15: canvas pixels 196–223.
      await expect.poll(async () => meanAbsDiff(await canvasGrey(canvas, 196, 196, 28, 28), want)).toBeLessThan(0.5);
    },
  },
  flow: {
    ready: (fig) => expect(fig.getByTestId('flow-status')).toHaveText('Ready: press Start.', { timeout: 60_000 }),
    after: async (fig) => {
      // The flow is trained in the page: after the switch it starts again, untrained (N(0, I)), on the CPU.
      const test = makeDataset('moons', TEST_SIZE, 1 + 7919);
      let s = 0;
      for (let i = 0; i < test.length; i += 2) s += Math.log(2 * Math.PI) + 0.5 * (test[i]! ** 2 + test[i + 1]! ** 2);
      await expect(fig.getByTestId('flow-status')).toHaveText('Ready: press Start.');
      await expect(fig.getByTestId('flow-nll-test')).toHaveText(fixed(s / (test.length / 2)));
      await fig.getByRole('button', { name: 'Step' }).first().click();
      await expect.poll(async () => Number(await fig.getByTestId('flow-steps').textContent())).toBeGreaterThan(0);
    },
  },
  nn: {
    ready: (fig) => expect(fig.getByTestId('nn-results')).toBeVisible({ timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByLabel('Word').fill('river');
      await fig.getByRole('button', { name: 'Find neighbours' }).click();
      await expect(fig.getByTestId('nn-heading')).toContainText('river');
      expect(await tableWords(fig.getByTestId('nn-results'))).toEqual(words(nearestNeighbours(emb, 'river', 10).neighbours));
    },
  },
  analogy: {
    ready: (fig) => expect(fig.getByTestId('analogy-results')).toBeVisible({ timeout: 60_000 }),
    after: async (fig) => {
      await fig.getByLabel('Method').selectOption('3CosMul');
      await expect(fig.getByTestId('analogy-heading')).toContainText('3CosMul');
      const q = { a: 'king', b: 'man', c: 'woman' };
      expect(await tableWords(fig.getByTestId('analogy-results'))).toEqual(
        words(analogy(emb, q, { k: 10, method: '3CosMul' }).results),
      );
    },
  },
  knn: {
    query: '&knn.digit=3&knn.k=4',
    // On WebGL the codes may differ from Node's CPU ones in the last bits: wait only for every space's accuracy.
    ready: async (fig) => {
      for (const rep of KNN_SPACES) {
        await expect(fig.locator('.widget-live').getByTestId(`knn-acc-${rep}`)).toContainText('4-NN accuracy', {
          timeout: 60_000,
        });
      }
    },
    after: async (fig) => {
      await fig.getByRole('button', { name: 'Next' }).click();
      await expectKnnView(fig, 4, 4);
    },
  },
  simclr: {
    query: '&simclr.digit=5&simclr.seed=3',
    // On WebGL the features may differ from Node's CPU ones in the last bits: wait only for the map and the views.
    ready: async (fig) => {
      const live = fig.locator('.widget-live');
      await expect(live.getByTestId('simclr-mean')).toHaveAttribute('data-key', '5:3:1', { timeout: 60_000 });
      await expect(live.getByTestId('simclr-map').locator('svg')).toHaveCount(1, { timeout: 60_000 });
    },
    after: async (fig) => {
      await fig.getByRole('button', { name: 'Next' }).click();
      await expectSimclrView(fig, { digit: 6, seed: 3, strength: 1 });
    },
  },
  diff: {
    ready: (fig) => expect(fig.getByTestId('diff-reverse')).toHaveAttribute('data-done', 'true', { timeout: 60_000 }),
    after: async (fig) => {
      // The denoiser is reloaded on the CPU; sampling again gives the Node core's samples.
      await fig.getByRole('button', { name: 'Sample again' }).click();
      await expectSamplesMatch(fig, { data: 'mixture', seed: 1, steps: 50, sampler: 'ddpm' });
    },
  },
  pretext: {
    query: '&pretext.digit=5',
    ready: (fig) =>
      expect(fig.locator('.widget-live').getByTestId('pretext-turns')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 }),
    after: async (fig) => {
      // The rotation model is reloaded on the CPU; its answers are then Node's, for this digit and the next.
      await expectTurns(fig, 5);
      await fig.locator('.widget-live').getByRole('button', { name: 'Next' }).click();
      await expectTurns(fig, 6);
    },
  },
  gan: {
    ready: (fig) => expect(fig.getByTestId('gan-status')).toHaveText('Ready: press Start.', { timeout: 60_000 }),
    after: async (fig) => {
      // The GAN is trained in the page: after the switch it starts again, untrained, on the CPU, as Node's trainer does.
      const opts = { dataset: 'mixture', seed: 1, gLr: 0.002, dLr: 0.002, dSteps: 1 } as const;
      await expect(fig.getByTestId('gan-status')).toHaveText('Ready: press Start.', { timeout: 60_000 });
      await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(opts, 0));
      await fig.getByRole('button', { name: 'Step' }).first().click();
      await expect(fig.getByTestId('gan-steps')).toHaveText('50', { timeout: 60_000 });
      await expect(fig.getByTestId('gan-energy')).toHaveText(await expectedEnergy(opts, 50), { timeout: 30_000 });
    },
  },
};

for (const id of TF_FIGURES) {
  test(`${id}: a lost WebGL context moves the figure to the CPU and it gives the core's answers`, async ({ page }) => {
    test.setTimeout(120_000);
    const c = CASES[id];
    const fig = await openTfFigure(page, id, c.query);
    await c.ready(fig);
    const badge = fig.getByTestId('backend').first();
    await expect(badge).toHaveAttribute('data-backend', 'webgl');
    expect(await loseWebglContext(page)).toBe(true);
    await expect(badge).toHaveAttribute('data-backend', 'cpu');
    await expect(badge).toHaveAttribute('data-reason', REASONS.lost);
    await c.after(fig, page);
  });
}
