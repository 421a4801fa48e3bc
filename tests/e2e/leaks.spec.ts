/**
 * Leaks: each TensorFlow.js figure, opened on WebGL (`?backend=webgl`), takes
 * INTERACTIONS scripted interactions of its own kinds with the WebGL context
 * lost half way (the runtime moves to the CPU, the figure reloads its models
 * there and the old ones are disposed).
 *
 * Tensors: the figures keep every model they have loaded for the page, and a
 * view's tensors depend on the view (the flow's layer count), so each count is
 * taken in the same view with every model loaded: after the first interaction,
 * every select and radio option is tried once, the view is put back, and the
 * figure settles. The count after the switch must equal the one before (the
 * reloaded models replace the disposed ones, one for one: a model of the old
 * backend kept alive would show here), and the count at the end, in the same
 * view, must equal the one after the switch.
 *
 * Heap: the JS heap after a forced garbage collection. Measured on a loaded
 * 2-core machine, over the 150 interactions after the switch (same backend,
 * same models, same view) it grew by 0.06–0.66 MB per figure at 200 interactions (anomaly the most),
 * and from the first baseline to the end (the CPU backend and the reloaded
 * models included) by 0.9–2.7 MB, except the 2-d flow: 4.8 MB (it builds a new model and
 * optimizer on the CPU and trains it; what holds the extra memory is not yet traced, while its
 * growth after the switch, the leak measure, is 0.6 MB). The margins give about three and two
 * times headroom.
 */
import { expect, test } from './fixtures';
import {
  TF_FIGURES,
  heapAfterGc,
  interact,
  loseWebglContext,
  openTfFigure,
  seeded,
  settle,
  restoreView,
  tfFiguresInBuild,
  visitEveryOption,
} from './tf-figures';
import { REASONS } from '../../widgets/lib/backend-policy';

/**
 * 60 per figure: a tensor left behind by any one interaction shows after one, so the count only
 * needs every kind of interaction several times on each backend; with 30 after the switch the
 * 2 MB heap margin still catches a leak of about 70 kB each. (200 took a quarter of the e2e
 * stage's time as the book reached 20 figures, with no finding the shorter run would miss.)
 */
const INTERACTIONS = 60;
/**
 * Fewer where one interaction is expensive: the learned clusters rerun k-means with restarts on
 * 1,000 digits (plain JS, seconds per run) while their TF.js work is one encoding per
 * representation, cached for the page; the flow, GAN and diffusion figures train a model a
 * step at a time. 20 and 30 still visit every kind of interaction on both backends.
 */
const INTERACTIONS_OF: Partial<Record<(typeof TF_FIGURES)[number], number>> = {
  lc: 20,
  flow: 30,
  gan: 30,
  diff: 30,
  fewlabels: 20,
};
/** Views that load every model of the figure at once (the few-labels figure loads a model when a run first needs it). */
const QUERY_OF: Partial<Record<(typeof TF_FIGURES)[number], string>> = {
  fewlabels: '&fewlabels.pca=1&fewlabels.ae=1&fewlabels.vae=1',
};
const HEAP_MARGIN_AFTER_SWITCH = 2e6;
const HEAP_MARGIN_OVERALL = 6e6;
const HEAP_MARGIN_OVERALL_OF: Partial<Record<(typeof TF_FIGURES)[number], number>> = { flow: 9e6, gan: 9e6 };

test.describe.configure({ mode: 'parallel' });

test('the leak test knows every figure that uses TensorFlow.js', () => {
  expect(tfFiguresInBuild()).toEqual([...TF_FIGURES].sort());
});

for (const id of TF_FIGURES) {
  const n = INTERACTIONS_OF[id] ?? INTERACTIONS;
  test(`${id}: ${n} interactions and a lost WebGL context leave no tensor behind and the heap flat`, async ({ page }) => {
    test.setTimeout(300_000);
    const fig = await openTfFigure(page, id, QUERY_OF[id]);
    const rand = seeded([...id].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
    const done = await interact(fig, 1, rand);
    await settle(page, fig);
    const view = await page.evaluate(() => location.search);
    const baseline = async () => {
      await visitEveryOption(page, fig, view);
      return [await settle(page, fig), await heapAfterGc(page)] as const;
    };
    const [tensors0, heap0] = await baseline();

    done.push(...(await interact(fig, n / 2 - 1, rand)));
    await settle(page, fig);
    expect(await loseWebglContext(page)).toBe(true);
    const badge = fig.getByTestId('backend').first();
    await expect(badge).toHaveAttribute('data-backend', 'cpu');
    await expect(badge).toHaveAttribute('data-reason', REASONS.lost);
    const [tensors1, heap1] = await baseline();

    done.push(...(await interact(fig, n / 2, rand)));
    await settle(page, fig);
    await restoreView(page, fig, view);
    const tensors2 = await settle(page, fig);
    const heap2 = await heapAfterGc(page);
    const mb = (b: number) => (b / 1e6).toFixed(2);
    console.log(
      `${id}: tensors ${tensors0} -> ${tensors1} (after the switch) -> ${tensors2}; ` +
        `heap ${mb(heap0)} -> ${mb(heap1)} -> ${mb(heap2)} MB; kinds ${[...new Set(done.map((d) => d.split(' ')[0]))].join(', ')}`,
    );
    expect(tensors1, 'live tensors once the switch has settled, against the baseline').toBe(tensors0);
    expect(tensors2, 'live tensors at the end, against the baseline after the switch').toBe(tensors1);
    expect(heap2 - heap1, 'JS heap growth after the switch, after a forced GC, in bytes').toBeLessThan(HEAP_MARGIN_AFTER_SWITCH);
    expect(heap2 - heap0, 'JS heap growth from the baseline, after a forced GC, in bytes').toBeLessThan(
      HEAP_MARGIN_OVERALL_OF[id] ?? HEAP_MARGIN_OVERALL,
    );
  });
}
